import type { FactsFile, GitHubFactsSource } from "../app/check-pr.js";
import type { GitHubClient, PullRequestInfo } from "./types.js";

/** What GitHub says about one pull request, as the evaluator's facts, plus the pull request itself. */
export async function factsFromGitHub(
  client: GitHubClient,
  number: number,
  now: string,
): Promise<{ facts: FactsFile; pr: PullRequestInfo }> {
  const [pr, reviews, commits] = await Promise.all([
    client.getPullRequest(number),
    client.listReviews(number),
    client.listPullRequestCommits(number),
  ]);
  const authors = new Set<string>();
  for (const c of commits) if (c.author) authors.add(c.author);
  return {
    pr,
    facts: {
      number: pr.number,
      author: pr.author,
      head_sha: pr.head_sha,
      labels: pr.labels,
      reviews,
      commit_authors: [...authors],
      now,
    },
  };
}

/** A facts source for `sms check-pr` without --facts. */
export function gitHubFactsSource(client: GitHubClient, number: number): GitHubFactsSource {
  return {
    facts: async (now) => (await factsFromGitHub(client, number, now)).facts,
    teamMembers: (org, slug) => client.listTeamMembers(org, slug),
  };
}
