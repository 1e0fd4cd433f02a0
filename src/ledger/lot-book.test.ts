// LotBook on its own: the copy-on-write staging of one event (kept by the book and emptied for each
// event), the shared compositions, and the checks a process's outputs get once each.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LotState } from '../store/index.ts';
import type { LedgerEvent } from './document-schema.ts';
import { EventRefused, LotBook, type RegistryView } from './lot-book.ts';

const SEPARATOR = '91150200MA0SEPAR00X';
const TIME = '2024-03-01T08:00:00+08:00';

function registry(): RegistryView {
  return { recorder: SEPARATOR, facilityKind: () => 'plant', partyStatus: () => 'active', partyRoles: () => [] };
}

function concentrate(id: string, massGrams = 1_000_000): LotState {
  return {
    id: `${SEPARATOR}:${id}`, holderId: SEPARATOR, product: 'concentrate-bayan-obo', massGrams, massGramsRemaining: massGrams,
    elements: { La: 120_000, Ce: 250_000, Nd: 80_000 }, status: 'active', destinationId: null, previousHolderId: null,
    createdSeq: 0, updatedSeq: 0, origin: { 'mine:M1': { La: 60_000, Ce: 125_000, Nd: 40_000 }, 'mine:M2': { La: 60_000, Ce: 125_000, Nd: 40_000 } }, custody: 'mass-balance',
  };
}

function separation(id: string, outputIds: string[], input = 'C1'): LedgerEvent {
  return {
    id, kind: 'process', time: TIME, facility: 'P1',
    inputs: [{ lot: input, massGrams: 500_000 }],
    outputs: outputIds.map((output) => ({ id: output, product: 'oxide-ndpr', massGrams: 40_000, composition: { Nd: 30_000, Pr: 0 } })),
  };
}

function refusal(book: LotBook, event: LedgerEvent, seq: number): EventRefused {
  try {
    book.apply(event, seq);
  } catch (error) {
    if (error instanceof EventRefused) return error;
    throw error;
  }
  assert.fail(`event ${event.id} was applied`);
}

test('two outputs of one event may not share an id, and the refused event changes nothing', () => {
  const book = new LotBook([concentrate('C1')], registry());
  const error = refusal(book, separation('p1', ['OX-1', 'OX-1']), 1);
  assert.equal(error.field, 'outputs[1].id');
  assert.match(error.reason, /already exists/);
  assert.deepEqual(book.changedLots(), []);
  // The next event starts from the book as it was: the input whole, no output made.
  book.apply(separation('p2', ['OX-1', 'OX-2']), 2);
  const changed = new Map(book.changedLots().map((lot) => [lot.id, lot]));
  assert.deepEqual([...changed.keys()], [`${SEPARATOR}:C1`, `${SEPARATOR}:OX-1`, `${SEPARATOR}:OX-2`]);
  assert.equal(changed.get(`${SEPARATOR}:C1`)!.massGramsRemaining, 500_000);
  assert.equal(changed.get(`${SEPARATOR}:C1`)!.updatedSeq, 2);
});

test('an output may not take an input\'s id; a lot is staged once however often the event edits it', () => {
  const book = new LotBook([concentrate('C1'), concentrate('C2')], registry());
  assert.match(refusal(book, separation('p1', ['C1']), 1).reason, /already exists/);
  const twice: LedgerEvent = {
    id: 'p2', kind: 'process', time: TIME, facility: 'P1',
    inputs: [{ lot: 'C2', massGrams: 100_000 }, { lot: 'C2', massGrams: 100_000 }],
    outputs: [{ id: 'OX-3', product: 'oxide-ndpr', massGrams: 10_000, composition: { Nd: 9_000 } }],
  };
  const flows = book.apply(twice, 2);
  assert.deepEqual(flows.map((flow) => [flow.lotId, flow.direction, flow.massGrams]), [
    [`${SEPARATOR}:C2`, -1, 100_000], [`${SEPARATOR}:C2`, -1, 100_000], [`${SEPARATOR}:OX-3`, 1, 10_000],
  ]);
  const c2 = book.changedLots().find((lot) => lot.id === `${SEPARATOR}:C2`)!;
  assert.equal(c2.massGramsRemaining, 800_000);
  assert.equal(book.changedLots().length, 2);
});

test('a lot\'s composition is normalized, and its single-source attribution accounts for it exactly', () => {
  const book = new LotBook([], registry());
  book.apply({ id: 'x1', kind: 'import', time: TIME, originCountry: 'MM', lot: { id: 'IM-1', product: 'concentrate-bayan-obo', massGrams: 1_000, composition: { Nd: 50, La: 100, Ce: 0 } } }, 1);
  const [lot] = book.changedLots();
  assert.equal(JSON.stringify(lot!.elements), '{"La":100,"Nd":50}');
  assert.equal(JSON.stringify(lot!.origin), '{"import:MM":{"La":100,"Nd":50}}');
});
