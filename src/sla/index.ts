// Public surface of the SLA engine; everything here is pure (no I/O, no clock reads).
export { type AvailabilityResult, computeAvailability } from "./availability.js";
export {
  ALWAYS,
  addWorkingSeconds,
  alwaysCalendar,
  type Calendar,
  type CalendarProblem,
  compileCalendar,
  validateCalendar,
  workingIntervals,
  workingSecondsBetween,
} from "./calendar.js";
export { type ClockResult, type ClockSpec, evaluateClock, type Transition } from "./clock.js";
export { SLA_CODES } from "./codes.js";
export type { Locate, SourcedRecord } from "./diag.js";
export { parseDuration } from "./duration.js";
export { computeKpis, type KpiInput, type KpiPeriod, type Kpis } from "./kpis.js";
export {
  computeSlaMetrics,
  type PeriodMetrics,
  type SlaMetrics,
  type SlaMetricsInput,
  type SlaPeriodMetrics,
} from "./metrics.js";
export {
  isoInZone,
  lastCompletePeriod,
  type Period,
  type PeriodKind,
  parseInstant,
  periodsBetween,
} from "./periods.js";
export type { TargetMetrics } from "./sla.js";
export { matchesAppliesTo } from "./targets.js";
export type { RecordInput } from "./timeline.js";
