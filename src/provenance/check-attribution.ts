// Checks the attribution kept on lots against the ledger's own flows, for any ledger: every lot's
// attributed grams per element add up to the grams it was made with (its making flow), exactly for
// lots no adjustment or correction touched, and never fall short of what the lot still holds.
import { assertAttribution, attributedTotals, CUSTODY_MODELS, ELEMENT_SYMBOLS, type Composition } from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { lotFromRow } from '../store/lot-rows.ts';

/** Lots checked per round trip. */
const CHECK_PAGE_LOTS = 2_000;
/** Problems listed before the rest are only counted. */
const PROBLEMS_LISTED_MAX = 50;

export interface AttributionCheck {
  lots: number;
  /** Lots whose attribution equals their making flow, element by element. */
  exact: number;
  /** Lots touched by an adjustment or a correction: attribution at least what remains. */
  bounded: number;
  /** Lots recorded before attribution was kept (migration 2). */
  legacy: number;
  problemCount: number;
  problems: { lot: string; reason: string }[];
}

export async function checkAttribution(store: Store): Promise<AttributionCheck> {
  const check: AttributionCheck = { lots: 0, exact: 0, bounded: 0, legacy: 0, problemCount: 0, problems: [] };
  const problem = (lot: string, reason: string) => {
    check.problemCount += 1;
    if (check.problems.length < PROBLEMS_LISTED_MAX) check.problems.push({ lot, reason });
  };
  let after = '';
  for (;;) {
    const rows = await store.db.selectFrom('lots').selectAll().where('id', '>', after).orderBy('id').limit(CHECK_PAGE_LOTS).execute();
    if (rows.length === 0) return check;
    after = rows[rows.length - 1]!.id;
    const flows = await store.db.selectFrom('lot_flows as f').innerJoin('events as e', 'e.seq', 'f.seq')
      .select(['f.lot_id', 'f.seq', 'f.direction', 'f.elements', 'e.kind'])
      .where('f.lot_id', 'in', rows.map((r) => r.id)).execute();
    const byLot = new Map<string, typeof flows>();
    for (const flow of flows) {
      const list = byLot.get(flow.lot_id);
      if (list === undefined) byLot.set(flow.lot_id, [flow]);
      else list.push(flow);
    }
    for (const row of rows) {
      check.lots += 1;
      const lot = lotFromRow(row);
      if (lot.origin === null) {
        check.legacy += 1;
        continue;
      }
      try {
        assertAttribution(lot.origin, `lot ${lot.id} origin`);
      } catch (error) {
        problem(lot.id, (error as Error).message);
        continue;
      }
      if (!CUSTODY_MODELS.includes(lot.custody as never)) problem(lot.id, `custody ${String(lot.custody)} is not a chain-of-custody model`);
      const totals = attributedTotals(lot.origin);
      const held = lot.elements as Composition;
      for (const e of ELEMENT_SYMBOLS) {
        if ((held[e] ?? 0) > (totals[e] ?? 0)) problem(lot.id, `holds ${held[e]} g of ${e} but attributes only ${totals[e] ?? 0} g`);
      }
      const own = byLot.get(lot.id) ?? [];
      if (own.some((f) => f.kind === 'adjust' || f.kind === 'correct')) {
        check.bounded += 1;
        continue;
      }
      const making = own.find((f) => Number(f.seq) === lot.createdSeq && Number(f.direction) === 1);
      if (making === undefined) {
        problem(lot.id, `has no flow from the event that made it (seq ${lot.createdSeq})`);
        continue;
      }
      const made = JSON.parse(making.elements) as Composition;
      const wrong = ELEMENT_SYMBOLS.filter((e) => (made[e] ?? 0) !== (totals[e] ?? 0));
      if (wrong.length > 0) problem(lot.id, `attributes ${wrong.map((e) => `${totals[e] ?? 0} g of ${e}`).join(', ')} but was made with ${wrong.map((e) => `${made[e] ?? 0} g`).join(', ')}`);
      else check.exact += 1;
    }
  }
}
