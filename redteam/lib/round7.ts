// Helpers for the seventh round of cases (ids 60–62): a separator's month for a feed shipped to
// it, residues with the typical mix capped by what a feed left, and credit codes for final users
// and foreign-looking buyers that are not registered in the chain. Built only on the library's
// other modules; figures follow chain.ts and refining.ts.
import { createHash } from 'node:crypto';
import { ELEMENT_SYMBOLS, type Composition } from '../../src/domain/index.ts';
import { makeUscc } from '../../src/domain/uscc.ts';
import { at, typical } from './chem.ts';
import { day, receiveAndDispose, reportTime, residueGramsFor } from './chain.ts';
import { separate, type SeparationPlan } from './refining.ts';
import type { Context } from './roster.ts';

/** The typical mix of `product` for `massGrams`, each element capped by what `left` holds. */
export function cappedResidue(product: string, massGrams: number, left: Composition): Composition {
  const wanted = typical(product, massGrams);
  const out: Composition = {};
  for (const symbol of ELEMENT_SYMBOLS) {
    const grams = Math.min(wanted[symbol] ?? 0, left[symbol] ?? 0);
    if (grams > 0) out[symbol] = grams;
  }
  return out;
}

export interface SeparateShipmentOptions {
  /** The separator's plant (default the baseline Jiuyuan plant). */
  plant?: string;
  recovery?: number;
  /** Residue mass (default 0.45 t per t of feed, chain.ts's estimate). */
  residueGrams?: number;
  /** Ship the residue to the licensed disposer on the 24th (default true). */
  disposal?: boolean;
  /** Record a receipt of the feed on the 11th (default true; false when the case receives it). */
  receive?: boolean;
  receiveDay?: number;
  processDay?: number;
  /** Day of the next month the separator reports on (default 6). */
  reportDay?: number;
}

/**
 * The baseline separator's month for a feed lot shipped to it: receipt on the 11th, separation on
 * the 20th (or the days given; prefix `SEP-<tag>`), residue shipped whole to the licensed disposer on the 24th and
 * stored by it (receiveAndDispose). Returns the plan; its lots are in the separator's namespace.
 */
export function separateShipment(
  ctx: Context, month: string, feedLot: string, feedGrams: number, tag: string, options: SeparateShipmentOptions = {},
): SeparationPlan {
  const { w, s, r } = ctx;
  const disposal = options.disposal ?? true;
  const events = [];
  if (options.receive ?? true) events.push(s.receive(r.separator, `rcv-${tag}-01`, at(day(month, options.receiveDay ?? 11), '09:00'), feedLot, feedGrams));
  const feed = s.share(feedLot, feedGrams);
  const plan = separate(feed, `SEP-${tag}`, {
    ...(options.recovery === undefined ? {} : { recovery: options.recovery }),
    residue: { product: 'slag-water-leach-residue', massGrams: options.residueGrams ?? residueGramsFor(feedGrams) },
  });
  events.push(s.process(r.separator, `sep-${tag}-01`, at(day(month, options.processDay ?? 20)), [{ lot: feedLot, massGrams: feedGrams }], plan.outputs, {
    facility: options.plant ?? r.separationPlant, note: 'acid roasting, water leach, solvent extraction',
  }));
  const residue = plan.residue!;
  if (disposal) events.push(s.ship(r.separator, `shp-${tag}-res`, at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'));
  w.record(r.separator, reportTime(month, options.reportDay ?? 6), events);
  if (disposal) receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, tag);
  return plan;
}

/** A valid unified social credit code for a company outside the registry (a final user, a foreign
 * buyer's Chinese agent), stable across builds. */
export function outsideUscc(tag: string, region: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const digest = createHash('sha256').update(`ytterby-redteam-outside:${tag}`).digest();
  const body = [...digest.subarray(0, 8)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
}
