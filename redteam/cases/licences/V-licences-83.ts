// Estimates (not in DOMAIN.md): the short-loop split of magnets.ts (78 % into magnets, 20 % swarf); 5 t metal additive.
import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-83',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Ningbo magnet works buys 40 t of end-of-life motor magnets and re-sinters them into new magnets, with no recycling licence',
  does: 'The Ningbo magnet maker collects 40 t of NdFeB magnets stripped from scrapped compressor and EV motors from a Taizhou dismantler on 2025-07-08 and runs them through its own line on 07-18: hydrogen decrepitation, jet milling with 5 t of its June NdPr metal as a rare-earth-rich additive, pressing and sintering, into new sintered magnets and grinding swarf. It holds no recycling (comprehensive utilisation) licence; the regulations reserve the reprocessing of rare earth scrap to designated recyclers. July is reported on 08-08.',
  expect: 'Comprehensive utilisation of post-consumer rare earth scrap by an unlicensed party: the collection, the re-sintering campaign and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const scrapGrams = tonnes(40);
    const metalGrams = tonnes(5);
    const collect = s.collect(r.magnets, 'col-2507-eol', at('2025-07-08'), { id: 'EOL-2507-01', product: 'eol-ndfeb-magnets', massGrams: scrapGrams }, { name: '台州路桥报废电机拆解有限公司 (Taizhou Luqiao Scrap Motor Dismantling Co.)' }, r.magnetPlant);
    const feed = add(s.lot(r.magnets.lot('EOL-2507-01')).composition, s.share(june.metalShipment, metalGrams));
    const { magnets, swarf } = sinter(feed, '2507-rs');
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      collect,
      s.process(r.magnets, 'mag-2507-rs', at('2025-07-18'), [{ lot: 'EOL-2507-01', massGrams: scrapGrams }, { lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'short-loop: hydrogen decrepitation of recovered magnets, jet milling with NdPr metal additive, pressing and sintering' }),
    ]);
    return { world: w, find: { events: [r.magnets.event('col-2507-eol'), r.magnets.event('mag-2507-rs')], lots: [r.magnets.lot('EOL-2507-01')], parties: [r.magnets.id] } };
  },
});
