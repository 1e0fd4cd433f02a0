// Licence coverage read from a licence's scope and history: a transformation's licence may name its
// feeds, its products or both; an export licence names what is exported; a site re-pointed to a
// renewed licence was under the renewal's predecessor before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { licenceGap, siteLicenceCandidates } from './licence-coverage.ts';
import type { LicenceFacts } from './rule.ts';

const PARTY = '91511100LCVSEP01XX';
const licence = (id: string, activity: string, products: string[], validFrom = '2024-09-01', validTo = '2025-08-31'): LicenceFacts =>
  ({ id, partyId: PARTY, activity, scope: { products }, capacityKgReo: null, validFrom, validTo, status: 'active' });

test('a separation licence naming only its feeds covers what it makes of them, not another feed of their kind', () => {
  const feeds = licence('sep-feeds', 'separation', ['concentrate-mianning', 'concentrate-monazite']);
  const separating = (fed: string[]) => licenceGap(feeds, feeds.id, { party: PARTY, activity: 'separation', day: '2025-08-31', products: ['oxide-la', 'oxide-ndpr'], fed });
  assert.equal(separating(['concentrate-monazite']), undefined);
  assert.deepEqual(separating(['concentrate-bayan-obo']), { kind: 'products', licence: 'sep-feeds', scope: feeds.scope.products, outside: ['concentrate-bayan-obo'] });
  const products = licence('sep-products', 'separation', ['oxide-la', 'oxide-ce']);
  assert.deepEqual(licenceGap(products, products.id, { party: PARTY, activity: 'separation', day: '2025-08-31', products: ['oxide-la', 'oxide-tb'], fed: ['concentrate-monazite'] })?.kind, 'products', 'terbium oxide, of a kind the scope names, is not named');
});

test('an export licence covers the products it names, not another kind carrying the same element', () => {
  const oxide = licence('exp-dy', 'export', ['oxide-dy']);
  assert.deepEqual(licenceGap(oxide, oxide.id, { party: PARTY, activity: 'export', day: '2025-08-31', products: ['alloy-dyfe'] }), { kind: 'products', licence: 'exp-dy', scope: ['oxide-dy'], outside: ['alloy-dyfe'] });
});

test('a plant re-pointed to its renewed licence may be judged under the renewal\'s predecessor, which ended before the renewal began', () => {
  const old = licence('sep-2022', 'separation', [], '2022-09-01', '2025-08-31');
  const renewed = licence('sep-2025', 'separation', [], '2025-09-01', '2028-08-31');
  const smelting = licence('smelt', 'metal-smelting', [], '2022-01-01', '2025-06-30');
  const facts = { facilityLicences: () => ['sep-2025'], licence: (id: string) => [old, renewed, smelting].find((l) => l.id === id), licencesAt: () => [old, renewed, smelting] };
  assert.deepEqual(siteLicenceCandidates(facts, 'plant', 'separation', Date.parse('2025-08-31T20:00:00+08:00')), ['sep-2025', 'sep-2022']);
});
