// Estimates (not in shared/DOMAIN.md): 8.6 % rare earths in NiMH packs is the catalogue's estimate; 90 t of residue is an estimate.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-98',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Spent NiMH batteries that yield two and a half times the rare earths they held',
  does: 'On 2025-07-07 the Ganzhou recycler collects 300 t of "spent NiMH battery modules" (about 26 t of rare earths at their 8.6 %) from a scrap dealer. On 07-18 it books their leaching into 61 t of La–Ce oxide and 14 t of NdPr oxide: 2.4 times the rare earths the batteries carried. The difference is mixed rare earth carbonate from a private Sichuan mine, dissolved into the same leach tanks and sold on as "recycled" oxide, which needs no mining or separation quota.',
  expect: 'A recycling campaign whose oxides hold far more of every element than its feed; the campaign, its oxide lots and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(300);
    const collect = s.collect(r.recycler, 'col-2507-nimh', at('2025-07-07'), { id: 'NM-2507-01', product: 'eol-nimh-battery', massGrams: grams, composition: typical('eol-nimh-battery', grams) }, { name: '广东清远旧电池回收站（个体）' }, r.recyclingPlant);
    const booked = scale(s.lot(r.recycler.lot('NM-2507-01')).composition, 2.4);
    const lace = pick(booked, ['La', 'Ce']);
    const ndpr = pick(booked, ['Pr', 'Nd']);
    const residueGrams = tonnes(90);
    const residue = typical('slag-recycling-residue', residueGrams);
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-nimh', at('2025-07-18'), [{ lot: 'NM-2507-01', massGrams: grams }], [
        { id: 'RO-2507-NM-LACE', product: 'mixed-oxide-lace', massGrams: oxideMass(lace), composition: lace },
        { id: 'RO-2507-NM-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-NM-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: r.recyclingPlant, note: 'shredding, sulphuric leach, double-sulphate precipitation, conversion to oxide' }),
      s.ship(r.recycler, 'shp-2507-nmres', at('2025-07-22'), 'RO-2507-NM-RES', residueGrams, r.disposer),
    ]);
    const residueLot = r.recycler.lot('RO-2507-NM-RES');
    w.record(r.disposer, at('2025-08-08', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-nmres', at('2025-07-23'), residueLot, residueGrams),
      s.dispose(r.disposer, 'dsp-2507-nmres', at('2025-07-24'), residueLot, residueGrams, 'landfill', r.disposalSite),
    ]);
    return {
      world: w,
      find: { events: [r.recycler.event('rec-2507-nimh')], lots: [r.recycler.lot('RO-2507-NM-LACE'), r.recycler.lot('RO-2507-NM-NDPR')], parties: [r.recycler.id] },
    };
  },
});
