// Estimates (not in shared/DOMAIN.md): Mianning run-of-mine ore at 3 % REO and concentrate at 50 %
// (the catalogue's); recycler leach at 92 % into NdPr oxide and La–Ce oxide; leach residue 0.9 t per t.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, reo, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mianning, on, shangrao, yingtan } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-residues-15',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Mianning concentrator books a sixth of its ore\'s rare earths into "coarse tailings" at 8 % REO and sells them to a Yingtan recycler',
  does: 'A Mianning bastnaesite miner mines 20,000 t of ore (3 % REO) on 2025-07-03 and floats it on 07-15. It books 780 t of concentrate (65 % of the REO, below the 75 % beneficiation floor), 18,000 t of tailings to its dam, and a second "coarse tailings" lot of 1,220 t that holds 102 t REO, 8.4 %: richer than the ore, a rough concentrate in all but name. It sells that lot on 07-22 to a Yingtan recycler as tailings for comprehensive utilisation (received 07-25); recyclers may not buy mineral products, and the REO never counted against the mine\'s quota. The recycler leaches it on 08-05 into NdPr oxide and La–Ce oxide, its residue to the Shangrao landfill. Everyone reports on time.',
  expect: 'Mineral product hidden as tailings and sold to a recycler: the tailings lot, the beneficiation that made it, the recycler\'s leach and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const mn = mianning(ctx);
    const yt = yingtan(ctx);
    const lf = shangrao(ctx);
    const oreGrams = tonnes(20_000);
    const ore = typical('ore-mianning-bastnaesite', oreGrams);
    const conc = scale(ore, 0.65);
    const rich = scale(ore, 0.17);
    const dam = subtract(subtract(ore, conc), rich);
    const concGrams = Math.round(reo(conc) / 0.5);
    const richGrams = tonnes(1_220);
    const damGrams = oreGrams - concGrams - richGrams;
    w.record(mn.party, on('2025-08-05'), [
      s.extract(mn.party, 'ext-2507-01', at('2025-07-03'), mn.mine, { id: 'MN-2507-ORE', product: 'ore-mianning-bastnaesite', massGrams: oreGrams, composition: ore }),
      s.process(mn.party, 'ben-2507-01', at('2025-07-15'), [{ lot: 'MN-2507-ORE', massGrams: oreGrams }], [
        { id: 'MN-2507-CON', product: 'concentrate-mianning', massGrams: concGrams, composition: conc },
        { id: 'MN-2507-TL', product: 'tailings-bastnaesite', massGrams: damGrams, composition: dam },
        { id: 'MN-2507-CT', product: 'tailings-bastnaesite', massGrams: richGrams, composition: rich },
      ], { facility: mn.concentrator, note: 'crushing, gravity and flotation; coarse tailings from the scavenger cells kept apart for sale' }),
      s.dispose(mn.party, 'dsp-2507-tl', at('2025-07-16'), 'MN-2507-TL', damGrams, 'tailings-storage', mn.dam),
      s.ship(mn.party, 'shp-2507-ct', at('2025-07-22'), 'MN-2507-CT', richGrams, yt.party, undefined, 'tailings for comprehensive utilisation, by rail to Yingtan'),
    ]);
    const lot = mn.party.lot('MN-2507-CT');
    const ndpr = scale(pick(rich, ['Pr', 'Nd']), 0.92);
    const lace = scale(pick(rich, ['La', 'Ce']), 0.92);
    const residueGrams = Math.round(richGrams * 0.9);
    const residue = subtract(subtract(rich, ndpr), lace);
    w.record(yt.party, on('2025-08-06'), [s.receive(yt.party, 'rcv-2507-ct', at('2025-07-25'), lot, richGrams)]);
    w.record(yt.party, on('2025-09-05'), [
      s.process(yt.party, 'rec-2508-ct', at('2025-08-05'), [{ lot, massGrams: richGrams }], [
        { id: 'YT-2508-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'YT-2508-LACE', product: 'mixed-oxide-lace', massGrams: oxideMass(lace), composition: lace },
        { id: 'YT-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: yt.plant, note: 'sulphuric acid leach of tailings, double-sulphate precipitation, conversion and extraction' }),
      s.ship(yt.party, 'shp-2508-res', at('2025-08-20'), 'YT-2508-RES', residueGrams, lf.party, undefined, 'covered tippers to Shangrao'),
    ]);
    const res = yt.party.lot('YT-2508-RES');
    w.record(lf.party, on('2025-09-07'), [
      s.receive(lf.party, 'rcv-2508-yt', at('2025-08-21'), res, residueGrams),
      s.dispose(lf.party, 'dsp-2508-yt', at('2025-08-22'), res, residueGrams, 'landfill', lf.site),
    ]);
    return {
      world: w,
      find: { parties: [mn.party.id], lots: [lot], events: [mn.party.event('ben-2507-01'), yt.party.event('rec-2508-ct')] },
    };
  },
});
