// The magnet maker's month: NdPr metal (and, for high-coercivity grades, Dy–Fe alloy) into
// sintered NdFeB magnets and grinding swarf. DOMAIN.md: magnets hold 29–32 % rare earths and
// scrap is 25–30 % of magnet output; 30 % and a fifth of the rare earths to swarf are taken here.
import type { Composition } from '../../src/domain/index.ts';
import { massAtShare, scale, subtract } from './chem.ts';
import type { LotSpec } from './scribe.ts';

/** Share of the rare earths fed in that ends in the magnets; the swarf takes the rest but 2 %
 * (lost to furnace dross and fines). */
const INTO_MAGNETS = 0.78;
const INTO_SWARF = 0.2;

export function sinter(feed: Composition, tag: string, product = 'magnet-ndfeb-sintered'): { magnets: LotSpec; swarf: LotSpec } {
  const magnets = scale(feed, INTO_MAGNETS);
  const swarf = scale(subtract(feed, magnets), INTO_SWARF / (1 - INTO_MAGNETS));
  return {
    magnets: { id: `MG-${tag}`, product, massGrams: massAtShare(magnets, 0.3), composition: magnets },
    swarf: { id: `SW-${tag}`, product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swarf, 0.22), composition: swarf },
  };
}
