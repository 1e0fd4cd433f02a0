import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-residues-56',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The residue store corrects a placement the next day: the lot went into the new cell 4, not cell 2',
  does: 'The Baotou store\'s disposal licence covers both its cells. It receives the separator\'s 450 t of June water-leach residue on 2025-06-25 and places it on 06-27; its June report of 07-07 books the placement in cell 2 out of habit. The cell log shows the lot went into the new cell 4, opened that week; on 07-08, before the deadline, it files a correction whose replacement is the same placement at cell 4.',
  expect: 'Nothing: a placement corrected within a day, before the deadline, from one licensed cell of the store to another; the residue never leaves licensed storage.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const cell4 = w.facility({ id: 'site-baotou-residue-cell4', party: r.disposer.id, kind: 'disposal-site', nameZh: '包头放射性废渣库四号库区', nameEn: 'Baotou radioactive residue store, cell 4', region: '150206', licence: 'RT-DSP-BD-2024' });
    w.record(r.disposer, at('2025-07-08', '10:00'), [
      s.correct('cor-2506-res', at('2025-07-08', '09:30'), 'dsp-2506-res', 'cell keyed wrong: the lot went into cell 4, opened on 06-24',
        { id: 'cor-2506-res', kind: 'dispose', time: at('2025-06-27'), facility: cell4, lot: june.residue, massGrams: tonnes(450), method: 'radioactive-waste-storage' }),
    ]);
    return { world: w, find: {} };
  },
});
