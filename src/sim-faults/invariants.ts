// What must hold of a ledger however many processes wrote it, whatever they were killed in the
// middle of: each lot's balance is what its flows left it, a conflicting document was recorded at
// most once, and every document a writer acknowledged is in the log where its answer said.
// Read when no writer is writing (the simulation and the tests quiesce first), each a finding per
// broken instance: the first few name what to look at.
import { ELEMENT_SYMBOLS, type Composition } from '../domain/index.ts';
import type { CaptureResult } from '../ledger/index.ts';
import type { Store } from '../store/index.ts';

/** A document a writer answered with 2xx (or the CLI printed): the answer it gave. */
export interface Acknowledgement {
  party: string;
  /** Which writer answered, for the finding. */
  writer: string;
  result: Pick<CaptureResult, 'documentId' | 'events'>;
}

/** Documents of which at most one may be recorded: each member named by one of its event ids
 * (the event that conflicts), all of one party. */
export interface ConflictGroup {
  label: string;
  party: string;
  eventIds: readonly string[];
}

export interface Finding {
  invariant: 'lot balance' | 'acknowledged recorded' | 'conflict recorded once' | 'replay answered alike'
    /** A writer answered other than 2xx or 400 (a 500, a CLI crash). */
    | 'answered'
    /** `ytterby verify` found the log broken… */
    | 'verify'
    /** …or its deep check, the state (lots, flows) other than the log makes it. */
    | 'verify --deep';
  detail: string;
}

/** Each lot's remaining mass and elements are the sum of its flows (its making included), and
 * 0 ≤ remaining ≤ its mass: a lot spent twice on one balance breaks the first. */
export async function lotBalanceFindings(store: Store): Promise<Finding[]> {
  const lots = await store.db.selectFrom('lots').select(['id', 'mass_grams', 'mass_grams_remaining', 'elements']).execute();
  const flows = await store.db.selectFrom('lot_flows').select(['lot_id', 'direction', 'mass_grams', 'elements']).execute();
  const sums = new Map<string, { massGrams: number; elements: Map<string, number> }>();
  for (const flow of flows) {
    let sum = sums.get(flow.lot_id);
    if (sum === undefined) sums.set(flow.lot_id, (sum = { massGrams: 0, elements: new Map() }));
    sum.massGrams += flow.direction * flow.mass_grams;
    for (const [element, grams] of Object.entries(JSON.parse(flow.elements) as Composition)) {
      sum.elements.set(element, (sum.elements.get(element) ?? 0) + flow.direction * grams);
    }
  }
  const findings: Finding[] = [];
  for (const lot of lots) {
    const sum = sums.get(lot.id) ?? { massGrams: 0, elements: new Map<string, number>() };
    const where = `lot ${lot.id}`;
    if (lot.mass_grams_remaining < 0 || lot.mass_grams_remaining > lot.mass_grams) {
      findings.push({ invariant: 'lot balance', detail: `${where}: ${lot.mass_grams_remaining} g remaining of ${lot.mass_grams} g` });
    }
    if (sum.massGrams !== lot.mass_grams_remaining) {
      findings.push({ invariant: 'lot balance', detail: `${where}: ${lot.mass_grams_remaining} g remaining, but its flows sum to ${sum.massGrams} g` });
      continue;
    }
    const elements = JSON.parse(lot.elements) as Composition;
    const differing = ELEMENT_SYMBOLS.filter((element) => (elements[element] ?? 0) !== (sum.elements.get(element) ?? 0));
    if (differing.length > 0) {
      const element = differing[0]!;
      findings.push({ invariant: 'lot balance', detail: `${where}: ${elements[element] ?? 0} g of ${element} remaining, but its flows sum to ${sum.elements.get(element) ?? 0} g` });
    }
  }
  return findings;
}

/** Every acknowledged document's events are in the log at the seqs its answer gave, under its
 * document id; two answers for one document (a replay) give the same seqs. */
export async function acknowledgedFindings(store: Store, acknowledgements: readonly Acknowledgement[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const first = new Map<string, Acknowledgement>();
  const wanted: { ack: Acknowledgement; id: string; seq: number }[] = [];
  for (const ack of acknowledgements) {
    const earlier = first.get(ack.result.documentId);
    if (earlier === undefined) first.set(ack.result.documentId, ack);
    else if (JSON.stringify(earlier.result.events) !== JSON.stringify(ack.result.events)) {
      findings.push({ invariant: 'replay answered alike', detail: `document ${ack.result.documentId}: ${earlier.writer} answered ${JSON.stringify(earlier.result.events)}, ${ack.writer} ${JSON.stringify(ack.result.events)}` });
    }
    for (const event of ack.result.events) wanted.push({ ack, id: event.id, seq: event.seq });
  }
  const seqs = [...new Set(wanted.map((w) => w.seq))];
  const recorded = new Map<number, { party_id: string; event_id: string; document_id: string }>();
  for (let start = 0; start < seqs.length; start += 500) {
    const rows = await store.db.selectFrom('events').select(['seq', 'party_id', 'event_id', 'document_id'])
      .where('seq', 'in', seqs.slice(start, start + 500)).execute();
    for (const row of rows) recorded.set(Number(row.seq), row);
  }
  for (const { ack, id, seq } of wanted) {
    const row = recorded.get(seq);
    if (row === undefined || row.party_id !== ack.party || row.event_id !== id || row.document_id !== ack.result.documentId) {
      const found = row === undefined ? 'nothing' : `${row.party_id}'s event ${row.event_id} of document ${row.document_id}`;
      findings.push({ invariant: 'acknowledged recorded', detail: `${ack.writer} acknowledged event ${id} of document ${ack.result.documentId} at seq ${seq}; the log holds ${found} there` });
    }
  }
  return findings;
}

/** At most one member of each group is in the log, and at most one was acknowledged. */
export async function conflictFindings(store: Store, groups: readonly ConflictGroup[], acknowledgements: readonly Acknowledgement[]): Promise<Finding[]> {
  const acknowledged = new Set(acknowledgements.flatMap((ack) => ack.result.events.map((event) => `${ack.party}\u0000${event.id}`)));
  const findings: Finding[] = [];
  for (const group of groups) {
    const rows = await store.db.selectFrom('events').select(['event_id', 'seq'])
      .where('party_id', '=', group.party).where('event_id', 'in', [...group.eventIds]).execute();
    if (rows.length > 1) {
      findings.push({ invariant: 'conflict recorded once', detail: `${group.label}: ${rows.length} conflicting events recorded (${rows.map((r) => `${r.event_id} at seq ${r.seq}`).join(', ')})` });
    }
    const answered = group.eventIds.filter((id) => acknowledged.has(`${group.party}\u0000${id}`));
    if (answered.length > 1) {
      findings.push({ invariant: 'conflict recorded once', detail: `${group.label}: ${answered.length} conflicting documents acknowledged (${answered.join(', ')})` });
    }
  }
  return findings;
}

/** Every finding of the three checks above. */
export async function ledgerFindings(store: Store, acknowledgements: readonly Acknowledgement[], groups: readonly ConflictGroup[]): Promise<Finding[]> {
  return [
    ...(await lotBalanceFindings(store)),
    ...(await acknowledgedFindings(store, acknowledgements)),
    ...(await conflictFindings(store, groups, acknowledgements)),
  ];
}

export function formatFindings(findings: readonly Finding[], shownMax = 10): string {
  const shown = findings.slice(0, shownMax).map((f) => `  ${f.invariant}: ${f.detail}`);
  if (findings.length > shownMax) shown.push(`  … and ${findings.length - shownMax} more`);
  return shown.join('\n');
}
