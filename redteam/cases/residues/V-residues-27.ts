// Estimates (not in shared/DOMAIN.md): clay ore at 0.1 % REO (the catalogue's); heap leach at 85 %
// into 92 % REO concentrate; a drained heap loses some 4 % of its weight as water (as round24's).
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { anyuan, anyuanTailingsSite, on } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-residues-27',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'An Anyuan heap leach of 40,000 t of clay books 18,000 t of leached clay to the licensed tailings site: the other 20,000 t were bulldozed into the valley',
  does: 'The Anyuan (Ganzhou) clay mine digs 40,000 t of medium-yttrium clay from block 4 in June 2025 and heaps it on a lined pad. On 07-25 it books the heap leach: 37 t of concentrate, 85 % of the rare earths, and 18,000 t of leached clay carrying the other 15 %, which it trucks to the county\'s licensed tailings site on 07-28 (placed on 07-31). The heap weighed 40,000 t dug and loses perhaps 4 % as drained water; the other 20,400 t of ammonium-laden clay were pushed over the edge of the pad into the gully that drains to the Zhen river. The mine reports June on 07-05 and July on 08-05, the site July on 08-07.',
  expect: 'Half of a heap leach\'s tailings missing from the books, none of it at a licensed site: the leach, its tailings lot and the mine.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ay = anyuan(ctx);
    const site = anyuanTailingsSite(ctx);
    const oreGrams = tonnes(40_000);
    w.record(ay.party, on('2025-07-05'), [
      s.extract(ay.party, 'ext-2506-01', at('2025-06-10'), ay.mine, { id: 'AYO-2506-01', product: 'ore-ionic-medium-y-eu', massGrams: oreGrams }, 'block 4, dug by excavator and heaped on the lined pad'),
    ]);
    const ore = { ...s.lot(ay.party.lot('AYO-2506-01')).composition };
    const conc = scale(ore, 0.85);
    const concGrams = Math.ceil(reo(conc) / 0.92);
    const tailingsGrams = tonnes(18_000);
    w.record(ay.party, on('2025-08-05'), [
      s.process(ay.party, 'lch-2507-01', at('2025-07-25'), [{ lot: 'AYO-2506-01', massGrams: oreGrams }], [
        { id: 'AYC-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: concGrams, composition: conc },
        { id: 'AYT-2507-01', product: 'tailings-ionic-leach', massGrams: tailingsGrams, composition: subtract(ore, conc) },
      ], { facility: ay.mine, note: 'heap leach with ammonium sulphate, ammonium bicarbonate precipitation, calcined; heap drained' }),
      s.ship(ay.party, 'shp-2507-tl', at('2025-07-28'), 'AYT-2507-01', tailingsGrams, site.party, undefined, 'dump trucks to the county tailings site'),
    ]);
    const tailings = ay.party.lot('AYT-2507-01');
    w.record(site.party, on('2025-08-07'), [
      s.receive(site.party, 'rcv-2507-ay', at('2025-07-29'), tailings, tailingsGrams),
      s.dispose(site.party, 'dsp-2507-ay', at('2025-07-31'), tailings, tailingsGrams, 'tailings-storage', site.site),
    ]);
    return {
      world: w,
      find: { parties: [ay.party.id], lots: [tailings], events: [ay.party.event('lch-2507-01')] },
    };
  },
});
