import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  factsFromGitHub,
  gitHubFactsSource
} from "./chunk-N42AMR4H.js";
import "./chunk-6P3NOMSN.js";
export {
  factsFromGitHub,
  gitHubFactsSource
};
