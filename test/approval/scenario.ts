import { expect, it } from "vitest";
import { evaluatePullRequest } from "../../src/approval/evaluate.js";
import type { EvaluateInput, RecordVerdict, Verdict, VerdictValue } from "../../src/approval/types.js";
import { baseRecords, change, edit, headOf, input } from "./helpers.js";

/** One row of a scenario table: a pull request and what the evaluator must say about it. */
export interface Scenario {
  name: string;
  build: () => EvaluateInput;
  verdict: VerdictValue;
  /** Expectations on records, by id. */
  records?: Record<string, Partial<RecordVerdict>>;
  /** Violation codes, in any order; without it a non-blocked verdict must have none. */
  codes?: string[];
  message?: Record<string, string | RegExp>;
  check?: (v: Verdict) => void;
}

/** One normal change edited in the pull request, with the given reviews and facts. */
export function normal(fields: Record<string, unknown>, over: Parameters<typeof input>[2] = {}) {
  return () => {
    const base = [...baseRecords(), change("CHG-1")];
    return input(base, headOf(base, [edit(change("CHG-1"), fields)]), over);
  };
}

/** Runs a scenario table inside the current describe block. */
export function runScenarios(scenarios: readonly Scenario[]): void {
  it.each(scenarios.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    const v = evaluatePullRequest(s.build());
    expect(v.verdict).toBe(s.verdict);
    const byId = new Map(v.records.map((r) => [r.id, r]));
    for (const [id, expected] of Object.entries(s.records ?? {})) {
      expect(byId.get(id), `record ${id}`).toMatchObject(expected);
    }
    for (const [id, text] of Object.entries(s.message ?? {})) {
      const message = byId.get(id)?.message ?? "";
      if (typeof text === "string") expect(message).toContain(text);
      else expect(message).toMatch(text);
    }
    if (s.codes) expect(v.violations.map((x) => x.code).sort()).toEqual([...s.codes].sort());
    else if (s.verdict !== "blocked") expect(v.violations).toEqual([]);
    s.check?.(v);
  });
}
