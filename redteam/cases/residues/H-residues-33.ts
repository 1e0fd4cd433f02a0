// Estimates (not in shared/DOMAIN.md): an acid-insoluble residue of 3 % of the concentrate's weight
// (clay, silica and iron hydroxide carried over from the mine's precipitation) at about 0.5 % REO.
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { clayMonth, guangdong, landfill23, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-residues-33',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Heyuan separator\'s 6 t of acid-insoluble residue at 0.5 % REO go to a licensed industrial landfill',
  does: 'The Heyuan separator dissolves 200 t of Pingyuan light clay concentrate in hydrochloric acid on 2025-07-20 and separates it at 95 % into single oxides. The clay, silica and iron hydroxide that came with the concentrate from the mine\'s precipitation ponds do not dissolve: filtered off, they make 6 t of acid-insoluble residue holding about 30 kg of rare earth oxide, booked as clay leach tailings. The separator ships the cake on 07-23 to the Heyuan industrial landfill, licensed for it, which receives it on 07-24 and landfills it on 07-26. Everyone reports on time.',
  expect: 'Nothing: a small, lean residue of ionic separation, booked with its own content and placed by a licensed landfill within a week.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const gd = guangdong(ctx);
    const landfill = landfill23(ctx, 'r23-hy-landfill', '河源市工业固体废物处置有限公司', 'Heyuan Industrial Solid Waste Disposal Co.', '441600', ['tailings-ionic-leach', 'slag-recycling-residue']);
    const residueGrams = tonnes(6);
    const month = clayMonth(ctx, gd, '2025-07', '2507', 200, 'concentrate-ionic-light', {
      recordSeparator: false,
      extra: (feed) => [{ id: 'SP-2507-RES', product: 'tailings-ionic-leach', massGrams: residueGrams, composition: scale(feed, 0.00016) }],
    });
    w.record(gd.separator, on('2025-08-06'), [
      ...month.separatorEvents,
      s.ship(gd.separator, 'shp-2507-res', at('2025-07-23'), 'SP-2507-RES', residueGrams, landfill.party, undefined, 'covered trucks'),
    ]);
    w.record(landfill.party, on('2025-08-07'), [
      s.receive(landfill.party, 'rcv-2507-res', at('2025-07-24'), gd.separator.lot('SP-2507-RES'), residueGrams),
      s.dispose(landfill.party, 'dsp-2507-res', at('2025-07-26'), gd.separator.lot('SP-2507-RES'), residueGrams, 'landfill', landfill.site),
    ]);
    return { world: w, find: {} };
  },
});
