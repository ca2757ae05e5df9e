import { DateTime } from "luxon";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { CLAUSES_2011, CLAUSES_2018, clausesOf, MAP_2011_TO_2018, NEW_IN_2018 } from "../records/clauses.js";
import type { SmsRecord } from "../records/record.js";
import { byText, KIND_LABELS, kindOf, ORDERED_KINDS, text } from "./common.js";
import { approvalsById } from "./ledger.js";
import {
  configurationPage,
  findingsPage,
  improvementsPage,
  samplingPage,
  searchPage,
  slaPages,
} from "./pages.js";
import { assignFileNames } from "./paths.js";
import { clauseReadiness, clausesServed, readinessSummary, staleness } from "./readiness.js";
import { recordPageData } from "./record-page.js";
import { buildReferenceIndex } from "./refs.js";
import { registerTable } from "./registers.js";
import type { SearchDoc } from "./search.js";
import type { Page, SiteInput, SiteModel } from "./types.js";

/** How many records a readiness row lists before pointing to the register. */
const EVIDENCE_SHOWN = 8;

/** Shared lookups every page builder uses. */
export interface ModelContext {
  input: SiteInput;
  records: SmsRecord[];
  asOf: string;
  hrefOfRecord: (r: SmsRecord) => string;
  hrefOfId: (id: string) => string | undefined;
  recordOfId: (id: string) => SmsRecord | undefined;
  lastChanged: (r: SmsRecord) => string | undefined;
}

/** The anchor of a clause row on the home page. */
export function clauseAnchor(id: string): string {
  return `c-${id.replace(/\./g, "-")}`;
}

/** Builds every page of the site as data. Pure: the clock, git and files are the caller's. */
export function buildSiteModel(input: SiteInput): SiteModel {
  const records = [...input.records].sort(
    (a, b) => byText(text(a.data.id), text(b.data.id)) || byText(a.path, b.path),
  );
  const names = assignFileNames(
    records.map((r) => ({ id: text(r.data.id) || r.path, key: r.path })),
    "records",
  );
  const byId = new Map<string, SmsRecord>();
  for (const r of records) {
    const id = text(r.data.id);
    if (id && !byId.has(id)) byId.set(id, r);
  }
  const hrefOfRecord = (r: SmsRecord) => names.get(r.path) ?? "index.html";
  const hrefOfId = (id: string) => {
    const r = byId.get(id);
    return r ? hrefOfRecord(r) : undefined;
  };
  const zone = input.config.timezone;
  const asOf = DateTime.fromISO(input.now, { zone }).toISODate() ?? input.now.slice(0, 10);
  // Readiness asks for every record's last change and its page asks again: kept per id, so the
  // record's versions are made once for each rather than every time.
  const lastDays = new Map<string, string | undefined>();
  const lastChanged = (r: SmsRecord) => {
    const id = text(r.data.id);
    if (!lastDays.has(id)) lastDays.set(id, input.history?.get(id)?.versions.at(-1)?.date.slice(0, 10));
    return lastDays.get(id);
  };
  const ctx: ModelContext = {
    input,
    records,
    asOf,
    hrefOfRecord,
    hrefOfId,
    recordOfId: (id) => byId.get(id),
    lastChanged,
  };
  const edition = input.config.edition;
  const refs = buildReferenceIndex(records);
  const approvals = approvalsById(input.ledger);
  const clauseTitles = new Map(clausesOf(edition).map((c) => [c.id, c.title]));
  const diagnosticsByFile = new Map<string, Diagnostic[]>();
  for (const d of input.diagnostics ?? []) {
    const list = diagnosticsByFile.get(d.file) ?? [];
    list.push(d);
    diagnosticsByFile.set(d.file, list);
  }
  const recordPage = (r: SmsRecord): Page => {
    const clauses = clausesServed(r, edition).map((id) => ({
      id,
      title: clauseTitles.get(id) ?? "not a clause of this edition",
      href: `index.html#${clauseAnchor(id)}`,
    }));
    return {
      path: hrefOfRecord(r),
      template: "record",
      title: `${text(r.data.id)}: ${text(r.data.title)}`,
      data: recordPageData(r, {
        refs,
        hrefOfId,
        recordOfId: ctx.recordOfId,
        body: input.bodies.get(r.oid),
        clauses,
        history: input.history?.get(text(r.data.id)),
        approvals: approvals.get(text(r.data.id)),
        hasLedger: input.ledger !== undefined,
        notes: input.notes ?? {},
        diagnostics: diagnosticsByFile.get(r.path) ?? [],
        staleReason: staleness(r, asOf, lastChanged(r)),
      }),
    };
  };
  // Charts are drawn while pages render, so the SLA pages (few) are made now.
  const sla = slaPages(ctx);
  // Pages are made one at a time as the renderer asks for them: with tens of thousands of records,
  // the data of every page at once would be most of the build's memory.
  function* pages(): Generator<Page> {
    yield homePage(ctx, clauseReadiness({ records, edition, asOf, lastChanged }));
    yield* registerPages(ctx);
    for (const r of records) yield recordPage(r);
    yield configurationPage(ctx);
    yield* sla.pages;
    yield samplingPage(ctx, approvals);
    yield improvementsPage(ctx);
    yield findingsPage(ctx);
    yield searchPage();
  }
  return { pages: { [Symbol.iterator]: pages }, files: [], charts: sla.charts, searchDocs: searchDocs(ctx) };
}

function homePage(ctx: ModelContext, readiness: ReturnType<typeof clauseReadiness>): Page {
  const edition = ctx.input.config.edition;
  const rows = readiness.map((c) => ({
    id: c.id,
    anchor: clauseAnchor(c.id),
    title: c.title,
    depth: c.depth,
    leaf: c.leaf,
    top: c.depth === 0,
    status: c.status,
    evidence: c.evidence.slice(0, EVIDENCE_SHOWN).map((e) => ({
      id: text(e.record.data.id),
      title: text(e.record.data.title),
      href: ctx.hrefOfRecord(e.record),
      stale: e.stale,
      via: e.via,
    })),
    more: Math.max(0, c.evidence.length - EVIDENCE_SHOWN),
    moreKinds: [
      ...new Set(
        c.evidence
          .slice(EVIDENCE_SHOWN)
          .map((e) => kindOf(e.record))
          .filter((k) => k !== undefined),
      ),
    ]
      .sort(byText)
      .map((k) => ({ label: KIND_LABELS[k], href: `registers/${k}.html` })),
  }));
  const groups: { head: (typeof rows)[number]; rows: typeof rows }[] = [];
  for (const row of rows) {
    if (row.top) groups.push({ head: row, rows: [] });
    else groups.at(-1)?.rows.push(row);
  }
  const t2011 = new Map(CLAUSES_2011.map((c) => [c.id, c.title]));
  const t2018 = new Map(CLAUSES_2018.map((c) => [c.id, c.title]));
  const mapping = Object.entries(MAP_2011_TO_2018).map(([old, news]) => ({
    old,
    oldTitle: t2011.get(old) ?? "",
    news: news.map((n) => ({ id: n, title: t2018.get(n) ?? "" })),
  }));
  const counts = ORDERED_KINDS.map((k) => ({
    kind: k,
    label: KIND_LABELS[k],
    href: `registers/${k}.html`,
    count: ctx.records.filter((r) => r.data.kind === k).length,
  }));
  const diags = ctx.input.diagnostics ?? [];
  return {
    path: "index.html",
    template: "home",
    title: "Readiness",
    data: {
      edition,
      otherEdition: edition === "2018" ? "2011" : "2018",
      summary: readinessSummary(readiness),
      groups,
      mapping,
      newIn2018: NEW_IN_2018.map((id) => ({ id, title: t2018.get(id) ?? "" })),
      counts,
      total: ctx.records.length,
      errors: diags.filter((d) => d.severity === "error").length,
      warnings: diags.filter((d) => d.severity === "warning").length,
    },
  };
}

function registerPages(ctx: ModelContext): Page[] {
  const pages: Page[] = ORDERED_KINDS.map((kind) => {
    const table = registerTable(
      kind,
      ctx.records.filter((r) => r.data.kind === kind),
      ctx.hrefOfRecord,
    );
    return {
      path: `registers/${kind}.html`,
      template: "register",
      title: KIND_LABELS[kind],
      data: { kind, label: KIND_LABELS[kind], ...table, count: table.rows.length },
    };
  });
  const unknown = ctx.records.filter((r) => kindOf(r) === undefined);
  pages.push({
    path: "registers/index.html",
    template: "registers",
    title: "Registers",
    data: {
      kinds: ORDERED_KINDS.map((k) => ({
        label: KIND_LABELS[k],
        href: `registers/${k}.html`,
        count: ctx.records.filter((r) => r.data.kind === k).length,
      })),
      unknown: unknown.map((r) => ({
        id: text(r.data.id) || r.path,
        href: ctx.hrefOfRecord(r),
        path: r.path,
      })),
    },
  });
  return pages;
}

function searchDocs(ctx: ModelContext): SearchDoc[] {
  return ctx.records.map((r, i) => ({
    id: i,
    rid: text(r.data.id),
    title: text(r.data.title),
    kind: text(r.data.kind),
    owner: text(r.data.owner),
    text: ctx.input.bodies.get(r.oid)?.text ?? "",
    href: ctx.hrefOfRecord(r),
  }));
}
