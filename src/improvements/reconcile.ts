import type { ActFinding } from "./act.js";
import type { LabelSet } from "./labels.js";

const MARKER = /<!-- sms-as-code:act:([A-Za-z0-9._:-]+) -->/;
const EVIDENCE_START = "<!-- sms-as-code:evidence:start -->";
const EVIDENCE_END = "<!-- sms-as-code:evidence:end -->";

/** The hidden line that ties an issue to its finding. */
export function actMarker(key: string): string {
  return `<!-- sms-as-code:act:${key} -->`;
}

/** The Act key an issue body carries, if any. */
export function markerKey(body: string | null | undefined): string | undefined {
  return MARKER.exec(body ?? "")?.[1];
}

/** An issue as the Act loop sees it. */
export interface ActIssue {
  number: number;
  state: "open" | "closed";
  labels: string[];
  body: string;
}

function evidenceBlock(f: ActFinding): string {
  return [EVIDENCE_START, "### Evidence", "", f.evidence, EVIDENCE_END].join("\n");
}

/** The body of a new issue: marker, evidence (which later runs refresh) and a plan for people to fill in. */
export function newIssueBody(f: ActFinding, stageLabels: LabelSet["names"]): string {
  return [
    actMarker(f.key),
    "Opened by the Act loop of sms-as-code (`sms improvements --act`). The evidence below is kept up to date by later runs; the rest of this issue is yours.",
    "",
    evidenceBlock(f),
    "",
    "### Plan",
    "",
    "- [ ] Cause: why did it happen?",
    "- [ ] Action: what will be changed, by whom, by when?",
    "- [ ] Measure: how will we know it worked?",
    "",
    `Move the issue through \`${stageLabels.do}\`, \`${stageLabels.check}\` and \`${stageLabels.act}\` as the work progresses, and close it once the result is confirmed. Record the outcome in an \`improvement\` record that names this issue.`,
  ].join("\n");
}

/** The body with the evidence section replaced; text people wrote elsewhere in it is kept. */
export function refreshedBody(body: string, f: ActFinding): string {
  const start = body.indexOf(EVIDENCE_START);
  const end = body.indexOf(EVIDENCE_END, start);
  if (start >= 0 && end > start)
    return body.slice(0, start) + evidenceBlock(f) + body.slice(end + EVIDENCE_END.length);
  // Someone removed the section: add it again at the end rather than touch their text.
  return `${body.replace(/\s+$/, "")}\n\n${evidenceBlock(f)}`;
}

/** A body whose marker no longer matches its key, for an issue closed as a duplicate. */
export function duplicateBody(body: string, key: string, original: number): string {
  return `${body.replace(actMarker(key), `<!-- sms-as-code:act-duplicate:${key} -->`)}\n\n---\nClosed as a duplicate of #${original}: two runs of the Act loop opened the same issue at once.`;
}

/** What the Act loop does for one finding. */
export type ActOperation =
  | { action: "create"; finding: ActFinding; body: string; labels: string[] }
  | { action: "update"; finding: ActFinding; issue: number; body?: string; labels: string[] }
  | { action: "unchanged"; finding: ActFinding; issue: number }
  | { action: "closed"; finding: ActFinding; issue: number };

/** The labels a finding's issue must carry; a stage label only when it has none (never move it back). */
export function missingLabels(f: ActFinding, current: readonly string[], labels: LabelSet): string[] {
  const keys = new Set(current.map((l) => labels.keyOf(l)));
  const out: string[] = [];
  if (!keys.has("improvement")) out.push(labels.names.improvement);
  if (f.nonconformity && !keys.has("nonconformity")) out.push(labels.names.nonconformity);
  if (!current.some((l) => labels.stageOf(l))) out.push(labels.names.plan);
  return out;
}

/** Issues carrying each key; open ones first, then oldest first (the one to keep). */
export function issuesByKey<T extends ActIssue>(issues: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of issues) {
    const key = markerKey(i.body);
    if (key) out.set(key, [...(out.get(key) ?? []), i]);
  }
  for (const list of out.values())
    list.sort((a, b) => (a.state === b.state ? 0 : a.state === "open" ? -1 : 1) || a.number - b.number);
  return out;
}

/**
 * Decides, for each finding, whether to open an issue, update the open one (evidence, missing
 * labels; a half-finished earlier run is completed here), or leave a closed one alone. Pure.
 */
export function planAct(
  findings: readonly ActFinding[],
  existing: readonly ActIssue[],
  labels: LabelSet,
): ActOperation[] {
  const byKey = issuesByKey(existing);
  return findings.map((finding): ActOperation => {
    const found = byKey.get(finding.key)?.[0];
    if (!found)
      return {
        action: "create",
        finding,
        body: newIssueBody(finding, labels.names),
        labels: missingLabels(finding, [], labels),
      };
    if (found.state === "closed") return { action: "closed", finding, issue: found.number };
    const body = refreshedBody(found.body, finding);
    const add = missingLabels(finding, found.labels, labels);
    if (body === found.body && add.length === 0) return { action: "unchanged", finding, issue: found.number };
    return {
      action: "update",
      finding,
      issue: found.number,
      ...(body !== found.body ? { body } : {}),
      labels: add,
    };
  });
}

/** Open issues that share a key with an older open issue: the newer ones are duplicates. */
export function duplicates<T extends ActIssue>(open: readonly T[]): { key: string; keep: T; close: T[] }[] {
  const out: { key: string; keep: T; close: T[] }[] = [];
  for (const [key, list] of issuesByKey(open.filter((i) => i.state === "open"))) {
    const [keep, ...close] = list;
    if (keep && close.length) out.push({ key, keep, close });
  }
  return out;
}
