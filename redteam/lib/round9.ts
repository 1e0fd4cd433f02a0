// Helpers of the round-9 cases (ids 80–82): a sale out of a party's stock with its receipt, and
// the Longnan separator's single heavy oxides from imported Myanmar feed for a part of it only.
// Built on the library's other modules; figures follow chain.ts, heavy.ts and refining.ts.
import type { ElementSymbol } from '../../src/domain/index.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { oxideMass, pick, scale } from './chem.ts';
import type { Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party } from './world.ts';

export interface Sale {
  /** The seller's lot (local id) and what leaves it. */
  lot: string;
  grams: number;
  /** The shipment lot's local id (split off the seller's lot). */
  shipmentLot: string;
  shipId: string;
  receiveId: string;
  /** Event times (ISO with zone). */
  shippedAt: string;
  receivedAt: string;
  /** When seller and buyer record them. */
  sellerRecordsAt: string;
  buyerRecordsAt: string;
  note?: string;
}

/** A shipment out of `seller`'s stock and its receipt by `buyer`, each in a document of its own.
 * Returns the shipment lot, qualified. */
export function sell({ w, s }: Context, seller: Party, buyer: Party, sale: Sale): string {
  w.record(seller, sale.sellerRecordsAt, [s.ship(seller, sale.shipId, sale.shippedAt, sale.lot, sale.grams, buyer, sale.shipmentLot, sale.note)]);
  const qualified = seller.lot(sale.shipmentLot);
  w.record(buyer, sale.buyerRecordsAt, [s.receive(buyer, sale.receiveId, sale.receivedAt, qualified, sale.grams)]);
  return qualified;
}

/** The heavy separation lines of heavy.ts (single oxides from high-yttrium ionic feed at 96 %). */
const HEAVY_LINES: readonly { suffix: string; product: string; elements: readonly ElementSymbol[]; purity: number }[] = [
  { suffix: 'Y', product: 'oxide-y', elements: ['Y'], purity: 0.99 },
  { suffix: 'DY', product: 'oxide-dy', elements: ['Dy'], purity: 0.99 },
  { suffix: 'TB', product: 'oxide-tb', elements: ['Tb'], purity: 0.99 },
  { suffix: 'HO', product: 'oxide-ho', elements: ['Ho'], purity: 0.99 },
  { suffix: 'ER', product: 'oxide-er', elements: ['Er'], purity: 0.99 },
  { suffix: 'GD', product: 'oxide-gd', elements: ['Gd'], purity: 0.99 },
  { suffix: 'SM', product: 'oxide-sm', elements: ['Sm'], purity: 0.99 },
  { suffix: 'LREE', product: 'mixed-oxide-lace', elements: ['La', 'Ce'], purity: 0.99 },
  { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
  { suffix: 'REST', product: 'mixed-oxide-heavy', elements: ['Eu', 'Tm', 'Yb', 'Lu'], purity: 0.95 },
];

/** The output lots of separating a high-yttrium feed lot's composition at 96 % into single oxides. */
export function heavyOutputs(feed: Parameters<typeof scale>[0], prefix: string): LotSpec[] {
  const recovered = scale(feed, 0.96);
  const outputs: LotSpec[] = [];
  for (const line of HEAVY_LINES) {
    const composition = pick(recovered, line.elements);
    if (Object.keys(composition).length === 0) continue;
    outputs.push({ id: `${prefix}-${line.suffix}`, product: line.product, massGrams: oxideMass(composition, line.purity), composition });
  }
  return outputs;
}

/** A clean copy of an event's new-lot composition, so that a later `Scribe.adjust` that adds
 * grams to the scribe's state does not write them into the creating event too. */
export function detachComposition<E extends LedgerEvent>(event: E): E {
  const lot = (event as { lot?: unknown }).lot;
  if (typeof lot === 'object' && lot !== null && 'composition' in lot) {
    const withComposition = lot as { composition: Record<string, number> };
    withComposition.composition = { ...withComposition.composition };
  }
  return event;
}

