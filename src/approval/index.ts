/** Public surface of the approval evaluator (SPEC section 6): pure functions over plain data. */
export { assertFacts, evaluatePullRequest } from "./evaluate.js";
export type { SelectedRule } from "./match.js";
export { DEFAULT_RULE_NAME, matchesWhen, selectRule } from "./match.js";
export {
  describeIgnored,
  describeMissing,
  escapeMarkdown,
  joinList,
  recordMessage,
  renderSummaryMarkdown,
  SUMMARY_MARKER,
} from "./messages.js";
export type { FoundPolicy } from "./policy.js";
export { defaultPolicy, findPolicy, policyRecords, readApprovalBlock, SAFE_DEFAULT } from "./policy.js";
export type {
  RetrospectiveApproval,
  RetrospectiveInput,
  RetrospectiveObligation,
  RetrospectiveState,
  RetrospectiveStatusValue,
} from "./retrospective.js";
export { retrospectiveStatus } from "./retrospective.js";
export { isBot, latestReviewStates, resolveAllowed, tally } from "./reviews.js";
export { parseDurationSeconds } from "./time.js";
export type * from "./types.js";
