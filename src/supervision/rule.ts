// What every supervision rule is: its identity, names, legal basis and thresholds, and the shape
// of what it finds. Rules live one per file in rules/; this file holds only what they share.
import type { LedgerEvent } from '../ledger/document-schema.ts';
import type { Composition } from '../domain/composition.ts';
import type { LotState } from '../store/index.ts';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Thresholds = Readonly<Record<string, number>>;

export interface RuleInfo<T extends Thresholds = Thresholds> {
  /** Stable, kebab-case: stored in every alert the rule raises. */
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  /** What the rule looks at and why it matters, for the regulator reading an alert. */
  readonly explanation: { readonly zh: string; readonly en: string };
  readonly severity: Severity;
  /** The laws the rule applies, cited in each language as a regulator would cite them there: the
   * console shows the reader's language, the CLI both. */
  readonly legalBasis: { readonly zh: string; readonly en: string };
  /** Default thresholds, each with its unit in its name; configuration may change them. */
  readonly thresholds: T;
  /** What each threshold means, for `ytterby rules list` and docs/rules.md. */
  readonly thresholdNotes: { readonly [K in keyof T]: string };
  /** The alert's summary in Chinese, from what the alert stores, for readers of the console in
   * Chinese; undefined when the evidence lacks a figure it needs (an alert stored by an older
   * version), and readers then show the English summary. */
  summaryZh(alert: StoredFinding): string | undefined;
}

/** What the alerts table keeps of a finding, which is all a stored alert can be rendered from. */
export interface StoredFinding {
  subject: string;
  period: string;
  partyId: string;
  summary: string;
  evidence: Evidence;
}

/** A rule's finding, before it is stored as an alert. */
export interface Finding {
  ruleId: string;
  /** Names the subject within the rule; the alert's fingerprint is `ruleId:key`, so a finding
   * about the same subject is raised once, however often the rule sees it. */
  key: string;
  /** The party the finding is about. */
  partyId: string;
  /** Reporting period, YYYY-MM (Asia/Shanghai). */
  period: string;
  /** What it is about: a lot, an event (PARTY:EVENT), a licence, a quota. */
  subject: string;
  /** One sentence with the figures, in English; the rule's summaryZh says it in Chinese. */
  summary: string;
  /** The figures, events (PARTY:EVENT) and lots behind the finding, and the thresholds applied. */
  evidence: Evidence;
  /** For capture-time findings: where in the document, so a refusal can point at the field. */
  at?: { event: number; field: string };
  seq?: number;
}

export interface Evidence {
  events: string[];
  lots: string[];
  thresholds: Thresholds;
  [figure: string]: unknown;
}

// ── Capture-time rules: one document, in the capture's own transaction ─────────────────────────

export interface LicenceFacts {
  id: string;
  partyId: string;
  activity: string;
  /** What the licence covers; an empty or absent list covers everything of its kind. */
  scope: { products?: readonly string[]; elements?: readonly string[] };
  capacityKgReo: number | null;
  validFrom: string;
  validTo: string;
  status: string;
}

export interface FacilityFacts {
  id: string;
  partyId: string;
  kind: string;
  listed: boolean;
  licenceId: string | null;
}

export interface PartyFacts {
  id: string;
  kind: string;
  roles: readonly string[];
  region: string;
  groupId: string | null;
  status: string;
}

/** An event of the document as applied: where it sits and what it moved. */
export interface AppliedEvent {
  index: number;
  seq: number;
  /** The event, or a correction's replacement; a bare correction is not shown to the rules. */
  event: Exclude<LedgerEvent, { kind: 'correct' }>;
  /** Field prefix of the event within the document ('' or 'replacement.'). */
  prefix: string;
  timeMs: number;
  flows: readonly { lotId: string; direction: -1 | 1; massGrams: number; elements: Composition }[];
}

/** A correction of the document: the event it undid, as the ledger recorded it, and its
 * replacement as applied (among `events` too), absent for a correction that only undoes. */
export interface AppliedCorrection {
  index: number;
  seq: number;
  event: Extract<LedgerEvent, { kind: 'correct' }>;
  corrected: {
    event: Exclude<LedgerEvent, { kind: 'correct' }>;
    timeMs: number;
    flows: readonly { lotId: string; direction: -1 | 1; massGrams: number; elements: Composition }[];
  };
  replacement?: AppliedEvent;
}

/** What a capture-time rule sees of one document. */
export interface DocumentFacts {
  recorder: PartyFacts;
  recordedAt: string;
  events: readonly AppliedEvent[];
  corrections: readonly AppliedCorrection[];
  /** A lot as it stood before the document; a lot the document made, as the document leaves it
   * (perhaps emptied by a later event): what an event moved, with its elements, is in its flows. */
  lotBefore(id: string): LotState | undefined;
  /** The registry's records as they stood at `atMs` (an event's time), or as they stand now when
   * it is absent: an event is judged by the registry of its own time. */
  facility(id: string, atMs?: number): FacilityFacts | undefined;
  /** Every licence the facility has been under, in any version of the registry. */
  facilityLicences(id: string): readonly string[];
  /** The recorder's facilities registered under the licence now (read for documents that extract
   * or process): a licence bound to facilities covers those, not the recorder's other sites. */
  facilitiesUnder(licenceId: string): readonly string[];
  licence(id: string, atMs?: number): LicenceFacts | undefined;
  /** The recorder's licences as they stood at `atMs`. */
  licencesAt(atMs: number): readonly LicenceFacts[];
  /** Whether the recorder holds a quota of `activity` for the year: of the ore type when one is
   * given (a quota for any ore type counts for each), of any when not. */
  hasQuota(activity: 'mining' | 'separation', year: number, oreType?: 'rock' | 'ionic'): boolean;
  party(id: string, atMs?: number): PartyFacts | undefined;
}

export interface CaptureRule<T extends Thresholds = Thresholds> extends RuleInfo<T> {
  readonly stage: 'capture';
  check(facts: DocumentFacts, thresholds: T): Finding[];
}

// ── Period rules: over the ledger, by `ytterby check` and the server's schedule ────────────────

/** One recorded event as the period scan hands it to the rules. */
export interface ScannedEvent {
  seq: number;
  partyId: string;
  eventId: string;
  /** Event time, ms since the epoch; a correction's replacement is dated by its own time. */
  timeMs: number;
  recordedAtMs: number;
  event: LedgerEvent;
  flows: readonly ScannedFlow[];
  /** For a correction's replacement: the id of the event it corrects. */
  corrects?: string;
}

export interface ScannedFlow {
  lotId: string;
  direction: -1 | 1;
  massGrams: number;
  elements: Composition;
  product: string;
}

/** The registry as the period rules need it. */
export interface RegistryFacts {
  parties: ReadonlyMap<string, PartyFacts>;
  licences: ReadonlyMap<string, LicenceFacts>;
  /** Quotas in kg REO by `holder:activity:year`, all ore types together. */
  quotaKgReo(holder: string, activity: 'mining' | 'separation', year: number): number | undefined;
  /** The same quotas in kg REO by the ore type they were given for (rock, ionic, any). */
  quotaKgReoByOre(holder: string, activity: 'mining' | 'separation', year: number): Readonly<Record<'rock' | 'ionic' | 'any', number>> | undefined;
  /** A party as the registry stood at `atMs`. */
  partyAt(id: string, atMs: number): PartyFacts | undefined;
  /** A licence as the registry stood at `atMs`. */
  licenceAt(id: string, atMs: number): LicenceFacts | undefined;
  /** When a party now deregistered stopped being registered: the end of its last version that was
   * not deregistered; undefined for a party registered now, or one never registered otherwise. */
  deregisteredFromMs(id: string): number | undefined;
  /** Groups' members. */
  members(groupId: string): readonly string[];
  /** The facilities the registry binds to a licence (today's registry). */
  facilitiesUnder(licenceId: string): readonly string[];
}

export interface PeriodContext {
  registry: RegistryFacts;
  /** The instant the check judges "now" by: shipments are overdue only once this passes their limit. */
  asOfMs: number;
}

/** A period rule sees every event once, in log order, then says what it found. */
export interface PeriodRuleRun {
  observe(event: ScannedEvent): void;
  finish(): Finding[];
}

export interface PeriodRule<T extends Thresholds = Thresholds> extends RuleInfo<T> {
  readonly stage: 'period';
  start(context: PeriodContext, thresholds: T): PeriodRuleRun;
}

export type Rule = CaptureRule | PeriodRule;
