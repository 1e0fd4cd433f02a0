import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { sinter } from '../../lib/magnets.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-72',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Terbium bought for grain-boundary diffusion, 83 % of it "lost on the coating line"',
  does: 'The Ningbo magnet maker starts grain-boundary diffusion (a terbium coating diffused into finished magnets, 0.3–0.6 % Tb by weight) in August 2025. It buys 2 t of terbium metal: the Baotou smelter reduces 2.5 t of Tb4O7 bought from the Longnan separator on 07-20 and ships 2 t on 07-24. On 08-12 the magnet maker turns its June NdPr metal and the 2 t of terbium into 51 t of diffused magnets carrying 0.3 t of Tb (0.6 %) and grinding swarf carrying 40 kg; the other 1.66 t of terbium, worth some ¥12 M, are written into the process note as "sputtering and slurry losses" with no scrap or residue lot, and leave for Hong Kong in a courier parcel. Everyone reports on time.',
  expect: 'A process that loses 83 % of one element (terbium) while every other element closes within a normal 2 %: the magnet maker\'s August process and the terbium metal lot it consumed.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 300);
    const oxideGrams = tonnes(2.5);
    const tbOxide = sellOxide(ctx, south, heavy, 'oxide-tb', oxideGrams, r.smelter, '2025-07', '2507-tb');
    const tbMetal = smelt(s.share(tbOxide, oxideGrams), 'MET-2507-TB', 'metal-tb');
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-tb', at('2025-07-20'), [{ lot: tbOxide, massGrams: oxideGrams }], [tbMetal], { facility: r.metalPlant, note: 'calcium reduction of TbF3, order of Ningbo Beilun' }),
      s.ship(r.smelter, 'shp-2507-tb', at('2025-07-24'), tbMetal.id, tonnes(2), r.magnets, 'MET-2507-TB-S1'),
    ]);
    const tbLot = r.smelter.lot('MET-2507-TB-S1');
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-tb', at('2025-07-25'), tbLot, tonnes(2))]);
    const tb = s.lot(tbLot).composition.Tb!;
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2508-GBD');
    const magnetComp = add(magnets.composition!, { Tb: tonnes(0.3) });
    const swarfComp = add(swarf.composition!, { Tb: tonnes(0.04) });
    if (tb < tonnes(1.9)) throw new Error('less terbium than the story says');
    w.record(r.magnets, at('2025-09-05', '10:00'), [
      s.process(r.magnets, 'mag-2508-gbd', at('2025-08-12'), [{ lot: june.metalShipment, massGrams: tonnes(20) }, { lot: tbLot, massGrams: tonnes(2) }], [
        { ...magnets, massGrams: massAtShare(magnetComp, 0.3), composition: magnetComp },
        { ...swarf, massGrams: massAtShare(swarfComp, 0.22), composition: swarfComp },
      ], { facility: r.magnetPlant, note: 'sintering, machining, Tb grain-boundary diffusion; sputtering and slurry losses on the coating line' }),
    ]);
    return {
      world: w,
      find: { events: [r.magnets.event('mag-2508-gbd')], lots: [tbLot, r.magnets.lot(magnets.id)], parties: [r.magnets.id] },
    };
  },
});
