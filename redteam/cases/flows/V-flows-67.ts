import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, oxideMass, pick, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-67',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'New magnets exported to Vietnam for the export tax rebate come back within two weeks as "end-of-life magnets" for the recycler',
  does: 'The Ningbo magnet maker, registered also as an exporter, sinters its June NdPr metal into magnets on 2025-07-05 and exports 10 t of them to a Hai Phong trading company on 07-15, claiming the export VAT rebate. On 07-29 the Ganzhou recycler, registered also as an importer, imports 10 t of "NdFeB magnets recovered from end-of-life products" from the same Hai Phong company, with exactly the composition of the exported magnets (no dysprosium or terbium, Pr:Nd 25:75, as the new magnets), and on 08-05 leaches them into NdPr oxide sold as recycled. The magnets never left their crates. Everyone reports on time.',
  expect: 'An export and a re-import of the same goods, renamed from new magnets to end-of-life scrap: the import, its lot and the export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter'] });
    w.amendParty(r.recycler, { roles: ['recycler', 'importer'] });
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = tonnes(20);
    const { magnets, swarf } = sinter(s.share(june.metalShipment, metalGrams), '2507');
    const exported = tonnes(10);
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.process(r.magnets, 'snt-2507-01', at('2025-07-05'), [{ lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering' }),
      s.export(r.magnets, 'exp-2507-mg', at('2025-07-15'), magnets.id, exported, 'VN', { customsDeclaration: '310420250700066104', note: 'sintered NdFeB magnets N42, export VAT rebate claimed' }),
    ]);
    const comp = { ...s.share(r.magnets.lot(magnets.id), exported) };
    const eol = { id: 'EOLV-2507-01', product: 'eol-ndfeb-magnets', massGrams: exported, composition: comp };
    const importEvent = s.import(r.recycler, 'imp-2507-eol', at('2025-07-29'), eol, 'VN', '400120250700070025');
    const feed = s.lot(r.recycler.lot(eol.id)).composition;
    const oxide = pick(scale(feed, 0.97), ['Pr', 'Nd']);
    const resGrams = tonnes(7);
    const leach = s.process(r.recycler, 'lch-2508-01', at('2025-08-05'), [{ lot: eol.id, massGrams: exported }], [
      { id: 'ROX-2508-01', product: 'oxide-ndpr', massGrams: oxideMass(oxide), composition: oxide },
      { id: 'RRES-2508-01', product: 'slag-recycling-residue', massGrams: resGrams, composition: subtract(feed, oxide) },
    ], { facility: r.recyclingPlant, note: 'demagnetising, crushing, HCl leach, solvent extraction, oxalate, calcination' });
    w.record(r.recycler, at('2025-08-06', '10:00'), [importEvent]);
    w.record(r.recycler, at('2025-09-06', '10:00'), [leach, s.ship(r.recycler, 'shp-2508-res', at('2025-08-20'), 'RRES-2508-01', resGrams, r.disposer, undefined, 'covered trucks')]);
    receiveAndDispose(ctx, '2025-08', r.recycler.lot('RRES-2508-01'), resGrams, '2508-rec');
    return { world: w, find: { events: [r.recycler.event('imp-2507-eol'), r.magnets.event('exp-2507-mg')], lots: [r.recycler.lot(eol.id)] } };
  },
});
