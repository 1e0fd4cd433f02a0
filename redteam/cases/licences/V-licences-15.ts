// Estimates (not in shared/DOMAIN.md): monazite concentrate at 60 % REO (the catalogue's); caustic
// cracking and solvent extraction at 95 %; caustic-crack residue 0.3 t per t of concentrate.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, weishan } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-licences-15',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Weishan separator licensed for bastnaesite feed cracks 200 t of Nigerian monazite',
  does: 'A Weishan (Shandong) separator of the southern group holds a separation licence scoped to bastnaesite concentrate and light mixed carbonate and chloride: its plant has no caustic cracking line approved for thorium-bearing feed, and its radiation permit covers bastnaesite only. Cheap Nigerian monazite from tin and columbite tailings tempts it: it imports 200 t of monazite concentrate (60 % REO) on 2025-07-02, cracks it with caustic soda on 07-12 in a leaching tank it re-purposed, and separates it. The thorium-bearing residue goes to the Baotou radioactive residue store on 07-22 (received 07-25, placed 07-27). It reports July on 08-06.',
  expect: 'Separation of a feed outside the licence\'s scope: the campaign, the monazite lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const ws = weishan(ctx);
    const feedGrams = tonnes(200);
    const imp = s.import(ws.party, 'imp-2507-mz', at('2025-07-02'), { id: 'WS-2507-MZ', product: 'concentrate-monazite', massGrams: feedGrams }, 'NG', '420120251000266018');
    const plan = separate(s.lot(ws.party.lot('WS-2507-MZ')).composition, 'WS-2507', { residue: { product: 'slag-monazite-residue', massGrams: tonnes(60) } });
    const residue = plan.residue!;
    w.record(ws.party, on('2025-08-06'), [
      imp,
      s.process(ws.party, 'sep-2507-mz', at('2025-07-12'), [{ lot: 'WS-2507-MZ', massGrams: feedGrams }], plan.outputs, { facility: ws.plant, note: 'caustic soda cracking at 140 °C, HCl dissolution, P507 extraction' }),
      s.ship(ws.party, 'shp-2507-res', at('2025-07-22'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue containers by rail to Baotou'),
    ]);
    receiveAndDispose(ctx, '2025-07', ws.party.lot(residue.id), residue.massGrams, 'r27-ws');
    return {
      world: w,
      find: { parties: [ws.party.id], lots: [ws.party.lot('WS-2507-MZ')], events: [ws.party.event('sep-2507-mz')] },
    };
  },
});
