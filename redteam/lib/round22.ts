// Helpers shared by round 22's cases (numbers 46–48): a Mianning bastnaesite miner and a
// Longnan separator that imports Myanmar high-yttrium ionic concentrate and makes single heavy
// oxides. Figures not in shared/DOMAIN.md are marked as estimates where they are made.
import { at, oxideMass, pick, scale, subtract, tonnes } from './chem.ts';
import type { Context } from './roster.ts';
import type { Party } from './world.ts';
import type { LotSpec } from './scribe.ts';

/** A listed Mianning (Liangshan, Sichuan) bastnaesite miner with a 2,000 t REO rock quota a year. */
export function mianningMiner({ w }: Context): { miner: Party; mine: string; licence: string } {
  const miner = w.party('r22-mianning', { kind: 'enterprise', roles: ['miner'], nameZh: '冕宁县方兴稀土矿业有限公司', nameEn: 'Mianning Fangxing Rare Earth Mining Co.', region: '513433' });
  const licence = w.licence({ id: 'RT22-MIN-MN', party: miner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000, scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] } });
  const mine = w.facility({ id: 'mine-r22-fangxing', party: miner.id, kind: 'mine', nameZh: '方兴稀土矿', nameEn: 'Fangxing rare earth mine', region: '513433', licence, listed: true });
  for (const year of [2024, 2025, 2026]) w.quota({ id: `RT22-Q${year}-MIN-MN`, year, batch: 1, holder: miner.id, activity: 'mining', oreType: 'rock', tonnesReo: 2_000 });
  return { miner, mine, licence };
}

export interface SouthLots {
  separator: Party;
  plant: string;
  /** Qualified ids of the single oxides made, by product code. */
  oxides: Record<string, string>;
}

/**
 * A Longnan (Ganzhou, Jiangxi) separator with a separation licence and an ionic quota imports
 * `feedTonnes` of Myanmar high-Y ionic concentrate (92 % REO) on the 2nd of `month`, separates it
 * on the 9th at 95 % into Tb, Dy and Y oxides and a heavy mixed oxide of the rest, and reports on
 * the 5th of the next month. `nextMonthDay` is the report date (2025-MM-05 style, given whole).
 */
export function southernSeparator(ctx: Context, month: string, reportDay: string, feedTonnes = 60): SouthLots {
  const { w, s } = ctx;
  const separator = w.party('r22-longnan', { kind: 'enterprise', roles: ['separator', 'importer'], nameZh: '龙南县南岭稀土分离有限公司', nameEn: 'Longnan Nanling Rare Earth Separation Co.', region: '360700' });
  const licence = w.licence({ id: 'RT22-SEP-LN', party: separator.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
  const plant = w.facility({ id: 'plant-r22-nanling', party: separator.id, kind: 'plant', nameZh: '南岭分离厂', nameEn: 'Nanling separation plant', region: '360700', licence });
  for (const year of [2024, 2025, 2026]) w.quota({ id: `RT22-Q${year}-SEP-LN`, year, batch: 1, holder: separator.id, activity: 'separation', oreType: 'ionic', tonnesReo: 2_500 });
  const feedId = `MM-${month.replace('-', '')}-01`;
  const imp = s.import(separator, `imp-r22-${month}`, at(`${month}-02`), { id: feedId, product: 'concentrate-ionic-high-y', massGrams: tonnes(feedTonnes) }, 'MM', `5306${month.replace('-', '')}0022046`);
  const feed = s.lot(separator.lot(feedId)).composition;
  const recovered = scale(feed, 0.95);
  const outputs: LotSpec[] = [];
  const oxides: Record<string, string> = {};
  for (const [symbol, product] of [['Tb', 'oxide-tb'], ['Dy', 'oxide-dy'], ['Y', 'oxide-y']] as const) {
    const composition = pick(recovered, [symbol]);
    const id = `LN-${month.replace('-', '')}-${symbol.toUpperCase()}`;
    outputs.push({ id, product, massGrams: oxideMass(composition, 0.995), composition });
    oxides[product] = separator.lot(id);
  }
  const rest = subtract(recovered, pick(recovered, ['Tb', 'Dy', 'Y']));
  const restId = `LN-${month.replace('-', '')}-HRE`;
  outputs.push({ id: restId, product: 'mixed-oxide-heavy', massGrams: oxideMass(rest, 0.95), composition: rest });
  oxides['mixed-oxide-heavy'] = separator.lot(restId);
  w.record(separator, at(reportDay, '10:00'), [
    imp,
    s.process(separator, `sep-r22-${month}`, at(`${month}-09`), [{ lot: feedId, massGrams: tonnes(feedTonnes) }], outputs, { facility: plant, note: 'solvent extraction, P507 cascade' }),
  ]);
  return { separator, plant, oxides };
}
