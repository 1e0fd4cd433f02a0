// A synthetic but valid stream of capture documents for benchmarks: rounds of three documents of
// 1,000 events each, from a miner, a separator and a magnet maker, so every event kind on the hot
// path appears (extract, partial ship, adjust, receive, process, export) and every lot a document
// touches was made by an earlier one. Generated lazily, so memory does not grow with the count.
import type { JWK } from 'jose';
import { makeUscc } from '../src/domain/uscc.ts';
import { CAPTURE_FORMAT, signDocument, type LedgerEvent, type SignedCaptureDocument } from '../src/ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../src/registry/index.ts';
import type { Store } from '../src/store/index.ts';

export const EVENTS_PER_DOCUMENT = 1000;
const THIRD = Math.floor(EVENTS_PER_DOCUMENT / 3);

export interface WorkloadParties {
  miner: PrivateKeyFile;
  separator: PrivateKeyFile;
  magnetMaker: PrivateKeyFile;
  facilities: { mine: string; separation: string; magnets: string };
}

/** Registers one chain of three parties; `stream` > 0 registers another, independent chain (other
 * parties, other facilities), for several clients recording at once. */
export async function setUpWorkloadRegistry(store: Store, stream = 0): Promise<WorkloadParties> {
  const body = (role: string) => (stream === 0 ? `BENCH${role}` : `BEN${stream}X${role}`);
  const ids = {
    miner: makeUscc({ authority: '9', orgType: '1', region: '150200', orgBody8: body('MIN') }),
    separator: makeUscc({ authority: '9', orgType: '1', region: '150200', orgBody8: body('SEP') }),
    magnetMaker: makeUscc({ authority: '9', orgType: '1', region: '330200', orgBody8: body('MAG') }),
  };
  const suffix = stream === 0 ? '' : `-${stream}`;
  const facilities = { mine: `bench-mine${suffix}`, separation: `bench-sep${suffix}`, magnets: `bench-mag${suffix}` };
  const parties: WorkloadParties = {
    miner: await generateKeyFile(ids.miner),
    separator: await generateKeyFile(ids.separator),
    magnetMaker: await generateKeyFile(ids.magnetMaker),
    facilities,
  };
  await importRegistry(store, {
    parties: [
      { id: ids.miner, kind: 'enterprise', roles: ['miner'], nameZh: '基准矿业', nameEn: 'Bench Mining', region: '150200' },
      { id: ids.separator, kind: 'enterprise', roles: ['separator'], nameZh: '基准分离', nameEn: 'Bench Separation', region: '150200' },
      { id: ids.magnetMaker, kind: 'enterprise', roles: ['magnet-maker', 'exporter'], nameZh: '基准磁材', nameEn: 'Bench Magnets', region: '330200' },
    ],
    facilities: [
      { id: facilities.mine, party: ids.miner, kind: 'mine', nameZh: '基准矿', nameEn: 'Bench mine', region: '150200', listed: true },
      { id: facilities.separation, party: ids.separator, kind: 'plant', nameZh: '基准分离厂', nameEn: 'Bench separation plant', region: '150200' },
      { id: facilities.magnets, party: ids.magnetMaker, kind: 'plant', nameZh: '基准磁材厂', nameEn: 'Bench magnet plant', region: '330200' },
    ],
    keys: [parties.miner, parties.separator, parties.magnetMaker].map((k: PrivateKeyFile) => ({ party: k.party, publicJwk: k.publicJwk, validFrom: '2020-01-01T00:00:00Z' })),
  });
  return parties;
}

const time = (round: number) => new Date(Date.UTC(2024, 0, 1) + round * 60_000).toISOString();

/** Yields signed documents until `eventsTotal` events have been produced (a multiple of 3,000). */
export async function* workloadDocuments(parties: WorkloadParties, eventsTotal: number): AsyncGenerator<SignedCaptureDocument> {
  const rounds = Math.ceil(eventsTotal / (3 * EVENTS_PER_DOCUMENT));
  const sign = (key: PrivateKeyFile, round: number, events: LedgerEvent[]) =>
    signDocument({ format: CAPTURE_FORMAT, party: key.party, keyId: key.kid, createdAt: time(round), events }, key.privateJwk as JWK);
  for (let round = 0; round < rounds; round += 1) {
    const t = time(round);
    const { miner, separator, magnetMaker } = parties;
    const minerEvents: LedgerEvent[] = [];
    for (let i = 0; i < EVENTS_PER_DOCUMENT - 2 * THIRD; i += 1) {
      minerEvents.push({
        id: `x-${round}-${i}`, kind: 'extract', time: t, facility: parties.facilities.mine,
        lot: { id: `c-${round}-${i}`, product: 'concentrate-bayan-obo', massGrams: 10_000_000, composition: { La: 1_000_000, Ce: 2_000_000, Pr: 200_000, Nd: 700_000, Sm: 40_000 } },
      });
    }
    for (let i = 0; i < THIRD; i += 1) {
      minerEvents.push({ id: `s-${round}-${i}`, kind: 'ship', time: t, lot: `c-${round}-${i}`, massGrams: 9_000_000, to: separator.party, shipmentLot: `c-${round}-${i}-s` });
    }
    for (let i = 0; i < THIRD; i += 1) {
      minerEvents.push({ id: `a-${round}-${i}`, kind: 'adjust', time: t, lot: `c-${round}-${i}`, deltaGrams: -12_345, reason: 'stock count' });
    }
    yield await sign(miner, round, minerEvents);

    const separatorEvents: LedgerEvent[] = [];
    for (let i = 0; i < THIRD; i += 1) {
      separatorEvents.push({ id: `r-${round}-${i}`, kind: 'receive', time: t, lot: `${miner.party}:c-${round}-${i}-s`, massGrams: 8_999_000 });
    }
    for (let i = 0; i < THIRD; i += 1) {
      separatorEvents.push({
        id: `p-${round}-${i}`, kind: 'process', time: t, facility: parties.facilities.separation,
        inputs: [{ lot: `${miner.party}:c-${round}-${i}-s`, massGrams: 8_999_000 }],
        outputs: [{ id: `o-${round}-${i}`, product: 'oxide-ndpr', massGrams: 1_000_000, composition: { Pr: 180_000, Nd: 630_000 } }],
      });
    }
    for (let i = 0; i < EVENTS_PER_DOCUMENT - 2 * THIRD; i += 1) {
      const k = i % THIRD;
      separatorEvents.push(i < THIRD
        ? { id: `s-${round}-${i}`, kind: 'ship', time: t, lot: `o-${round}-${k}`, massGrams: 900_000, to: magnetMaker.party, shipmentLot: `o-${round}-${k}-s` }
        : { id: `a-${round}-${i}`, kind: 'adjust', time: t, lot: `o-${round}-${k}`, deltaGrams: -1_000, reason: 'sampling' });
    }
    yield await sign(separator, round, separatorEvents);

    const magnetEvents: LedgerEvent[] = [];
    for (let i = 0; i < THIRD; i += 1) {
      magnetEvents.push({ id: `r-${round}-${i}`, kind: 'receive', time: t, lot: `${separator.party}:o-${round}-${i}-s`, massGrams: 900_000 });
    }
    for (let i = 0; i < THIRD; i += 1) {
      magnetEvents.push({
        id: `p-${round}-${i}`, kind: 'process', time: t, facility: parties.facilities.magnets,
        inputs: [{ lot: `${separator.party}:o-${round}-${i}-s`, massGrams: 900_000 }],
        outputs: [{ id: `m-${round}-${i}`, product: 'magnet-ndfeb-sintered', massGrams: 2_800_000, composition: { Pr: 160_000, Nd: 560_000 } }],
      });
    }
    for (let i = 0; i < EVENTS_PER_DOCUMENT - 2 * THIRD; i += 1) {
      magnetEvents.push({ id: `e-${round}-${i}`, kind: 'export', time: t, lot: `m-${round}-${i % THIRD}`, massGrams: 1_000_000 + (i >= THIRD ? 1 : 0), destinationCountry: 'DE' });
    }
    yield await sign(magnetMaker, round, magnetEvents);
  }
}
