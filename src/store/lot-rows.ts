import { createHash } from 'node:crypto';
import type { Attribution, CustodyModel } from '../domain/attribution.ts';
import type { LotsTable } from './schema.ts';
import type { LotRow, LotState, LotStatus } from './store.ts';

type LotColumns = [
  id: string, holderId: string, product: string, massGrams: number, massGramsRemaining: number, elements: string, status: string,
  destinationId: string | null, previousHolderId: string | null, createdSeq: number, updatedSeq: number, origin: string | null,
  custody: string | null,
];

export function lotFromRow(row: LotsTable): LotState {
  const lot: LotState = {
    id: row.id,
    holderId: row.holder_id,
    product: row.product,
    massGrams: Number(row.mass_grams),
    massGramsRemaining: Number(row.mass_grams_remaining),
    elements: JSON.parse(row.elements) as Record<string, number>,
    status: row.status as LotStatus,
    destinationId: row.destination_id,
    previousHolderId: row.previous_holder_id,
    createdSeq: Number(row.created_seq),
    updatedSeq: Number(row.updated_seq),
    origin: row.origin === null ? null : (JSON.parse(row.origin) as Attribution),
    custody: row.custody as CustodyModel | null,
  };
  // A row written before state hashes were kept has none; the deep check proves it instead.
  if (row.state_hash !== null && row.state_hash !== stateHash([
    row.id, row.holder_id, row.product, lot.massGrams, lot.massGramsRemaining, row.elements, row.status, row.destination_id,
    row.previous_holder_id, lot.createdSeq, lot.updatedSeq, row.origin, row.custody,
  ])) lot.stateAltered = true;
  return lot;
}

export function lotToRow(lot: LotState): LotRow {
  const columns: LotColumns = [
    lot.id, lot.holderId, lot.product, lot.massGrams, lot.massGramsRemaining, JSON.stringify(lot.elements), lot.status,
    lot.destinationId, lot.previousHolderId, lot.createdSeq, lot.updatedSeq, lot.origin === null ? null : JSON.stringify(lot.origin), lot.custody,
  ];
  return [...columns, stateHash(columns)];
}

/** A tripwire, not a proof: anyone who can write the table can recompute it. It stops the capture
 * from building on a row changed by hand or by a bug (UPDATE lots SET mass_grams_remaining = …);
 * the deep check, which replays the log, finds a change made with its hash as well. */
function stateHash(columns: LotColumns): string {
  return createHash('sha256').update(JSON.stringify(columns)).digest('hex');
}

export function headFrontierToText(frontier: readonly Buffer[]): string {
  return JSON.stringify(frontier.map((hash) => hash.toString('hex')));
}

export function headFrontierFromText(text: string): Buffer[] {
  return (JSON.parse(text) as string[]).map((hex) => Buffer.from(hex, 'hex'));
}
