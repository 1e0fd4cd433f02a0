// The southern chain some cases need: a China Rare Earth Group ion-adsorption clay miner at
// Xunwu with an ionic quota, and a Longnan separator licensed and allocated for ionic feed
// (DOMAIN.md: the group's 2024 batch 1 held 10,140 t ionic mining; the allocations here are
// fictional shares of it).
import { at, tonnes } from './chem.ts';
import { day, reportTime } from './chain.ts';
import { YEARS, type Context } from './roster.ts';
import type { Party } from './world.ts';

export interface IonicChain {
  crg: Party;
  ionicMiner: Party;
  southSeparator: Party;
  ionicMine: string;
  southPlant: string;
  ionicMiningLicence: string;
}

const IONIC_MINER_QUOTA_TONNES_REO = 1_500;

export function addIonicChain({ w }: Context): IonicChain {
  const crg = w.party('crg', { kind: 'group', nameZh: '南岭稀土集团（红队）', nameEn: 'Nanling Rare Earth Group (red team)', region: '360000' });
  const ionicMiner = w.party('ionic-miner', { kind: 'enterprise', roles: ['miner'], nameZh: '寻乌南桥稀土矿业有限公司', nameEn: 'Xunwu Nanqiao Rare Earth Mining Co.', region: '360734', group: crg.id });
  const southSeparator = w.party('south-separator', { kind: 'enterprise', roles: ['separator'], nameZh: '龙南稀土分离有限公司', nameEn: 'Longnan Rare Earth Separation Co.', region: '360783', group: crg.id });
  const ionicMiningLicence = w.licence({ id: 'RT-MIN-XW-2024', party: ionicMiner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_000, scope: { products: ['ore-ionic-light', 'concentrate-ionic-light'] } });
  const southLicence = w.licence({ id: 'RT-SEP-LN-2024', party: southSeparator.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
  const ionicMine = w.facility({ id: 'mine-nanqiao', party: ionicMiner.id, kind: 'mine', nameZh: '寻乌南桥离子型稀土矿', nameEn: 'Nanqiao ion-adsorption clay mine', region: '360734', licence: ionicMiningLicence, listed: true });
  const southPlant = w.facility({ id: 'plant-longnan-separation', party: southSeparator.id, kind: 'plant', nameZh: '龙南分离厂', nameEn: 'Longnan separation plant', region: '360783', licence: southLicence });
  for (const year of YEARS) {
    const groupMining = w.quota({ id: `RT-Q${year}-MIN-CRG-IONIC`, year, batch: 1, holder: crg.id, activity: 'mining', oreType: 'ionic', tonnesReo: 10_140 });
    w.quota({ id: `RT-Q${year}-MIN-XW`, year, batch: 1, holder: ionicMiner.id, activity: 'mining', oreType: 'ionic', tonnesReo: IONIC_MINER_QUOTA_TONNES_REO, allocatedFrom: groupMining });
    const groupSeparation = w.quota({ id: `RT-Q${year}-SEP-CRG`, year, batch: 1, holder: crg.id, activity: 'separation', oreType: 'any', tonnesReo: 38_990 });
    w.quota({ id: `RT-Q${year}-SEP-LN`, year, batch: 1, holder: southSeparator.id, activity: 'separation', oreType: 'ionic', tonnesReo: 2_500, allocatedFrom: groupSeparation });
  }
  return { crg, ionicMiner, southSeparator, ionicMine, southPlant, ionicMiningLicence };
}

/** The ionic miner's month: leached concentrate (92 % REO mixed oxide) made on the 4th and shipped
 * whole to the Longnan separator on the 12th. Returns the lot, qualified. */
export function mineIonic(ctx: Context, chain: IonicChain, month: string, tag: string, massTonnes = 100): { lot: string; massGrams: number } {
  const { w, s } = ctx;
  const id = `IC-${tag}-01`;
  const massGrams = tonnes(massTonnes);
  w.record(chain.ionicMiner, reportTime(month, 5), [
    s.extract(chain.ionicMiner, `ext-${tag}-01`, at(day(month, 4)), chain.ionicMine, { id, product: 'concentrate-ionic-light', massGrams }),
    s.ship(chain.ionicMiner, `shp-${tag}-01`, at(day(month, 12)), id, massGrams, chain.southSeparator),
  ]);
  return { lot: chain.ionicMiner.lot(id), massGrams };
}
