// Estimates (not in shared/DOMAIN.md): scandium oxide at 99 % Sc2O3 (the catalogue's grade), reduced
// to metal at 95 %.
import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence, hefei, on, sale, yichun } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-licences-13',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Hefei house ships scandium metal to the United States under a dual-use licence granted for scandium oxide',
  does: 'A Yichun (Jiangxi) rare metals works imports 1.2 t of scandium oxide from a Philippine nickel HPAL plant on 2025-06-10 and reduces it to 0.74 t of scandium metal on 06-20. A Hefei trading and export house, holding a MOFCOM dual-use export licence for up to 2 t of scandium oxide (valid 2025-05-01 to 2026-04-30, for oxide only), buys 0.6 t of the metal (shipped 07-02, received 07-04) and on 07-15 exports 0.5 t of it to an aerospace aluminium alloy maker in the United States, declaring the oxide licence. Metal was never applied for: a metal licence to that end user would not have been granted. Everyone reports on time.',
  expect: 'An export of a controlled metal under a licence whose scope is the oxide: the export, the metal lot and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const yc = yichun(ctx);
    const hf = hefei(ctx);
    const licence = exportLicence(ctx, hf, 'RT27-EXP-HF-SC', '2025-05-01', '2026-04-30', 2, ['oxide-sc'], ['Sc']);
    const oxideGrams = tonnes(1.2);
    const imp = s.import(yc.party, 'imp-2506-sc', at('2025-06-10'), { id: 'YC-2506-SCO', product: 'oxide-sc', massGrams: oxideGrams }, 'PH', '360120251000084127');
    const sc = scale(s.lot(yc.party.lot('YC-2506-SCO')).composition, 0.95);
    w.record(yc.party, on('2025-07-06'), [
      imp,
      s.process(yc.party, 'met-2506-sc', at('2025-06-20'), [{ lot: 'YC-2506-SCO', massGrams: oxideGrams }], [{ id: 'YC-2506-SC', product: 'metal-sc', massGrams: metalMass(sc), composition: sc }], { facility: yc.plant, note: 'ScF3 by HF, calcium reduction, vacuum distillation' }),
    ]);
    const metal = sale(ctx, yc.party, hf, { lot: yc.party.lot('YC-2506-SC'), grams: tonnes(0.6), tag: 'r27-sc', shipAt: at('2025-07-02'), receiveAt: at('2025-07-04'), sellerAt: on('2025-08-06'), buyerAt: on('2025-08-07'),
      buyerAfter: [] });
    w.record(hf, on('2025-08-07', '11:00'), [
      s.export(hf, 'exp-2507-sc', at('2025-07-15'), metal, tonnes(0.5), 'US', { licence, customsDeclaration: '220220251000391552', note: 'scandium metal lumps, 99.9 %' }),
    ]);
    return {
      world: w,
      find: { parties: [hf.id], lots: [metal], events: [hf.event('exp-2507-sc')] },
    };
  },
});
