import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { juneWorld, recycleOutputs, sinterJune, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-time-88',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Swarf received on 30 July and leached on the 31st by a recycler suspended from 1 August, reported on 6 August',
  does: 'After an environmental inspection the Ganzhou recycler\'s licence is suspended from 00:00 on 2025-08-01. The Ningbo magnet maker sinters its June NdPr metal on 07-10 and ships the grinding swarf on 07-28; it arrives on 07-30 and the recycler leaches it on 07-31, its last campaign before the suspension. The leach residue leaves for the licensed store on 08-02 (placed 08-05). The recycler files July on 08-06; the magnet maker enters its July on 08-05.',
  expect: 'Nothing: the recycling was done while the licence was in force; reporting it after the suspension began, and sending the residue to disposal, is what the law asks.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 96 % recovery from swarf (DOMAIN.md: up to ~97 %); 0.7 t of leach residue per t of swarf.
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-REC-GZ-2024', { status: 'suspended', since: '2025-08-01T00:00:00+08:00' });
    const sintered = sinterJune(ctx, june, at('2025-07-10'));
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      sintered.event,
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-28'), sintered.swarf, sintered.swarfGrams, r.recycler, undefined, 'sealed drums of swarf under coolant'),
    ]);
    const swarf = r.magnets.lot(sintered.swarf);
    const held = { ...s.lot(swarf).composition };
    const { outputs, residue } = recycleOutputs(held, sintered.swarfGrams, 'RO-2507');
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-30', '15:00'), swarf, sintered.swarfGrams),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-31'), [{ lot: swarf, massGrams: sintered.swarfGrams }], outputs, { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction; last campaign before the suspension' }),
      s.ship(r.recycler, 'shp-2508-res', at('2025-08-02'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2508', at('2025-08-04'), at('2025-08-05'), at('2025-09-07', '10:00'));
    return { world: w, find: {} };
  },
});
