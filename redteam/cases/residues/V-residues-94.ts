import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { smelterCampaignWithSlag } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-residues-94',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Electrolysis slag at 33 % NdPr sold to a Beijing trading company, which books it "landfilled" a week later',
  does: 'The Baotou smelter reduces 30 t of NdPr oxide on 2025-07-10 and books its cell slag, about 1.9 t holding a third of its weight in Pr and Nd. On 07-15 it sells the slag to the Beijing trading company (received 07-16), which has no recycling or disposal licence and no site. On 07-23 the trader books the whole lot disposed of by "landfill", naming no site. Slag that rich is worth leaching (about 600 kg of NdPr, an estimate of over ¥300,000); it goes to a back-yard leach shop off the books.',
  expect: 'A rich residue "disposed of" by a party licensed neither to recycle nor to dispose, at no site: the disposal, the slag lot and the trader.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 95 % to metal, 2.5 % to slag (round16.ts); the slag's NdPr worth over ¥300,000.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const c = smelterCampaignWithSlag(ctx, june.ndprOxide);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      ...c.events,
      s.ship(r.smelter, 'shp-2507-slag', at('2025-07-15'), c.slag, c.slagGrams, r.trader, undefined, 'eight steel drums'),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-20'), c.metal, 20_000_000, r.magnets, `${c.metal}-S1`),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-21'), r.smelter.lot(`${c.metal}-S1`), 20_000_000)]);
    const slag = r.smelter.lot(c.slag);
    w.record(r.trader, at('2025-08-08', '11:00'), [
      s.receive(r.trader, 'rcv-2507-slag', at('2025-07-16'), slag, c.slagGrams),
      s.dispose(r.trader, 'dsp-2507-slag', at('2025-07-23'), slag, c.slagGrams, 'landfill'),
    ]);
    return {
      world: w,
      find: { events: [r.trader.event('dsp-2507-slag')], lots: [slag], parties: [r.trader.id] },
    };
  },
});
