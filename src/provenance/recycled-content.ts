// Recycled content of a lot per element: a read of its attribution, not a graph walk.
import { gramsBySourceType, type Attribution, type ElementSymbol } from '../domain/index.ts';
import type { LotState, Store } from '../store/index.ts';
import { readLot } from './reads.ts';
import { checkViewer, ProvenanceRefused, type Viewer } from './viewer.ts';

/** The elements EU Regulation 2024/1252 (CRMA) Art. 29 asks recycled shares of, for permanent
 * magnets (Nd, Pr, Dy, Tb, Sm), in atomic order. */
export const CRMA_RECYCLED_ELEMENTS: readonly ElementSymbol[] = ['Pr', 'Nd', 'Sm', 'Tb', 'Dy'];

export const RECYCLED_CONTENT_METHOD =
  'Per element, the grams attributed to recycled pre-consumer and post-consumer sources over the lot\'s grams of that element, ' +
  'from the origin attribution the ledger computed when the lot was made: mass balance with proportional allocation per element ' +
  'over each process\'s inputs (integer grams, largest remainder), or segregated / identity-preserved where declared and possible.';

export interface ElementRecycledContent {
  element: ElementSymbol;
  grams: number;
  preConsumerGrams: number;
  postConsumerGrams: number;
  /** Shares of the element's grams, 0..1, rounded to 6 decimals; the grams are exact. */
  preConsumerShare: number;
  postConsumerShare: number;
  recycledShare: number;
}

export interface RecycledContent {
  lot: string;
  custody: string | null;
  method: string;
  /** The CRMA elements the lot holds, in atomic order. */
  elements: ElementRecycledContent[];
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1e6) / 1e6);

export function recycledContentOf(lot: LotState): RecycledContent {
  const attribution: Attribution = lot.origin ?? { untraced: lot.elements };
  const elements: ElementRecycledContent[] = [];
  for (const element of CRMA_RECYCLED_ELEMENTS) {
    const bySource = gramsBySourceType(attribution, element);
    const grams = Object.values(bySource).reduce((s, g) => s + g, 0);
    if (grams === 0) continue;
    const pre = bySource['recycled-pre-consumer'];
    const post = bySource['recycled-post-consumer'];
    elements.push({ element, grams, preConsumerGrams: pre, postConsumerGrams: post, preConsumerShare: share(pre, grams), postConsumerShare: share(post, grams), recycledShare: share(pre + post, grams) });
  }
  return { lot: lot.id, custody: lot.custody, method: RECYCLED_CONTENT_METHOD, elements };
}

/** Regulators, auditors and the association any lot; an enterprise its own; the public reads
 * recycled content on passports. */
export async function recycledContent(store: Store, lotId: string, options: { viewer: Viewer }): Promise<RecycledContent> {
  const viewer = checkViewer(options?.viewer);
  if (viewer.role === 'public') throw new ProvenanceRefused('forbidden', 'the public reads recycled content on a lot\'s passport');
  return recycledContentOf(await readLot(store.db, lotId, viewer));
}
