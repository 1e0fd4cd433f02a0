// Estimates (not in shared/DOMAIN.md): 0.4 t of thorium-bearing residue per t of bastnaesite concentrate roasted and leached; 95 % separation recovery.
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mianningIntegrated, mianningMonth } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-residues-37',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Mianning mining and separation company places its roasting residue in its own residue store, licensed in its own name',
  does: 'A Liangshan (Sichuan) company that mines bastnaesite and separates it at Xichang also holds, in its own name, a disposal licence for the lined residue store beside its mine, for thorium-bearing leach residue. In July 2025 it separates 700 t of its concentrate (07-15) and on 07-22 places the 280 t of residue in its own store, recording the placement itself; no shipment is needed, since the residue never changes hands. It reports July on 08-05.',
  expect: 'Nothing: the residue reaches licensed storage; that the store and the separator are one licensed company is allowed.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const mn = mianningIntegrated(ctx);
    w.amendParty(mn.party, { roles: ['miner', 'separator', 'disposer'] });
    const licence = w.licence({ id: 'RT24-DSP-MN-2024', party: mn.party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-water-leach-residue'] } });
    const site = w.facility({ id: 'site-r24-muluo-store', party: mn.party.id, kind: 'disposal-site', nameZh: '木洛放射性废渣库', nameEn: 'Muluo radioactive residue store', region: '513433', licence });
    mianningMonth(ctx, mn, '2025-07', '2507', { residueTo: 'own', ownSite: site });
    return { world: w, find: {} };
  },
});
