// Estimates (not in shared/DOMAIN.md): 96 % cascade recovery (heavy.ts); a solvent-extraction crud and effluent sludge of some 15 t from a 300 t campaign.
import type { Composition } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingImport, changtingSeparator, firm } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-residues-38',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Changting heavy separator books 30 % of its feed\'s dysprosium and terbium in solvent-extraction crud and sends it to a landfill',
  does: 'The Changting (Fujian) heavy separator cuts 300 t of Myanmar high-yttrium feed on 2025-07-08. Every element comes out at 96 %, except dysprosium and terbium at 66 %: the other 30 %, some 5.4 t of dysprosium and 0.8 t of terbium, it books in 15 t of "solvent-extraction crud and effluent sludge" under the code for non-radioactive recycling residue, and sends the lot on 07-12 to a Longyan industrial landfill licensed for such residue, which books it landfilled on 07-14. Crud is a few hundred kilograms of emulsion a campaign, not a third of the most valuable cuts; the landfill\'s cell is a staging yard from which the "sludge" goes by night to a private back-extraction line.',
  expect: 'A residue that carries a third of the feed\'s dysprosium and terbium, sent to landfill: the separation that booked it, the crud lot and its disposal.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ct = changtingSeparator(ctx);
    const lf = firm(ctx, 'r24-ly-landfill', ['disposer'], '龙岩市工业固体废物处置有限公司', 'Longyan Industrial Solid Waste Disposal Co.', '350800');
    const licence = w.licence({ id: 'RT24-DSP-LY-2024', party: lf.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue', 'slag-electrolysis'] } });
    const site = w.facility({ id: 'site-r24-ly-landfill', party: lf.id, kind: 'disposal-site', nameZh: '龙岩工业固废填埋场', nameEn: 'Longyan industrial landfill', region: '350800', licence });
    const crudGrams = tonnes(15);
    changtingImport(ctx, ct, {
      tag: '2507', tonnes: 300, importAt: at('2025-07-02'), separateAt: at('2025-07-08'), recordedAt: at('2025-08-06', '10:00'),
      recovered: (feed: Composition) => {
        const out = scale(feed, 0.96);
        out.Dy = Math.floor((feed.Dy ?? 0) * 0.66);
        out.Tb = Math.floor((feed.Tb ?? 0) * 0.66);
        return out;
      },
      extra: (feed: Composition) => [{ id: 'CT-2507-CRUD', product: 'slag-recycling-residue', massGrams: crudGrams, composition: { Dy: Math.floor((feed.Dy ?? 0) * 0.3), Tb: Math.floor((feed.Tb ?? 0) * 0.3) } }],
    });
    const crud = ct.party.lot('CT-2507-CRUD');
    w.record(ct.party, at('2025-08-06', '11:00'), [s.ship(ct.party, 'shp-2507-crud', at('2025-07-12'), 'CT-2507-CRUD', crudGrams, lf, undefined, 'drummed crud and filter-press sludge')]);
    w.record(lf, at('2025-08-07', '10:00'), [
      s.receive(lf, 'rcv-2507-crud', at('2025-07-13'), crud, crudGrams),
      s.dispose(lf, 'dsp-2507-crud', at('2025-07-14'), crud, crudGrams, 'landfill', site),
    ]);
    return {
      world: w,
      find: { lots: [crud], events: [ct.party.event('sep-2507'), lf.event('dsp-2507-crud'), ct.party.event('shp-2507-crud')] },
    };
  },
});
