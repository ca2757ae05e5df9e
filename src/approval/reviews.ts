import type { SmsConfig } from "../config/types.js";
import { epochOf } from "./time.js";
import type { CountedReview, IgnoredReview, Review, TeamMembers } from "./types.js";

/** A reviewer's standing review: their latest APPROVED, CHANGES_REQUESTED or DISMISSED one. */
export interface ReviewerState {
  user: string;
  /** Lower-cased login: GitHub logins are case-insensitive. */
  key: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "DISMISSED";
  review: Review;
  onHead: boolean;
}

/** Who may approve under one requirement. */
export interface AllowedSet {
  /** The requirement names no teams, users or owner: any reviewer may approve. */
  anyone: boolean;
  /** Lower-cased login -> login as configured. */
  members: Map<string, string>;
  /** "cab or ecab", "owner team-payments", for messages. */
  label: string;
  /** Teams named by the requirement that have no known members. */
  unknownTeams: string[];
}

/** Facts about the pull request that decide who may never count. */
export interface Eligibility {
  author: string;
  commitAuthors: ReadonlySet<string>;
  selfApproval: boolean;
  staleOnPush: boolean;
}

/** How one requirement's reviews were counted. */
export interface Tally {
  approvers: CountedReview[];
  ignored: IgnoredReview[];
  /** Allowed reviewers whose standing review requests changes. */
  blockers: string[];
  /** Logins who could still approve (empty when anyone may). */
  allowed: string[];
}

const lower = (s: string) => s.toLowerCase();

/** The part of the base configuration that names teams. */
export type TeamConfig = Pick<SmsConfig, "teams">;

/** True for GitHub App and bot accounts, which never count. */
export function isBot(login: string): boolean {
  return lower(login).endsWith("[bot]");
}

/** Reduces reviews to each reviewer's standing review, in submission order; COMMENTED and PENDING never change it. */
export function latestReviewStates(reviews: readonly Review[], headSha: string): ReviewerState[] {
  const ordered = reviews
    .map((review, index) => ({ review, index, at: epochOf(review.submitted_at) ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const head = lower(headSha);
  const states = new Map<string, ReviewerState>();
  for (const { review } of ordered) {
    const { state } = review;
    if (state !== "APPROVED" && state !== "CHANGES_REQUESTED" && state !== "DISMISSED") continue;
    if (typeof review.user !== "string" || review.user === "") continue;
    const key = lower(review.user);
    states.set(key, {
      user: review.user,
      key,
      state,
      review,
      onHead: typeof review.commit_id === "string" && lower(review.commit_id) === head,
    });
  }
  return [...states.values()];
}

function membersOf(team: string, teams: TeamMembers, config: TeamConfig): readonly string[] | undefined {
  if (Object.hasOwn(teams, team)) return teams[team];
  const configured = Object.hasOwn(config.teams, team) ? config.teams[team] : undefined;
  return Array.isArray(configured) ? configured : undefined;
}

/** True when `name` is a team of the base configuration. */
export function isTeam(name: string, teams: TeamMembers, config: TeamConfig): boolean {
  return Object.hasOwn(teams, name) || Object.hasOwn(config.teams, name);
}

/** Resolves who a requirement allows; `owner` is the record's owner (a login or a team). */
export function resolveAllowed(
  req: { teams?: readonly string[]; users?: readonly string[]; from?: "owner" },
  owner: string | undefined,
  teams: TeamMembers,
  config: TeamConfig,
): AllowedSet {
  const members = new Map<string, string>();
  const add = (login: string) => {
    if (typeof login === "string" && login !== "" && !members.has(lower(login)))
      members.set(lower(login), login);
  };
  const labels: string[] = [];
  const unknownTeams: string[] = [];
  const addTeam = (team: string) => {
    const list = membersOf(team, teams, config);
    if (list) list.forEach(add);
    else unknownTeams.push(team);
  };
  for (const team of req.teams ?? []) {
    labels.push(team);
    addTeam(team);
  }
  for (const user of req.users ?? []) {
    labels.push(user);
    add(user);
  }
  if (req.from === "owner") {
    if (typeof owner === "string" && owner !== "") {
      labels.push(`owner ${owner}`);
      if (isTeam(owner, teams, config)) addTeam(owner);
      else add(owner);
    } else labels.push("the owner (none set)");
  }
  const anyone = !req.teams?.length && !req.users?.length && req.from !== "owner";
  return { anyone, members, label: anyone ? "any reviewer" : labels.join(" or "), unknownTeams };
}

/** True when a login can never count for this pull request (bot, author or commit author). */
export function excludedReason(login: string, who: Eligibility): "bot" | "author" | "commit-author" | null {
  const key = lower(login);
  if (isBot(key)) return "bot";
  if (who.selfApproval) return null;
  if (key === lower(who.author)) return "author";
  if (who.commitAuthors.has(key)) return "commit-author";
  return null;
}

/** Counts standing reviews against one allowed set. */
export function tally(states: readonly ReviewerState[], allowed: AllowedSet, who: Eligibility): Tally {
  const approvers: CountedReview[] = [];
  const ignored: IgnoredReview[] = [];
  const blockers: string[] = [];
  for (const s of states) {
    const ignore = (reason: IgnoredReview["reason"]) =>
      ignored.push({ user: s.user, reason, review_id: s.review.id });
    // Bots carry no weight either way: they never approve and never block.
    if (isBot(s.key)) {
      ignore("bot");
      continue;
    }
    const isAllowed = allowed.anyone || allowed.members.has(s.key);
    if (s.state === "DISMISSED") ignore("superseded");
    else if (s.state === "CHANGES_REQUESTED") {
      if (isAllowed) {
        blockers.push(s.user);
        ignore("changes-requested");
      } else ignore("not-allowed");
    } else {
      const excluded = excludedReason(s.user, who);
      if (excluded) ignore(excluded);
      else if (!isAllowed) ignore("not-allowed");
      else if (who.staleOnPush && !s.onHead) ignore("stale");
      else
        approvers.push({
          user: s.user,
          review_id: s.review.id,
          commit_id: s.review.commit_id,
          submitted_at: s.review.submitted_at,
        });
    }
  }
  const counted = new Set(approvers.map((a) => lower(a.user)));
  const could = allowed.anyone
    ? []
    : [...allowed.members.entries()]
        .filter(([key, login]) => !counted.has(key) && excludedReason(login, who) === null)
        .map(([, login]) => login)
        .sort((a, b) => lower(a).localeCompare(lower(b)));
  return { approvers, ignored, blockers, allowed: could };
}
