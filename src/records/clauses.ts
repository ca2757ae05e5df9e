/** A clause of ISO/IEC 20000-1: number and our short title (titles are facts; no text of the standard). */
export interface Clause {
  id: string;
  title: string;
}

/** Editions the engine knows. */
export type Edition = "2018" | "2011";

const c = (id: string, title: string): Clause => ({ id, title });

/** Clause tree of the 2018 edition, clauses 4 to 10, parents before children. */
export const CLAUSES_2018: readonly Clause[] = [
  c("4", "Context of the organization"),
  c("4.1", "Understanding the organization and its context"),
  c("4.2", "Understanding the needs and expectations of interested parties"),
  c("4.3", "Determining the scope of the service management system"),
  c("4.4", "Service management system"),
  c("5", "Leadership"),
  c("5.1", "Leadership and commitment"),
  c("5.2", "Policy"),
  c("5.2.1", "Establishing the service management policy"),
  c("5.2.2", "Communicating the service management policy"),
  c("5.3", "Organizational roles, responsibilities and authorities"),
  c("6", "Planning"),
  c("6.1", "Actions to address risks and opportunities"),
  c("6.2", "Service management objectives and planning to achieve them"),
  c("6.2.1", "Establish objectives"),
  c("6.2.2", "Plan to achieve objectives"),
  c("6.3", "Plan the service management system"),
  c("7", "Support of the service management system"),
  c("7.1", "Resources"),
  c("7.2", "Competence"),
  c("7.3", "Awareness"),
  c("7.4", "Communication"),
  c("7.5", "Documented information"),
  c("7.5.1", "General"),
  c("7.5.2", "Creating and updating documented information"),
  c("7.5.3", "Control of documented information"),
  c("7.5.4", "Service management system documented information"),
  c("7.6", "Knowledge"),
  c("8", "Operation of the service management system"),
  c("8.1", "Operational planning and control"),
  c("8.2", "Service portfolio"),
  c("8.2.1", "Service delivery"),
  c("8.2.2", "Plan the services"),
  c("8.2.3", "Control of parties involved in the service lifecycle"),
  c("8.2.4", "Service catalogue management"),
  c("8.2.5", "Asset management"),
  c("8.2.6", "Configuration management"),
  c("8.3", "Relationship and agreement"),
  c("8.3.1", "General"),
  c("8.3.2", "Business relationship management"),
  c("8.3.3", "Service level management"),
  c("8.3.4", "Supplier management"),
  c("8.3.4.1", "Management of external suppliers"),
  c("8.3.4.2", "Management of internal suppliers and customers acting as a supplier"),
  c("8.4", "Supply and demand"),
  c("8.4.1", "Budgeting and accounting for services"),
  c("8.4.2", "Demand management"),
  c("8.4.3", "Capacity management"),
  c("8.5", "Service design, build and transition"),
  c("8.5.1", "Change management"),
  c("8.5.1.1", "Change management policy"),
  c("8.5.1.2", "Change management initiation"),
  c("8.5.1.3", "Change management activities"),
  c("8.5.2", "Service design and transition"),
  c("8.5.2.1", "Plan new or changed services"),
  c("8.5.2.2", "Design"),
  c("8.5.2.3", "Build and transition"),
  c("8.5.3", "Release and deployment management"),
  c("8.6", "Resolution and fulfilment"),
  c("8.6.1", "Incident management"),
  c("8.6.2", "Service request management"),
  c("8.6.3", "Problem management"),
  c("8.7", "Service assurance"),
  c("8.7.1", "Service availability management"),
  c("8.7.2", "Service continuity management"),
  c("8.7.3", "Information security management"),
  c("8.7.3.1", "Information security policy"),
  c("8.7.3.2", "Information security controls"),
  c("8.7.3.3", "Information security incidents"),
  c("9", "Performance evaluation"),
  c("9.1", "Monitoring, measurement, analysis and evaluation"),
  c("9.2", "Internal audit"),
  c("9.3", "Management review"),
  c("9.4", "Service reporting"),
  c("10", "Improvement"),
  c("10.1", "Nonconformity and corrective action"),
  c("10.2", "Continual improvement"),
];

/** Clause tree of the 2011 edition, clauses 4 to 9. */
export const CLAUSES_2011: readonly Clause[] = [
  c("4", "Service management system general requirements"),
  c("4.1", "Management responsibility"),
  c("4.1.1", "Management commitment"),
  c("4.1.2", "Service management policy"),
  c("4.1.3", "Authority, responsibility and communication"),
  c("4.1.4", "Management representative"),
  c("4.2", "Governance of processes operated by other parties"),
  c("4.3", "Documentation management"),
  c("4.3.1", "Establish and maintain documents"),
  c("4.3.2", "Control of documents"),
  c("4.3.3", "Control of records"),
  c("4.4", "Resource management"),
  c("4.4.1", "Provision of resources"),
  c("4.4.2", "Human resources"),
  c("4.5", "Establish and improve the SMS"),
  c("4.5.1", "Define scope"),
  c("4.5.2", "Plan the SMS (Plan)"),
  c("4.5.3", "Implement and operate the SMS (Do)"),
  c("4.5.4", "Monitor and review the SMS (Check)"),
  c("4.5.4.1", "General"),
  c("4.5.4.2", "Internal audit"),
  c("4.5.4.3", "Management review"),
  c("4.5.5", "Maintain and improve the SMS (Act)"),
  c("4.5.5.1", "General"),
  c("4.5.5.2", "Management of improvements"),
  c("5", "Design and transition of new or changed services"),
  c("5.1", "General"),
  c("5.2", "Plan new or changed services"),
  c("5.3", "Design and development of new or changed services"),
  c("5.4", "Transition of new or changed services"),
  c("6", "Service delivery processes"),
  c("6.1", "Service level management"),
  c("6.2", "Service reporting"),
  c("6.3", "Service continuity and availability management"),
  c("6.3.1", "Service continuity and availability requirements"),
  c("6.3.2", "Service continuity and availability plans"),
  c("6.3.3", "Service continuity and availability monitoring and testing"),
  c("6.4", "Budgeting and accounting for services"),
  c("6.5", "Capacity management"),
  c("6.6", "Information security management"),
  c("6.6.1", "Information security policy"),
  c("6.6.2", "Information security controls"),
  c("6.6.3", "Information security changes and incidents"),
  c("7", "Relationship processes"),
  c("7.1", "Business relationship management"),
  c("7.2", "Supplier management"),
  c("8", "Resolution processes"),
  c("8.1", "Incident and service request management"),
  c("8.2", "Problem management"),
  c("9", "Control processes"),
  c("9.1", "Configuration management"),
  c("9.2", "Change management"),
  c("9.3", "Release and deployment management"),
];

/** 2011 clause -> the 2018 clauses that carry its requirements (our alignment of public mappings). */
export const MAP_2011_TO_2018: Readonly<Record<string, readonly string[]>> = {
  "4.1.1": ["5.1", "4.4"],
  "4.1.2": ["5.2.1", "5.2.2"],
  "4.1.3": ["5.3", "7.4"],
  "4.1.4": ["5.3", "4.2"],
  "4.2": ["8.2.3"],
  "4.3.1": ["7.5.1", "7.5.2"],
  "4.3.2": ["7.5.3"],
  "4.3.3": ["7.5.3", "7.5.4"],
  "4.4.1": ["7.1"],
  "4.4.2": ["7.2", "7.3"],
  "4.5.1": ["4.3"],
  "4.5.2": ["6.1", "6.2", "6.3"],
  "4.5.3": ["4.4", "8.1"],
  "4.5.4.1": ["9.1"],
  "4.5.4.2": ["9.2"],
  "4.5.4.3": ["9.3"],
  "4.5.5.1": ["10.1", "10.2"],
  "4.5.5.2": ["10.2"],
  "5.1": ["8.5.1.1", "8.5.2"],
  "5.2": ["8.5.2.1"],
  "5.3": ["8.5.2.2"],
  "5.4": ["8.5.2.3"],
  "6.1": ["8.3.3", "8.2.4", "8.3.4.2"],
  "6.2": ["9.4"],
  "6.3.1": ["8.7.1", "8.7.2"],
  "6.3.2": ["8.7.1", "8.7.2"],
  "6.3.3": ["8.7.1", "8.7.2"],
  "6.4": ["8.4.1"],
  "6.5": ["8.4.3", "8.4.2"],
  "6.6.1": ["8.7.3.1"],
  "6.6.2": ["8.7.3.2"],
  "6.6.3": ["8.7.3.3", "8.5.1"],
  "7.1": ["8.3.2"],
  "7.2": ["8.3.4.1", "8.3.4.2"],
  "8.1": ["8.6.1", "8.6.2"],
  "8.2": ["8.6.3"],
  "9.1": ["8.2.6", "8.2.5"],
  "9.2": ["8.5.1.1", "8.5.1.2", "8.5.1.3"],
  "9.3": ["8.5.3"],
};

/** 2018 clauses with no 2011 predecessor. */
export const NEW_IN_2018: readonly string[] = [
  "4.1",
  "6.1",
  "7.6",
  "8.2.1",
  "8.2.2",
  "8.2.4",
  "8.2.5",
  "8.4.2",
];

/** The clause list of an edition. */
export function clausesOf(edition: Edition): readonly Clause[] {
  return edition === "2011" ? CLAUSES_2011 : CLAUSES_2018;
}

/** Leaf clauses (those without sub-clauses): what readiness and coverage are judged on. */
export function leafClauses(edition: Edition): Clause[] {
  const all = clausesOf(edition);
  return all.filter((cl) => !all.some((o) => o.id.startsWith(`${cl.id}.`)));
}

/** 2018 -> 2011 mapping, derived from MAP_2011_TO_2018 so the two never disagree. */
export function map2018To2011(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [old, news] of Object.entries(MAP_2011_TO_2018)) {
    for (const n of news) (out[n] ??= []).push(old);
  }
  return out;
}
