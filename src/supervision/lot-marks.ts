// What a lot's material has been through, carried along its lineage as the period scan reads the
// log: a rule marks a lot (this material left party A; this material was mined), and every lot
// later made from it (a process's outputs, a shipment split off) carries the mark with the share
// of its element grams that descends from the marked material. Rules that follow marks judge a
// flow by where its material came from, not by the last leg's product label or lot id: a repack
// under a new id or a relabelling process carries the marks on.
//
// Shares follow the mass balance model (ISO 22095) the ledger attributes origins by: the outputs
// of an event share alike in what its inputs held, weighted by the element grams taken from each.
// Only lots that still hold material are kept (with their product and element grams), and only
// marks a rule could still judge, so the state is bounded by the stock in the ledger, not by its
// history.
import type { Composition } from '../domain/composition.ts';
import type { ScannedEvent, ScannedFlow } from './rule.ts';

/** Parties a mark remembers its material went through: enough for any chain in DOMAIN.md's
 * (mine to magnet is six hops) with room for traders between. */
export const MARK_PATH_PARTIES_MAX = 12;

export interface Mark {
  /** Share (0–1) of the lot's element grams that descends from the marked material. */
  share: number;
  /** When the marked material was marked (left its party, was mined), ms since the epoch. */
  sinceMs: number;
  /** The event that marked it (PARTY:EVENT). */
  ref: string;
  /** The lot marked at that event, its product and its element grams then. */
  lot: string;
  product: string;
  grams: number;
  /** The parties that shipped the material on after it was marked, in order. */
  via: readonly string[];
  /** Marked as it went straight back to its shipper as a direct return (round-trip). */
  returned?: true;
}

export type Marks = ReadonlyMap<string, Mark>;

export interface LiveLot {
  product: string;
  /** Element grams the lot holds. */
  grams: number;
}

export interface MarkPolicy {
  /** Whether a lot the event made inherits the marks of what the event took. */
  admit(made: ScannedFlow, scanned: ScannedEvent): boolean;
  /** Whether a mark is still worth carrying into a lot of `product` (one made from marked lots). */
  keep(key: string, mark: Mark, product: string): boolean;
  /** Shares below this are not carried. Blending only dilutes (a lot made of marked and unmarked
   * material holds at most the largest share it took), so a mark below a rule's threshold can
   * never reach it again; dropping it keeps traces of material blended many times over from
   * spreading to most of the ledger's lots. */
  shareMin: number;
  /** Whether to keep the stock of a new lot that carries no mark yet: a rule that reads only
   * marked lots keeps only those (and the lots it will mark). */
  track(made: ScannedFlow): boolean;
}

export class LotMarks {
  readonly #marks = new Map<string, Map<string, Mark>>();
  readonly #live = new Map<string, LiveLot>();
  readonly #policy: MarkPolicy;

  constructor(policy: MarkPolicy) {
    this.#policy = policy;
  }

  get(lotId: string): Marks | undefined {
    return this.#marks.get(lotId);
  }

  /** A lot that still holds material (and that the policy tracks): its product and element grams. */
  lot(lotId: string): LiveLot | undefined {
    return this.#live.get(lotId);
  }

  set(lotId: string, key: string, mark: Mark): void {
    // The lots one event made share one map of marks: a change to one lot's copies it.
    this.#marks.set(lotId, new Map(this.#marks.get(lotId)).set(key, mark));
  }

  /** Replaces a lot's marks (none: forgets them); the map is the lot's own from then on. */
  replace(lotId: string, marks: Map<string, Mark>): void {
    if (marks.size === 0) this.#marks.delete(lotId);
    else this.#marks.set(lotId, marks);
  }

  /**
   * Reads one event, before the rule judges it: the lots it made from others (a process's
   * outputs, a shipment split from its lot) get the marks of what it took, in proportion to the
   * element grams taken from each marked lot; then the lots' stock is updated, and a lot emptied
   * is forgotten.
   */
  observe(scanned: ScannedEvent): void {
    const kind = scanned.event.kind;
    if (kind === 'process' || kind === 'ship') this.#carry(scanned);
    for (const flow of scanned.flows) {
      const grams = elementGrams(flow.elements);
      const lot = this.#live.get(flow.lotId);
      if (flow.direction === 1) {
        if (lot !== undefined) lot.grams += grams;
        else if (this.#marks.has(flow.lotId) || this.#policy.track(flow)) this.#live.set(flow.lotId, { product: flow.product, grams });
      } else if (lot !== undefined) {
        lot.grams -= grams;
        if (lot.grams <= 0) {
          this.#live.delete(flow.lotId);
          this.#marks.delete(flow.lotId);
        }
      }
    }
  }

  /** Drops the marks `keep` refuses from every lot (departures past a window on stock nobody
   * moves); lots that shared a map of marks share the filtered one. */
  sweep(keep: (key: string, mark: Mark) => boolean): void {
    const filtered = new Map<Map<string, Mark>, Map<string, Mark>>();
    for (const [lotId, marks] of this.#marks) {
      let kept = filtered.get(marks);
      if (kept === undefined) {
        kept = new Map([...marks].filter(([key, mark]) => keep(key, mark)));
        filtered.set(marks, kept.size === marks.size ? marks : kept);
        kept = filtered.get(marks)!;
      }
      if (kept.size === 0) this.#marks.delete(lotId);
      else if (kept !== marks) this.#marks.set(lotId, kept);
    }
  }

  #carry(scanned: ScannedEvent): void {
    // A process's or a split shipment's movements in are the lots it made.
    let takenGrams = 0;
    const pooled = new Map<string, { weighted: number; mark: Mark }>();
    for (const flow of scanned.flows) {
      if (flow.direction !== -1) continue;
      const grams = elementGrams(flow.elements);
      takenGrams += grams;
      const marks = this.#marks.get(flow.lotId);
      if (marks === undefined || grams === 0) continue;
      for (const [key, mark] of marks) {
        const entry = pooled.get(key);
        if (entry === undefined) pooled.set(key, { weighted: mark.share * grams, mark });
        else {
          entry.weighted += mark.share * grams;
          // Marked material of one key from two markings: the later speaks for both (the one a
          // window is judged from), holding the grams of both.
          if (entry.mark.ref !== mark.ref) {
            const later = mark.sinceMs > entry.mark.sinceMs ? mark : entry.mark;
            entry.mark = { ...later, grams: entry.mark.grams + mark.grams };
          }
        }
      }
    }
    if (pooled.size === 0 || takenGrams === 0) return;
    // Every lot the event made holds the same shares (mass balance): one map serves all its lots
    // of one product, and a campaign making two hundred lots allocates its marks once a product.
    const byProduct = new Map<string, Map<string, Mark>>();
    for (const flow of scanned.flows) {
      if (flow.direction !== 1 || !this.#policy.admit(flow, scanned)) continue;
      let marks = byProduct.get(flow.product);
      if (marks === undefined) {
        marks = new Map();
        for (const [key, { weighted, mark }] of pooled) {
          const carried = Math.min(1, weighted / takenGrams);
          if (carried >= this.#policy.shareMin && this.#policy.keep(key, mark, flow.product)) marks.set(key, { ...mark, share: carried });
        }
        byProduct.set(flow.product, marks);
      }
      if (marks.size > 0) this.#marks.set(flow.lotId, marks);
    }
  }
}

export function elementGrams(elements: Composition): number {
  let total = 0;
  // Runs for every movement in the log: no array of the values is made.
  for (const element in elements) total += elements[element as keyof Composition] ?? 0;
  return total;
}

/** `path` with `party` appended, unless it already ends with it; bounded. */
export function pathThrough(path: readonly string[], party: string): readonly string[] {
  if (path.at(-1) === party || path.length >= MARK_PATH_PARTIES_MAX) return path;
  return [...path, party];
}
