import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-81',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The residue store\'s licence is renewed on 1 July: June\'s residue received under the old one, placed under the new',
  does: 'The disposer\'s licence for the Baotou residue store ran to 2025-06-30 and was renewed from 07-01 under a new number with the same scope; the registry points the store at the renewed licence. The separator ships its June residue (450 t) on 06-24; the disposer receives it on 06-25 and, with the store\'s cells being re-inspected for the renewal, places it on 07-02. It reports the receipt with June (07-07) and the placement with July (08-07).',
  expect: 'Nothing: the receipt fell under the licence valid in June, the placement under the licence valid in July; the residue spent a week at the licensed store between the two.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const old = w.licences.find((l) => l.party === r.disposer.id)!;
    w.amendLicence(old.id, { validTo: '2025-06-30' });
    const renewed = w.licence({ id: 'RT-DSP-BD-2025R', party: r.disposer.id, activity: 'disposal', validFrom: '2025-07-01', validTo: '2028-06-30', scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue', 'slag-recycling-residue', 'tailings-bayan-obo'] } });
    w.amendFacility(r.disposalSite, { licence: renewed });
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), june.residue, grams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, grams)]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-02'), june.residue, grams, 'radioactive-waste-storage', r.disposalSite)]);
    return { world: w, find: {} };
  },
});
