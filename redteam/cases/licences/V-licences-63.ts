import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { massAsTypical } from '../../lib/round10.ts';
import { cappedResidue } from '../../lib/round7.ts';

export default defineCase({
  id: 'V-licences-63',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A miner cracks its own concentrate into mixed rare earth chloride at its concentrator, on its mining licence',
  does: 'The Bayan Obo miner registers a new acid-cracking line inside its Dongshan concentrator under its mining licence. On 2025-07-15 it roasts the 200 t of concentrate left from June with sulphuric acid and leaches it into mixed rare earth chloride (92 % recovery), shipping the thorium-bearing leach residue to the licensed store on 07-22. Cracking concentrate into a mixed compound is smelting-separation: it needs a separation licence and separation quota, which the miner does not hold. Everyone reports on time.',
  expect: 'A separation-stage process by a party with only a mining licence: the miner\'s cracking campaign and its chloride lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const plant = w.facility({ id: 'plant-dongshan-cracking', party: r.miner.id, kind: 'plant', nameZh: '东山选矿厂酸法线', nameEn: 'Dongshan concentrator acid-cracking line', region: '150206', licence: r.miningLicence });
    const feedGrams = tonnes(200);
    const feed = s.share(june.concentrate, feedGrams);
    const chloride = scale(feed, 0.92);
    const resGrams = residueGramsFor(feedGrams);
    const resComp = cappedResidue('slag-water-leach-residue', resGrams, subtract(feed, chloride));
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.process(r.miner, 'crk-2507-01', at('2025-07-15'), [{ lot: 'BC-2506-01', massGrams: feedGrams }], [
        { id: 'MCL-2507-01', product: 'mixed-chloride-light', massGrams: massAsTypical('mixed-chloride-light', chloride), composition: chloride },
        { id: 'RES-2507-01', product: 'slag-water-leach-residue', massGrams: resGrams, composition: resComp },
      ], { facility: plant, note: 'concentrated sulphuric acid roasting, water leach, chloride conversion' }),
      s.ship(r.miner, 'shp-2507-res', at('2025-07-22'), 'RES-2507-01', resGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.miner.lot('RES-2507-01'), resGrams, '2507');
    return { world: w, find: { events: [r.miner.event('crk-2507-01')], lots: [r.miner.lot('MCL-2507-01')] } };
  },
});
