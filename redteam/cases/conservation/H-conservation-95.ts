import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mischmetalForFerrosilicon, outsideCode } from '../../lib/round16.ts';

const RECOVERY = 0.975;

export default defineCase({
  id: 'H-conservation-95',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A ferrosilicon melt that loses 2.5 % of its mischmetal to oxidation and the flux, booked as a loss in the process note',
  does: 'A Baotou rare earth ferrosilicon works receives 18 t of La–Ce mischmetal from the metal smelter on 2025-07-13 and melts it with ferrosilicon on 07-20. The alloy, at 23 % rare earths, holds 97.5 % of the mischmetal\'s lanthanum and cerium; the rest oxidises into the flux cover and the furnace lining, which are not worth recovering (2.5 % is an estimate of an induction furnace\'s loss). 40 t of the alloy go to the Baotou steelworks on 07-28.',
  expect: 'Nothing: the rare earths balance within an ordinary melting loss; the steelworks is a final user of an alloy, not of a mineral or a residue.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): a 2.5 % melting loss to oxidation and the flux cover.
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const m = mischmetalForFerrosilicon(ctx);
    const composition = scale(s.share(m.mischLot, m.mischGrams), RECOVERY);
    // The catalogue's RE ferrosilicon holds 23 % lanthanum and cerium (and a little Pr and Nd from other mischmetals).
    const alloyGrams = Math.ceil(totalGrams(composition) / 0.23);
    const delivered = tonnes(40);
    w.record(m.works, at('2025-08-08', '10:00'), [
      m.receipt,
      s.process(m.works, 'fs-2507-01', at('2025-07-20'), [{ lot: m.mischLot, massGrams: m.mischGrams }], [{ id: 'RSF-2507-01', product: 'alloy-re-si-fe', massGrams: alloyGrams, composition }], { facility: m.plant, note: 'induction melting with 75 % ferrosilicon under a flux cover; about 2.5 % of the rare earths oxidised into the flux and lining (estimate)' }),
      { id: 'dlv-2507-01', kind: 'deliver', time: at('2025-07-28'), lot: 'RSF-2507-01', massGrams: delivered, customer: { name: '包头钢铁（集团）有限责任公司', id: outsideCode('baotou-steel', '150200') }, sector: 'metallurgy', contract: 'BG-2025-RE-117' },
    ]);
    return { world: w, find: {} };
  },
});
