import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-48',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A recycler stores five months of leach residue at its plant and sends it in one lot to the licensed store in December',
  does: 'The Ganzhou recycler leaches 80 t of NdFeB swarf on 2025-07-16 at 96 % recovery (DOMAIN.md: up to ~97 %), leaving 52 t of iron-rich residue (an estimate) holding the last 4 % of the rare earths. The residue is not radioactive; the recycler keeps it in its lined residue bay and, when it has a full convoy, sends it on 2025-12-02 to the licensed Baotou store, whose licence covers recycling residue; the store receives it on 12-05 and stores it on 12-08.',
  expect: 'Nothing: a non-radioactive residue held at the plant, then delivered whole to a licensed store whose scope covers it; every month filed on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const swarf = typical('scrap-ndfeb-swarf', tonnes(80));
    const recovered = scale(swarf, 0.96);
    const left = subtract(swarf, recovered);
    const hre = pick(recovered, ['Tb', 'Dy']);
    const ndpr = subtract(recovered, hre);
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      s.collect(r.recycler, 'col-2507-sw', at('2025-07-10'), { id: 'GZ-2507-SW', product: 'scrap-ndfeb-swarf', massGrams: tonnes(80), composition: swarf }, { name: 'Ningbo Beilun Magnetics Co.', id: r.magnets.id }, r.recyclingPlant),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-16'), [{ lot: 'GZ-2507-SW', massGrams: tonnes(80) }], [
        { id: 'GZ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'GZ-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(hre, 0.95), composition: hre },
        { id: 'GZ-2507-RES', product: 'slag-recycling-residue', massGrams: tonnes(52), composition: left },
      ], { facility: r.recyclingPlant, note: 'HCl leach, oxalate precipitation' }),
    ]);
    w.record(r.recycler, at('2026-01-07', '10:00'), [
      s.ship(r.recycler, 'shp-2512-res', at('2025-12-02'), 'GZ-2507-RES', tonnes(52), r.disposer, undefined, 'covered trucks, Ganzhou–Baotou'),
    ]);
    w.record(r.disposer, at('2026-01-07', '11:00'), [
      s.receive(r.disposer, 'rcv-2512-gzres', at('2025-12-05'), r.recycler.lot('GZ-2507-RES'), tonnes(52)),
      s.dispose(r.disposer, 'dsp-2512-gzres', at('2025-12-08'), r.recycler.lot('GZ-2507-RES'), tonnes(52), 'landfill', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
