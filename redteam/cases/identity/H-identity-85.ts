// Estimates (not in DOMAIN.md): about 10 g of magnet per drive; residue 0.8 t per t.
import { defineCase } from '../../lib/case.ts';
import { tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleCollected } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-identity-85',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Voice-coil magnets pulled out of scrapped hard drives by a dismantler, collected as magnets at 30 % rare earths',
  does: 'A Shenzhen dismantler unscrews the voice-coil actuator magnets from 1.5 million scrapped hard drives (about 10 g of magnet each, an estimate) and sells the 15 t of nickel-plated NdFeB to the Ganzhou recycler on 2025-07-03 as magnets recovered from end-of-life products, not as drives. At about 30 % rare earths (the catalogue\'s typical mix) they hold 4.5 t of Nd, Pr, Dy and Tb. The recycler leaches them on 07-12 at 95 % and sends the leach residue to the licensed store; July is reported on 08-06.',
  expect: 'Nothing: magnets taken out of drives are magnets, at a magnet\'s grade; the richness fits the product they are booked as.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(15);
    recycleCollected(ctx, { id: 'VCM-2507-01', product: 'eol-ndfeb-magnets', massGrams: grams }, { name: '深圳龙岗硬盘拆解有限公司 (Shenzhen Longgang Disk Dismantling Co.)' }, '2507-vcm', { recovery: 0.95, residueShare: 0.8 });
    return { world: w, find: {} };
  },
});
