import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-40',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Freshly cast SmCo5 alloy exported as "SmCo scrap"',
  does: 'Samarium oxides, metals, alloys and SmCo magnets need a dual-use licence to leave China since 2025-04-04; SmCo scrap is not on the list. The Baotou metal smelter buys 2 t of samarium oxide from the Longnan separator in July 2025, reduces it with lanthanum on 07-20 into 1.64 t of samarium metal and on 07-24 melts it with cobalt into 4.7 t of SmCo5 master alloy, 34 % Sm, which it books as "SmCo scrap: alloy-line dross and off-cuts". It sells the "scrap" to the Shanghai trading house on 07-28, which exports it to Germany on 08-06 as cobalt waste and scrap, with no licence. No magnet was ever made: the scrap comes straight out of a melt of fresh metal.',
  expect: 'A product whose identity is not its label: "scrap" made in one melt from fresh samarium metal, at a fresh alloy\'s grade, exported to evade the samarium control; the melt, the scrap lot, the export and the parties to it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxideGrams = tonnes(2);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-sm', oxideGrams, r.smelter, '2025-07', '2507-sm');
    const sm = scale(s.lot(oxide).composition, 0.95);
    const metal = { id: 'SM-2507-01', product: 'metal-sm', massGrams: metalMass(sm), composition: sm };
    const alloySm = scale(sm, 0.985);
    const scrap = { id: 'SMCO-2507-01', product: 'scrap-smco', massGrams: massAtShare(alloySm, 0.34), composition: alloySm };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'red-2507-sm', at('2025-07-20'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'lanthanothermic reduction and distillation of Sm' }),
      s.process(r.smelter, 'mlt-2507-smco', at('2025-07-24'), [{ lot: metal.id, massGrams: metal.massGrams }], [scrap], { facility: r.metalPlant, note: 'SmCo alloy line: dross and off-cuts, sold as scrap' }),
      s.ship(r.smelter, 'shp-2507-smco', at('2025-07-28'), scrap.id, scrap.massGrams, r.exporter),
    ]);
    const lot = r.smelter.lot(scrap.id);
    w.record(r.exporter, at('2025-08-08', '11:00'), [s.receive(r.exporter, 'rcv-2507-smco', at('2025-07-29'), lot, scrap.massGrams)]);
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-smco', at('2025-08-06'), lot, scrap.massGrams, 'DE', { customsDeclaration: '220120250800063318' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.smelter.event('mlt-2507-smco'), r.exporter.event('exp-2508-smco')],
        lots: [lot],
        parties: [r.smelter.id, r.exporter.id],
      },
    };
  },
});
