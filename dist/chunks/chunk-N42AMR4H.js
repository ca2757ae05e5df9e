import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// src/github/facts.ts
init_define_SMS_SITE_ASSETS();
async function factsFromGitHub(client, number, now) {
  const [pr, reviews, commits] = await Promise.all([
    client.getPullRequest(number),
    client.listReviews(number),
    client.listPullRequestCommits(number)
  ]);
  const authors = /* @__PURE__ */ new Set();
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
      now
    }
  };
}
function gitHubFactsSource(client, number) {
  return {
    facts: async (now) => (await factsFromGitHub(client, number, now)).facts,
    teamMembers: (org, slug) => client.listTeamMembers(org, slug)
  };
}

export {
  factsFromGitHub,
  gitHubFactsSource
};
