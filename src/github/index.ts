/** The GitHub adapter: a typed client (Octokit inside) and what the Action publishes with it. */
export {
  githubFromEnv,
  githubSettings,
  parseRepository,
  pullRequestNumber,
  readEventPayload,
} from "./env.js";
export { factsFromGitHub, gitHubFactsSource } from "./facts.js";
export { OctokitClient, type OctokitClientOptions } from "./octokit.js";
export {
  CHECK_NAME,
  conclusionOf,
  findSummaryComment,
  publishVerdict,
  upsertSummaryComment,
  verdictAnnotations,
  writeJobSummary,
} from "./publish.js";
export type * from "./types.js";
