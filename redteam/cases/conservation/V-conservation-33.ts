// Estimates (not in shared/DOMAIN.md): the residue of roasting and leaching, 0.45 t a tonne of feed
// (chain.ts); a bastnaesite stockpile takes up a few per cent of water in a wet month at most.
import { defineCase } from '../../lib/case.ts';
import { add, at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { lightCuts, on, roastResidue, sichuan } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-conservation-33',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Leshan separator books 56 t of "rain taken up in the yard" on 800 t of Dechang concentrate and separates it as rare earth',
  does: 'The Dalucao (Dechang) bastnaesite mine ships 800 t of 50 % concentrate to the Leshan separator on 2025-07-07, received on 07-09. In late July the separator buys some 56 t of concentrate for cash from private pits in the Liangshan hills. To bring it into the books it records, on 07-27, a count adjustment of +56 t on the Dechang lot, "stockpile re-weighed after the July rains: 7 % rain taken up in the open yard", written without a composition, so that the record adds rare earths at the lot\'s grade. On 07-29 it roasts and separates all 856 t at 95 % into lanthanum, cerium and NdPr oxides, an Sm–Eu–Gd cut and a heavy cut, some 27 t REO more than the 800 t it received can give, and sends its roasting residue to the licensed Leshan store. Everyone reports July on time.',
  expect: 'Rare earths added to a feed lot by a "moisture" adjustment and separated into oxides: the adjustment, the separation, the feed lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const sc = sichuan(ctx);
    const received = tonnes(800);
    const extra = tonnes(56);
    w.record(sc.miner, on('2025-08-05'), [
      s.extract(sc.miner, 'ext-2507-01', at('2025-07-03'), sc.mine, { id: 'DLC-2507-01', product: 'concentrate-mianning', massGrams: tonnes(900) }),
      s.ship(sc.miner, 'shp-2507-01', at('2025-07-07', '15:00'), 'DLC-2507-01', received, sc.separator, 'DLC-2507-01-S1', 'trucks Dechang–Leshan'),
    ]);
    const feed = sc.miner.lot('DLC-2507-01-S1');
    const held = s.lot(feed).composition;
    // What the ledger adds for a positive adjustment with no composition: rare earths at the lot's grade.
    const added = scale(held, extra / received);
    const inFeed = add(held, added);
    const plan = lightCuts(inFeed, 'LS-2507', 0.95);
    const recovered = scale(inFeed, 0.95);
    const residue = roastResidue('LS-2507-RES', received + extra, subtract(inFeed, recovered));
    w.record(sc.separator, on('2025-08-06'), [
      s.receive(sc.separator, 'rcv-2507-01', at('2025-07-09', '09:00'), feed, received),
      s.adjust(sc.separator, 'adj-2507-01', at('2025-07-27', '17:00'), feed, extra, 'stockpile re-weighed after the July rains: 7 % rain taken up in the open yard'),
      s.process(sc.separator, 'sep-2507-01', at('2025-07-29'), [{ lot: feed, massGrams: received + extra }], [...plan.outputs, residue], {
        facility: sc.plant, note: 'oxidising roast, hydrochloric acid leach, solvent extraction',
      }),
      s.ship(sc.separator, 'shp-2507-res', at('2025-07-31'), residue.id, residue.massGrams, sc.store, undefined, 'sealed residue trucks'),
    ]);
    w.record(sc.store, on('2025-09-05'), [
      s.receive(sc.store, 'rcv-2508-res', at('2025-08-01'), sc.separator.lot(residue.id), residue.massGrams),
      s.dispose(sc.store, 'dsp-2508-res', at('2025-08-03'), sc.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', sc.storeSite),
    ]);
    return {
      world: w,
      find: {
        parties: [sc.separator.id],
        events: [sc.separator.event('adj-2507-01'), sc.separator.event('sep-2507-01')],
        lots: [feed],
      },
    };
  },
});
