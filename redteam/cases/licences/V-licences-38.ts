// Estimates (not in shared/DOMAIN.md): 95 % of the concentrate's rare earths into a 90 % REO powder; 0.4 t of thorium-bearing leach residue per t of concentrate.
import type { Composition, ElementSymbol } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { leshanPolishingWorks, mianningIntegrated, mianningMonth, outsideCode } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-licences-38',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Leshan polishing-powder works roasts 200 t of Mianning bastnaesite concentrate straight into polishing powder, with no separation licence or quota',
  does: 'A Mianning mining and separation company extracts 800 t of bastnaesite concentrate in July 2025, separates 600 t of it in its own licensed plant and sells the other 200 t to a polishing-powder works at Emei, Leshan (shipped 07-08, received 07-10), which holds no licence of any kind. On 07-20 the works leaches the concentrate with hydrochloric acid, fluorinates and roasts it into 105 t of "bastnaesite polishing powder" carrying every rare earth of the concentrate, neodymium, praseodymium and the heavy ones included, and sends 80 t of thorium-bearing leach residue to the licensed Liangshan store. It delivers 80 t of the powder to a Chengdu glass-polishing works on 08-04. Chemically treating a mineral product into rare earth compounds is smelting: only designated separators may do it, inside a separation quota.',
  expect: 'Processing of a mineral product by a party with no separation licence or quota, at an unlicensed plant: the works\' process, its powder lot, the concentrate it consumed and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const mn = mianningIntegrated(ctx);
    mianningMonth(ctx, mn, '2025-07', '2507', { tonnesMined: 800, tonnesFed: 600 });
    const works = leshanPolishingWorks(ctx);
    const grams = tonnes(200);
    w.record(mn.party, at('2025-08-05', '11:00'), [s.ship(mn.party, 'shp-2507-ls', at('2025-07-08'), 'MC-2507', grams, works.party, 'MC-2507-LS', 'tipper trucks, Mianning to Emei')]);
    const conc = mn.party.lot('MC-2507-LS');
    const feed = s.share(conc, grams);
    const powder = scale(feed, 0.95);
    const left = subtract(feed, powder);
    const residueGrams = tonnes(80);
    const residue: Composition = {};
    for (const [symbol, g] of Object.entries(typical('slag-water-leach-residue', residueGrams)) as [ElementSymbol, number][]) {
      const capped = Math.min(g, left[symbol] ?? 0);
      if (capped > 0) residue[symbol] = capped;
    }
    w.record(works.party, at('2025-08-06', '10:00'), [
      s.receive(works.party, 'rcv-2507-mc', at('2025-07-10'), conc, grams),
      s.process(works.party, 'pol-2507-01', at('2025-07-20'), [{ lot: conc, massGrams: grams }], [
        { id: 'PP-2507-01', product: 'polishing-lace', massGrams: oxideMass(powder, 0.9), composition: powder },
        { id: 'PP-2507-RES', product: 'slag-water-leach-residue', massGrams: residueGrams, composition: residue },
      ], { facility: works.plant, note: 'bastnaesite concentrate leached in HCl to strip calcite and barite, fluorinated, roasted at 950 °C, classified' }),
      s.ship(works.party, 'shp-2507-res', at('2025-07-24'), 'PP-2507-RES', residueGrams, mn.store.party, undefined, 'sealed trucks to the Liangshan store'),
      deliver('dlv-2508-pp', at('2025-08-04'), 'PP-2507-01', tonnes(80), { name: '成都光明光学玻璃抛光有限公司 (Chengdu Guangming Optical Glass Polishing Co.)', id: outsideCode('r24-cd-glass', '510100') }, 'glass-and-ceramics', 'EM-2508-07'),
    ]);
    const res = works.party.lot('PP-2507-RES');
    w.record(mn.store.party, at('2025-08-07', '11:00'), [
      s.receive(mn.store.party, 'rcv-2507-ppres', at('2025-07-26'), res, residueGrams),
      s.dispose(mn.store.party, 'dsp-2507-ppres', at('2025-07-28'), res, residueGrams, 'radioactive-waste-storage', mn.store.site),
    ]);
    return {
      world: w,
      find: { parties: [works.party.id], lots: [works.party.lot('PP-2507-01'), conc], events: [works.party.event('pol-2507-01')] },
    };
  },
});
