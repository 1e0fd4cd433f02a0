import { defineCase } from '../../lib/case.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-61',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A second separation line, registered under the separator\'s licence, runs its first feed',
  does: 'The Baotou separator builds a second solvent-extraction line in a new building across the road from the first, in the same Jiuyuan district. Before it runs, the line is registered as a plant of the separator\'s, under the separator\'s existing separation licence, whose capacity (12,000 t REO) covers both lines. In July 2025 the miner\'s 1,000 t of concentrate go to the new line: received 07-11, separated on 07-20 at 95 %, the residue shipped to the licensed store on 07-24. The old line runs nothing that month. July is reported on 08-06, inside the separator\'s quota.',
  expect: 'Nothing: separation by a licensed separator at a plant registered under its licence, inside its quota and capacity; which of its registered plants it uses is its own business.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const line2 = w.facility({ id: 'plant-jiuyuan-separation-2', party: r.separator.id, kind: 'plant', nameZh: '九原分离厂二线', nameEn: 'Jiuyuan separation plant, line 2', region: '150207', licence: r.separationLicence });
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    separateShipment(ctx, '2025-07', july.feed, july.shippedGrams, '2507', { plant: line2 });
    return { world: w, find: {} };
  },
});
