import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { smelterCampaignWithSlag } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-residues-94',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Electrolysis slag sold through a Beijing trading company, which holds it four days and passes it whole to the licensed recycler',
  does: 'The Baotou smelter reduces 30 t of NdPr oxide on 2025-07-10 and books about 1.9 t of cell slag at a third Pr and Nd. The Beijing trading company, which brokers slag for several smelters, buys it on 07-15 (received 07-16) and sells it on whole to the Ganzhou recycler (shipped 07-20, received 07-22), which leaches it on 07-28 into NdPr oxide at 95 % and ships the leach residue to the licensed disposer (07-29, received and landfilled 07-30 and 07-31).',
  expect: 'Nothing: the slag passes through a trader without being processed and is leached by a licensed recycler; its residue reaches licensed disposal.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 95 % to metal, 2.5 % to slag (round16.ts); 95 % leach recovery; 1.5 t of leach residue.
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
      s.ship(r.trader, 'shp-2507-slag', at('2025-07-20'), slag, c.slagGrams, r.recycler, undefined, 'the same eight drums, unopened'),
    ]);
    const held = s.lot(slag).composition;
    const ndpr = scale(held, 0.95);
    const residueGrams = tonnes(1.5);
    const residueComp = typical('slag-recycling-residue', residueGrams);
    w.record(r.recycler, at('2025-08-08', '14:00'), [
      s.receive(r.recycler, 'rcv-2507-slag', at('2025-07-22'), slag, c.slagGrams),
      s.process(r.recycler, 'rec-2507-slag', at('2025-07-28'), [{ lot: slag, massGrams: c.slagGrams }], [
        { id: 'RS-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RS-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residueComp },
      ], { facility: r.recyclingPlant, note: 'electrolysis slag: sulphuric acid leach, double-sulphate precipitation, calcining' }),
      s.ship(r.recycler, 'shp-2507-sres', at('2025-07-29'), 'RS-2507-RES', residueGrams, r.disposer),
    ]);
    w.record(r.disposer, at('2025-08-08', '16:00'), [
      s.receive(r.disposer, 'rcv-2507-sres', at('2025-07-30'), r.recycler.lot('RS-2507-RES'), residueGrams),
      s.dispose(r.disposer, 'dsp-2507-sres', at('2025-07-31'), r.recycler.lot('RS-2507-RES'), residueGrams, 'landfill', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
