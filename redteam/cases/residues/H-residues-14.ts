// Estimates (not in shared/DOMAIN.md): swarf at the catalogue's 23.6 % rare earths; 95 % recovered
// (DOMAIN.md: up to ~97 % from swarf); leach residue (iron hydroxide cake) 0.9 t per t of swarf.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { fuzhouKiln, on, outsideCode, yingtan } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-residues-14',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Yingtan recycler\'s iron-rich swarf leach residue co-processed in a licensed Fuzhou cement kiln',
  does: 'A Yingtan (Jiangxi) recycler collects 80 t of NdFeB grinding swarf from a Tianjin magnet workshop on 2025-07-03 and leaches it on 07-12 into NdPr oxide and a dysprosium–terbium enriched oxide. Its 72 t of iron hydroxide leach residue, not radioactive, goes on 07-20 to a Fuzhou (Jiangxi) cement works whose kiln holds a licence to co-process this residue as an iron corrective in the raw meal (received 07-21, fed to the kiln 07-23). Both report July on time.',
  expect: 'Nothing: a non-radioactive residue used in building materials by a disposer licensed for exactly that residue.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const yt = yingtan(ctx);
    const kiln = fuzhouKiln(ctx);
    const grams = tonnes(80);
    const swarf = typical('scrap-ndfeb-swarf', grams);
    const collect = s.collect(yt.party, 'col-2507-sw', at('2025-07-03'), { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: grams, composition: swarf },
      { name: '天津西青磁材加工厂 (Tianjin Xiqing Magnet Machining Works)', id: outsideCode('r27-tj-workshop', '120000') }, yt.plant);
    const ndpr = scale(pick(swarf, ['Pr', 'Nd']), 0.95);
    const heavy = scale(pick(swarf, ['Dy', 'Tb']), 0.95);
    const residueGrams = tonnes(72);
    const residue = subtract(subtract(swarf, ndpr), heavy);
    w.record(yt.party, on('2025-08-05'), [
      collect,
      s.process(yt.party, 'rec-2507-sw', at('2025-07-12'), [{ lot: 'SW-2507-01', massGrams: grams }], [
        { id: 'YT-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'YT-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        { id: 'YT-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: yt.plant, note: 'oxidising roast, HCl leach, iron removal as hydroxide, solvent extraction' }),
      s.ship(yt.party, 'shp-2507-res', at('2025-07-20'), 'YT-2507-RES', residueGrams, kiln.party, undefined, 'covered trucks to the Fuzhou cement works'),
    ]);
    const res = yt.party.lot('YT-2507-RES');
    w.record(kiln.party, on('2025-08-07'), [
      s.receive(kiln.party, 'rcv-2507-yt', at('2025-07-21'), res, residueGrams),
      s.dispose(kiln.party, 'dsp-2507-yt', at('2025-07-23'), res, residueGrams, 'other', kiln.site),
    ]);
    return { world: w, find: {} };
  },
});
