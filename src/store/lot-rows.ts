import { hash } from 'node:crypto';
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
  const columns = lotColumns(lot);
  return [...columns, stateHash(columns)];
}

function lotColumns(lot: LotState): LotColumns {
  return [
    lot.id, lot.holderId, lot.product, lot.massGrams, lot.massGramsRemaining, JSON.stringify(lot.elements), lot.status,
    lot.destinationId, lot.previousHolderId, lot.createdSeq, lot.updatedSeq, lot.origin === null ? null : JSON.stringify(lot.origin), lot.custody,
  ];
}

/** A lot's columns but its state hash, as one string: what the state hash hashes. The deep check
 * sends lots between threads in this form and compares it with the stored row's. */
export function lotText(lot: LotState): string {
  return lotColumns(lot).join(COLUMN_SEPARATOR);
}

/** The stored row's lotText (join writes a null column as empty). */
export function lotRowText(row: LotRow): string {
  return row.slice(0, LOT_COLUMN_COUNT).join(COLUMN_SEPARATOR);
}

/** lotText split back into columns, a null one as null. */
export function lotTextColumns(text: string): (string | null)[] {
  return text.split(COLUMN_SEPARATOR).map((column) => (column === '' ? null : column));
}

export function stateHashOfText(text: string): string {
  return hash('sha256', text, 'hex');
}

const COLUMN_SEPARATOR = '\u0000';
const LOT_COLUMN_COUNT = 13;

/** A tripwire, not a proof: anyone who can write the table can recompute it. It stops the capture
 * from building on a row changed by hand or by a bug (UPDATE lots SET mass_grams_remaining = …);
 * the deep check, which replays the log, finds a change made with its hash as well. The columns are
 * joined by NUL, which none of them can hold (ids refuse control characters, JSON escapes them),
 * and a null column is empty, which none of the nullable ones can be: a third of the cost of
 * hashing their JSON, which escapes the origin's and elements' JSON once more. */
function stateHash(columns: LotColumns): string {
  return stateHashOfText(columns.join(COLUMN_SEPARATOR));
}

export function headFrontierToText(frontier: readonly Buffer[]): string {
  return JSON.stringify(frontier.map((hash) => hash.toString('hex')));
}

export function headFrontierFromText(text: string): Buffer[] {
  return (JSON.parse(text) as string[]).map((hex) => Buffer.from(hex, 'hex'));
}
