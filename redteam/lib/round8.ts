// Helpers of the round-8 cases (ids 70–72): final deliveries, customers' credit codes, a sister
// separator in Baotou, a small heavy rare earth metal works in Ganzhou, and compositions from an
// assay's REO shares. Figures not in shared/DOMAIN.md are marked estimates.
import { ELEMENTS, type Composition, type ElementSymbol } from '../../src/domain/index.ts';
import { makeUscc } from '../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../src/ledger/index.ts';
import { YEARS, type Context } from './roster.ts';
import type { Party } from './world.ts';

/** A final user's credit code (not a registered party): from an 8-character body and its region. */
export function customerCode(orgBody8: string, region: string): string {
  return makeUscc({ authority: '9', orgType: '1', region, orgBody8 });
}

/** A delivery to a final user at home (the scribe keeps no state for it: deliver from lots the case does not use again). */
export function deliver(
  id: string, time: string, lot: string, massGrams: number,
  customer: { name: string; id?: string }, sector: DeliverEvent['sector'], contract?: string, note?: string,
): DeliverEvent {
  return {
    id, kind: 'deliver', time, lot, massGrams, customer, sector,
    ...(contract === undefined ? {} : { contract }),
    ...(note === undefined ? {} : { note }),
  };
}

/** Element grams of `massGrams` of a lot at `reoFraction` REO whose oxides are `sharesPercent` of the REO (an assay). */
export function fromAssay(massGrams: number, reoFraction: number, sharesPercent: Partial<Record<ElementSymbol, number>>): Composition {
  const sum = Object.values(sharesPercent).reduce((a, b) => a + (b ?? 0), 0);
  if (Math.abs(sum - 100) > 1e-6) throw new Error(`assay shares sum to ${sum} %`);
  const out: Composition = {};
  for (const [symbol, share] of Object.entries(sharesPercent) as [ElementSymbol, number][]) {
    const grams = Math.floor((massGrams * reoFraction * share) / 100 / ELEMENTS[symbol].oxideFactor);
    if (grams > 0) out[symbol] = grams;
  }
  return out;
}

export interface SisterSeparator {
  sister: Party;
  sisterPlant: string;
  sisterLicence: string;
}

/** A second Baotou separator of the Northern group (the Rare Earth Hi-Tech Zone plant), licensed
 * for `capacityTonnesReo` a year and allocated `quotaTonnesReo` of the group's separation quota
 * (fictional figures; by default 8,000 t and 6,000 t). */
export function addSisterSeparator({ w, r }: Context, capacityTonnesReo = 8_000, quotaTonnesReo = 6_000): SisterSeparator {
  const sister = w.party('sister-separator', {
    kind: 'enterprise', roles: ['separator'], nameZh: '包头稀土高新区冶炼分离有限公司', nameEn: 'Baotou Rare Earth Hi-Tech Zone Separation Co.', region: '150200', group: r.group.id,
  });
  const sisterLicence = w.licence({ id: 'RT-SEP-GX-2024', party: sister.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo });
  const sisterPlant = w.facility({ id: 'plant-gaoxin-separation', party: sister.id, kind: 'plant', nameZh: '高新区分离厂', nameEn: 'Hi-Tech Zone separation plant', region: '150200', licence: sisterLicence });
  for (const year of YEARS) {
    w.quota({ id: `RT-Q${year}-SEP-GX`, year, batch: 1, holder: sister.id, activity: 'separation', oreType: 'rock', tonnesReo: quotaTonnesReo, allocatedFrom: `RT-Q${year}-SEP-GROUP` });
  }
  return { sister, sisterPlant, sisterLicence };
}

export interface MetalWorks {
  works: Party;
  worksPlant: string;
  worksLicence: string;
}

/** A small Ganzhou heavy rare earth metal works (Dy, Tb metal by reduction), licensed for
 * `capacityTonnesReo` a year (a fictional figure). */
export function addHeavyMetalWorks({ w }: Context, capacityTonnesReo: number): MetalWorks {
  const works = w.party('heavy-metal-works', {
    kind: 'enterprise', roles: ['metal-smelter'], nameZh: '赣州章贡重稀土金属有限公司', nameEn: 'Ganzhou Zhanggong Heavy Rare Earth Metals Co.', region: '360700',
  });
  const worksLicence = w.licence({
    id: 'RT-MET-ZG-2025', party: works.id, activity: 'metal-smelting', validFrom: '2025-01-01', validTo: '2027-12-31', capacityTonnesReo,
    scope: { elements: ['Dy', 'Tb'] },
  });
  const worksPlant = w.facility({ id: 'plant-zhanggong-metal', party: works.id, kind: 'plant', nameZh: '章贡重稀土金属厂', nameEn: 'Zhanggong heavy rare earth metal plant', region: '360700', licence: worksLicence });
  return { works, worksPlant, worksLicence };
}
