import type { Attribution, CustodyModel } from '../domain/attribution.ts';
import type { LotsTable } from './schema.ts';
import type { LotRow, LotState, LotStatus } from './store.ts';

export function lotFromRow(row: LotsTable): LotState {
  return {
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
}

export function lotToRow(lot: LotState): LotRow {
  return [
    lot.id, lot.holderId, lot.product, lot.massGrams, lot.massGramsRemaining, JSON.stringify(lot.elements), lot.status,
    lot.destinationId, lot.previousHolderId, lot.createdSeq, lot.updatedSeq, lot.origin === null ? null : JSON.stringify(lot.origin), lot.custody,
  ];
}

export function headFrontierToText(frontier: readonly Buffer[]): string {
  return JSON.stringify(frontier.map((hash) => hash.toString('hex')));
}

export function headFrontierFromText(text: string): Buffer[] {
  return (JSON.parse(text) as string[]).map((hex) => Buffer.from(hex, 'hex'));
}
