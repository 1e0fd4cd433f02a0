// Estimates (not in shared/DOMAIN.md): 95 % recovery from the slag and a leach residue of the slag's own weight are estimates.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { smelterCampaignWithSlag } from '../../lib/round16.ts';
import { industrialLandfill } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-residues-98',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The recycler leaches the smelter\'s electrolysis slag and landfills the slag\'s leach residue as recycling residue',
  does: 'The metal smelter reduces 30 t of NdPr oxide in July 2025 and sells its fluoride electrolysis slag to the Ganzhou recycler on 07-14 (received 07-16). On 07-22 the recycler leaches it: 95 % of the rare earths come out as NdPr oxide, the rest stays in an iron- and fluoride-bearing leach residue of about the slag\'s own weight (an estimate), which it sends on 07-25 to the Baotou industrial landfill licensed for recycling residues; landfilled on 07-28.',
  expect: 'Nothing: a non-radioactive recycling feed leached by a licensed recycler, its leach residue landfilled by a disposer whose licence names it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = honestMonth(ctx, '2025-06');
    const landfill = industrialLandfill(ctx);
    const campaign = smelterCampaignWithSlag(ctx, month.ndprOxide);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      ...campaign.events,
      s.ship(r.smelter, 'shp-2507-slag', at('2025-07-14'), campaign.slag, campaign.slagGrams, r.recycler, undefined, 'drummed electrolysis slag'),
    ]);
    const slag = r.smelter.lot(campaign.slag);
    const held = s.lot(slag).composition;
    const ndpr = pick(scale(held, 0.95), ['Pr', 'Nd']);
    const rest = scale(subtract(held, ndpr), 0.99);
    const residueGrams = campaign.slagGrams;
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-slag', at('2025-07-16'), slag, campaign.slagGrams),
      s.process(r.recycler, 'rec-2507-slag', at('2025-07-22'), [{ lot: slag, massGrams: campaign.slagGrams }], [
        { id: 'RO-2507-SLG-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-SLG-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: rest },
      ], { facility: r.recyclingPlant, note: 'HCl leach of fluoride slag, oxalate precipitation, calcination' }),
      s.ship(r.recycler, 'shp-2507-slgres', at('2025-07-25'), 'RO-2507-SLG-RES', residueGrams, landfill.party),
    ]);
    w.record(landfill.party, at('2025-08-09', '10:00'), [
      s.receive(landfill.party, 'rcv-2507-slgres', at('2025-07-27'), r.recycler.lot('RO-2507-SLG-RES'), residueGrams),
      s.dispose(landfill.party, 'dsp-2507-slgres', at('2025-07-28'), r.recycler.lot('RO-2507-SLG-RES'), residueGrams, 'landfill', landfill.site),
    ]);
    return { world: w, find: {} };
  },
});
