import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/errors.ts
init_define_SMS_SITE_ASSETS();
var SmsError = class extends Error {
  /** Exit code the CLI uses for this error. */
  exitCode = 2;
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var UsageError = class extends SmsError {
};
var GitError = class extends SmsError {
};
var GitHubError = class extends SmsError {
  constructor(message, status, options) {
    super(message, options);
    this.status = status;
  }
  status;
};
var GitHubAuthError = class extends GitHubError {
};
var GitHubRateLimitError = class extends GitHubError {
};
var ShallowCloneError = class extends SmsError {
};

export {
  SmsError,
  UsageError,
  GitError,
  GitHubError,
  GitHubAuthError,
  GitHubRateLimitError,
  ShallowCloneError
};
