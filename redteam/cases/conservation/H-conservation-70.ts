import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { sinter } from '../../lib/magnets.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-70',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Terbium diffused into finished magnets: the magnets gain terbium their NdPr metal never held',
  does: 'The Ningbo magnet maker starts grain-boundary diffusion in August 2025: a terbium coating diffused into machined magnets raises their coercivity with a third of the heavy rare earth a bulk alloy needs. It buys the terbium through the chain: the Baotou smelter reduces 0.45 t of Tb4O7 bought from the Longnan separator on 07-20 and ships 0.35 t of terbium metal on 07-24. On 08-12 the magnet maker turns its June NdPr metal and the terbium into 51 t of diffused magnets carrying 86 % of the terbium (about 0.58 % Tb, inside the usual 0.3–0.6 %) and grinding swarf carrying 12 %; 2 % is lost on the coating line, as 2 % of the NdPr is lost in the furnace (estimates). Everyone reports on time.',
  expect: 'Nothing: the magnets carry terbium their NdPr metal never held because a second input brought it; every element closes within a normal loss.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const oxideGrams = tonnes(0.45);
    const tbOxide = sellOxide(ctx, south, heavy, 'oxide-tb', oxideGrams, r.smelter, '2025-07', '2507-tb');
    const tbMetal = smelt(s.share(tbOxide, oxideGrams), 'MET-2507-TB', 'metal-tb');
    const tbShipped = tonnes(0.35);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-tb', at('2025-07-20'), [{ lot: tbOxide, massGrams: oxideGrams }], [tbMetal], { facility: r.metalPlant, note: 'calcium reduction of TbF3, order of Ningbo Beilun' }),
      s.ship(r.smelter, 'shp-2507-tb', at('2025-07-24'), tbMetal.id, tbShipped, r.magnets, 'MET-2507-TB-S1'),
    ]);
    const tbLot = r.smelter.lot('MET-2507-TB-S1');
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-tb', at('2025-07-25'), tbLot, tbShipped)]);
    const tb = s.lot(tbLot).composition.Tb!;
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2508-GBD');
    const magnetComp = add(magnets.composition!, { Tb: Math.floor(tb * 0.86) });
    const swarfComp = add(swarf.composition!, { Tb: Math.floor(tb * 0.12) });
    w.record(r.magnets, at('2025-09-05', '10:00'), [
      s.process(r.magnets, 'mag-2508-gbd', at('2025-08-12'), [{ lot: june.metalShipment, massGrams: tonnes(20) }, { lot: tbLot, massGrams: tbShipped }], [
        { ...magnets, massGrams: massAtShare(magnetComp, 0.3), composition: magnetComp },
        { ...swarf, massGrams: massAtShare(swarfComp, 0.22), composition: swarfComp },
      ], { facility: r.magnetPlant, note: 'sintering, machining, Tb grain-boundary diffusion, final grinding' }),
    ]);
    return { world: w, find: {} };
  },
});
