import { readFileSync } from "node:fs";
import { GitHubError, UsageError } from "../errors.js";
import { OctokitClient, type OctokitClientOptions } from "./octokit.js";
import type { GitHubClient, RepoRef } from "./types.js";

/** Splits GITHUB_REPOSITORY ("owner/name"). */
export function parseRepository(value: string | undefined): RepoRef {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value?.trim() ?? "");
  if (!m) throw new UsageError(`GITHUB_REPOSITORY must be owner/name, not ${JSON.stringify(value ?? "")}`);
  return { owner: m[1]!, repo: m[2]! };
}

/** Settings that reach GitHub, read the way the Actions runner sets them. */
export interface GitHubSettings {
  token: string;
  repo: RepoRef;
  apiUrl: string;
}

/** GITHUB_TOKEN (or --token), GITHUB_REPOSITORY and GITHUB_API_URL; missing ones are usage errors. */
export function githubSettings(env: NodeJS.ProcessEnv, over: { token?: string } = {}): GitHubSettings {
  const token = over.token || env.GITHUB_TOKEN || env.GH_TOKEN || "";
  if (!token)
    throw new UsageError("no GitHub token: set GITHUB_TOKEN or pass --token (or give --facts FILE)");
  return {
    token,
    repo: parseRepository(env.GITHUB_REPOSITORY),
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
  };
}

/** A client for the repository named by the environment. */
export function githubFromEnv(
  env: NodeJS.ProcessEnv,
  over: { token?: string } & Partial<OctokitClientOptions> = {},
): GitHubClient {
  const { token: _token, ...rest } = over;
  const s = githubSettings(env, over);
  const retryBase = Number(env.SMS_GITHUB_RETRY_BASE_MS);
  const writeInterval = Number(env.SMS_GITHUB_WRITE_INTERVAL_MS);
  return new OctokitClient({
    token: s.token,
    repo: s.repo,
    baseUrl: s.apiUrl,
    ...(Number.isFinite(retryBase) && retryBase >= 0 && env.SMS_GITHUB_RETRY_BASE_MS
      ? { retryBaseMs: retryBase }
      : {}),
    ...(Number.isFinite(writeInterval) && writeInterval >= 0 && env.SMS_GITHUB_WRITE_INTERVAL_MS
      ? { writeIntervalMs: writeInterval }
      : {}),
    ...rest,
  });
}

/** The event payload of the running workflow (GITHUB_EVENT_PATH), or undefined outside Actions. */
export function readEventPayload(env: NodeJS.ProcessEnv): Record<string, unknown> | undefined {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
    return data && typeof data === "object" ? (data as Record<string, unknown>) : undefined;
  } catch (error) {
    throw new GitHubError(`cannot read the event payload ${file}: ${(error as Error).message}`);
  }
}

/** The pull request number: --pr, else the event payload's pull_request.number (or number). */
export function pullRequestNumber(env: NodeJS.ProcessEnv, flag?: string | number): number {
  if (flag !== undefined && flag !== "") {
    const n = Number(flag);
    if (!Number.isInteger(n) || n <= 0)
      throw new UsageError(`--pr must be a pull request number, not ${flag}`);
    return n;
  }
  const payload = readEventPayload(env);
  const pr = payload?.pull_request as { number?: unknown } | undefined;
  const n = Number(
    pr?.number ?? (payload?.issue as { pull_request?: unknown; number?: unknown } | undefined)?.number,
  );
  if (Number.isInteger(n) && n > 0) return n;
  throw new UsageError(
    "no pull request number: pass --pr N, or run on a pull_request event (GITHUB_EVENT_PATH)",
  );
}
