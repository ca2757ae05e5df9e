/** Base of every error the engine raises on purpose; the CLI prints its message without a stack. */
export class SmsError extends Error {
  /** Exit code the CLI uses for this error. */
  readonly exitCode: number = 2;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The user asked for something that cannot be done as asked (bad flag, missing folder). */
export class UsageError extends SmsError {}

/** The configuration file is missing or invalid. */
export class ConfigError extends SmsError {}

/** A git operation failed (unknown revision, corrupt object, git missing). */
export class GitError extends SmsError {}

/** A GitHub API call failed; callers fail closed. */
export class GitHubError extends SmsError {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** GitHub refused the token: missing, invalid, or without the permission the call needs (401/403). */
export class GitHubAuthError extends GitHubError {}

/** GitHub's rate limit did not lift within the time the engine waits (403/429 with limit headers). */
export class GitHubRateLimitError extends GitHubError {}

/** History is incomplete (shallow clone); metrics would be wrong. */
export class ShallowCloneError extends SmsError {}
