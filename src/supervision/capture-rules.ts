// The capture-time rules in the capture path: the registry facts they need are read with the
// signer's checks, before the document's transaction; the rules run on the applied document inside
// it, and what they find is written in the same transaction (or, for a rule set to refuse,
// refuses the document with the rule's reason at the field it names).
import type { CaptureDocument, LedgerEvent } from '../ledger/document-schema.ts';
import type { CorrectionTarget, FlowDraft } from '../ledger/lot-book.ts';
import type { Composition } from '../domain/composition.ts';
import type { Problem } from '../problems.ts';
import type { AlertRow, LotState } from '../store/index.ts';
import type { RegistryReads } from '../ledger/registry-reads.ts';
import { alertRow } from './alert-rows.ts';
import type { RuleSettings } from './config.ts';
import { CAPTURE_RULES } from './rules/index.ts';
import type { AppliedCorrection, AppliedEvent, DocumentFacts, FacilityFacts, LicenceFacts, PartyFacts } from './rule.ts';
import { licenceFacts } from './registry-facts.ts';
import { facilityRecordOf, partyRecordOf, type FacilityRecord, type PartyRecord } from '../registry/queries.ts';
import { versionsOf, type RegistryHistory, type Versioned } from '../registry/history.ts';

export interface SupervisedDocument {
  events: readonly LedgerEvent[];
  eventTimes: readonly string[];
  firstSeq: number;
  /** Each event's lot movements, by index in the document. */
  flows: readonly (readonly FlowDraft[])[];
  lot(id: string): LotState | undefined;
  /** The recorded events the document's corrections undo, by their ids. */
  corrections: ReadonlyMap<string, CorrectionTarget>;
  recordedAt: string;
}

/** The capture-time rules with what they need of the registry for one document. */
export interface DocumentSupervision {
  check(document: SupervisedDocument): { alerts: AlertRow[]; problems: Problem[] };
}

/** `parties` (the recorder and those it ships to) and `facilities` (those the document names) are
 * what the capture path read of the registry already; the rules read licences, quotas and their
 * configuration on top. */
export async function loadDocumentSupervision(
  registry: RegistryReads,
  document: CaptureDocument,
  parties: ReadonlyMap<string, PartyRecord>,
  facilities: ReadonlyMap<string, FacilityRecord>,
  history: RegistryHistory,
): Promise<DocumentSupervision> {
  const plain = document.events.flatMap(plainEvent);
  const citedLicences = plain.flatMap((e) => (e.kind === 'export' && e.licence !== undefined ? [e.licence] : []));
  const needsQuotas = plain.some((e) => e.kind === 'extract' || e.kind === 'process');
  const facilityVersions = new Map([...facilities].map(([id, f]) => [id, versionsOf(history, 'facilities', f, id, facilityRecordOf)]));
  const pointed = [...facilityVersions.values()].flatMap((v) => v.all().flatMap((f) => (f.licenceId === null ? [] : [f.licenceId])));
  const licenceIds = [...new Set([...citedLicences, ...pointed])];
  const [settings, quotaKeys, licences, licensedFacilities] = await Promise.all([
    registry.ruleSettings(),
    needsQuotas ? registry.quotas(document.party) : [],
    registry.licences(document.party, licenceIds),
    needsQuotas ? registry.licensedFacilities(document.party) : new Map<string, string>(),
  ]);
  const licenceMap = new Map(licences.map((row) => [row.id, versionsOf(history, 'licences', licenceFacts(row), row.id, licenceFacts)]));
  const partyVersions = new Map([...parties].map(([id, p]) => [id, versionsOf(history, 'parties', p as PartyFacts, id, partyRecordOf)]));
  const boundTo = new Map<string, string[]>();
  for (const [facility, licence] of licensedFacilities) boundTo.set(licence, [...(boundTo.get(licence) ?? []), facility]);
  return new CaptureSupervision(settings, partyVersions, facilityVersions, licenceMap, new Set(quotaKeys), boundTo, document.party);
}

class CaptureSupervision implements DocumentSupervision {
  readonly #settings: RuleSettings;
  readonly #parties: ReadonlyMap<string, Versioned<PartyFacts>>;
  readonly #facilities: ReadonlyMap<string, Versioned<FacilityFacts>>;
  readonly #licences: ReadonlyMap<string, Versioned<LicenceFacts>>;
  readonly #quotas: ReadonlySet<string>;
  readonly #boundTo: ReadonlyMap<string, readonly string[]>;
  readonly #recorder: string;

  constructor(
    settings: RuleSettings,
    parties: ReadonlyMap<string, Versioned<PartyFacts>>,
    facilities: ReadonlyMap<string, Versioned<FacilityFacts>>,
    licences: ReadonlyMap<string, Versioned<LicenceFacts>>,
    quotas: ReadonlySet<string>,
    boundTo: ReadonlyMap<string, readonly string[]>,
    recorder: string,
  ) {
    this.#settings = settings;
    this.#parties = parties;
    this.#facilities = facilities;
    this.#licences = licences;
    this.#quotas = quotas;
    this.#boundTo = boundTo;
    this.#recorder = recorder;
  }

  check(document: SupervisedDocument): { alerts: AlertRow[]; problems: Problem[] } {
    const recorder = this.#parties.get(this.#recorder)?.current;
    if (recorder === undefined) throw new Error(`assertion: recorder ${this.#recorder} was checked before the rules ran`);
    const events: AppliedEvent[] = [];
    document.events.forEach((event, index) => {
      const shown = plainEvent(event);
      if (shown.length === 0) return;
      events.push({
        index,
        seq: document.firstSeq + index,
        event: shown[0]!,
        prefix: event.kind === 'correct' ? 'replacement.' : '',
        // A correction's replacement is judged at its own time, as the period scan dates it.
        timeMs: Date.parse(event.kind === 'correct' ? shown[0]!.time : document.eventTimes[index]!),
        flows: document.flows[index] ?? [],
      });
    });
    const corrections: AppliedCorrection[] = [];
    document.events.forEach((event, index) => {
      if (event.kind !== 'correct') return;
      const target = document.corrections.get(event.corrects);
      if (target === undefined || target.event.kind === 'correct') throw new Error(`assertion: correction ${event.id} was applied without its target ${event.corrects}`);
      const replacement = events.find((e) => e.index === index);
      corrections.push({
        index,
        seq: document.firstSeq + index,
        event,
        corrected: {
          event: target.event,
          timeMs: Date.parse(target.event.time),
          flows: target.flows.map((f) => ({ lotId: f.lot_id, direction: Number(f.direction) as -1 | 1, massGrams: Number(f.mass_grams), elements: JSON.parse(f.elements) as Composition })),
        },
        ...(replacement === undefined ? {} : { replacement }),
      });
    });
    const at = <T>(versions: Versioned<T> | undefined, atMs: number | undefined) => (versions === undefined ? undefined : atMs === undefined ? versions.current : versions.at(atMs));
    const licencesAt = (atMs?: number) => [...this.#licences.values()].map((v) => at(v, atMs)!).filter((l) => l.partyId === this.#recorder);
    const facts: DocumentFacts = {
      recorder,
      recordedAt: document.recordedAt,
      events,
      corrections,
      lotBefore: (id) => document.lot(id),
      facility: (id, atMs) => at(this.#facilities.get(id), atMs),
      facilitiesUnder: (licenceId) => this.#boundTo.get(licenceId) ?? [],
      facilityLicences: (id) => [...new Set((this.#facilities.get(id)?.all() ?? []).flatMap((f) => (f.licenceId === null ? [] : [f.licenceId])))],
      licence: (id, atMs) => at(this.#licences.get(id), atMs),
      licencesAt,
      hasQuota: (activity, year, oreType) => this.#quotas.has(`${activity}:${year}:any`) || (oreType === undefined
        ? this.#quotas.has(`${activity}:${year}:rock`) || this.#quotas.has(`${activity}:${year}:ionic`)
        : this.#quotas.has(`${activity}:${year}:${oreType}`)),
      party: (id, atMs) => at(this.#parties.get(id), atMs),
    };
    const alerts: AlertRow[] = [];
    const problems: Problem[] = [];
    for (const rule of CAPTURE_RULES) {
      const setting = this.#settings.get(rule.id);
      if (setting === undefined || !setting.enabled) continue;
      for (const finding of rule.check(facts, setting.thresholds)) {
        if (setting.action === 'refuse') {
          const at = finding.at ?? { event: 0, field: '' };
          problems.push({ path: `document.events[${at.event}].${at.field}`, reason: `refused by rule ${rule.id} (${rule.title.en}): ${finding.summary}`, event: at.event });
        } else {
          alerts.push(alertRow(finding, document.recordedAt, 'capture'));
        }
      }
    }
    return { alerts, problems };
  }
}

function plainEvent(event: LedgerEvent): Exclude<LedgerEvent, { kind: 'correct' }>[] {
  if (event.kind !== 'correct') return [event];
  return event.replacement === undefined ? [] : [event.replacement];
}
