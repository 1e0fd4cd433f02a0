// The honest baseline world every case starts from: a Northern-group miner at Bayan Obo, a
// separator and a metal smelter in Baotou, a licensed residue disposer, a Ningbo magnet maker,
// a Ganzhou recycler, a Shanghai exporter and a Beijing trader, each licensed for what it does,
// and quotas for 2024–2026 (fictional allocations inside DOMAIN.md's group figures).
import { Scribe } from './scribe.ts';
import { World, type Party } from './world.ts';

export const YEARS = [2024, 2025, 2026] as const;

export interface Roster {
  group: Party;
  miner: Party;
  separator: Party;
  smelter: Party;
  disposer: Party;
  magnets: Party;
  recycler: Party;
  exporter: Party;
  trader: Party;
  mine: string;
  separationPlant: string;
  metalPlant: string;
  disposalSite: string;
  magnetPlant: string;
  recyclingPlant: string;
  miningLicence: string;
  separationLicence: string;
}

export interface Context {
  w: World;
  s: Scribe;
  r: Roster;
}

const MINER_QUOTA_TONNES_REO = 12_000;
const SEPARATOR_QUOTA_TONNES_REO = 10_000;

/** The registered parties, licences, facilities and quotas, with no events. */
export function baselineWorld(): Context {
  const w = new World();
  const group = w.party('group', { kind: 'group', nameZh: '北疆稀土集团（红队）', nameEn: 'Beijiang Rare Earth Group (red team)', region: '150000' });
  const miner = w.party('miner', { kind: 'enterprise', roles: ['miner'], nameZh: '白云鄂博东山矿业有限公司', nameEn: 'Bayan Obo Dongshan Mining Co.', region: '150200', group: group.id });
  const separator = w.party('separator', { kind: 'enterprise', roles: ['separator'], nameZh: '包头九原稀土分离有限公司', nameEn: 'Baotou Jiuyuan Rare Earth Separation Co.', region: '150200', group: group.id });
  const smelter = w.party('smelter', { kind: 'enterprise', roles: ['metal-smelter'], nameZh: '包头昆区稀土金属有限公司', nameEn: 'Baotou Kundulun Rare Earth Metals Co.', region: '150200', group: group.id });
  const disposer = w.party('disposer', { kind: 'enterprise', roles: ['disposer'], nameZh: '包头放射性废渣处置有限公司', nameEn: 'Baotou Radioactive Residue Disposal Co.', region: '150200' });
  const magnets = w.party('magnets', { kind: 'enterprise', roles: ['magnet-maker'], nameZh: '宁波北仑磁业有限公司', nameEn: 'Ningbo Beilun Magnetics Co.', region: '330200' });
  const recycler = w.party('recycler', { kind: 'enterprise', roles: ['recycler'], nameZh: '赣州再生稀土资源有限公司', nameEn: 'Ganzhou Renewable Rare Earth Resources Co.', region: '360700' });
  const exporter = w.party('exporter', { kind: 'enterprise', roles: ['trader', 'exporter'], nameZh: '上海浦江稀土进出口有限公司', nameEn: 'Shanghai Pujiang Rare Earth Import & Export Co.', region: '310000' });
  const trader = w.party('trader', { kind: 'enterprise', roles: ['trader'], nameZh: '北京中关村稀土贸易有限公司', nameEn: 'Beijing Zhongguancun Rare Earth Trading Co.', region: '110000' });

  const miningLicence = w.licence({ id: 'RT-MIN-BY-2024', party: miner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 15_000, scope: { products: ['ore-bayan-obo', 'concentrate-bayan-obo'] } });
  const separationLicence = w.licence({ id: 'RT-SEP-BT-2024', party: separator.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 12_000 });
  const metalLicence = w.licence({ id: 'RT-MET-BS-2024', party: smelter.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 5_000 });
  const disposalLicence = w.licence({
    id: 'RT-DSP-BD-2024', party: disposer.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31',
    scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue', 'slag-recycling-residue', 'tailings-bayan-obo'] },
  });
  const recyclingLicence = w.licence({ id: 'RT-REC-GZ-2024', party: recycler.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });

  const mine = w.facility({ id: 'mine-dongshan', party: miner.id, kind: 'mine', nameZh: '白云鄂博东山矿', nameEn: 'Dongshan mine, Bayan Obo', region: '150206', licence: miningLicence, listed: true });
  const separationPlant = w.facility({ id: 'plant-jiuyuan-separation', party: separator.id, kind: 'plant', nameZh: '九原分离厂', nameEn: 'Jiuyuan separation plant', region: '150207', licence: separationLicence });
  const metalPlant = w.facility({ id: 'plant-kundulun-metal', party: smelter.id, kind: 'plant', nameZh: '昆区金属厂', nameEn: 'Kundulun metal plant', region: '150203', licence: metalLicence });
  const disposalSite = w.facility({ id: 'site-baotou-residue', party: disposer.id, kind: 'disposal-site', nameZh: '包头放射性废渣库', nameEn: 'Baotou radioactive residue store', region: '150206', licence: disposalLicence });
  const magnetPlant = w.facility({ id: 'plant-beilun-magnets', party: magnets.id, kind: 'plant', nameZh: '北仑磁材厂', nameEn: 'Beilun magnet plant', region: '330200' });
  const recyclingPlant = w.facility({ id: 'plant-ganzhou-recycling', party: recycler.id, kind: 'plant', nameZh: '赣州回收厂', nameEn: 'Ganzhou recycling plant', region: '360700', licence: recyclingLicence });

  for (const year of YEARS) {
    const groupMining = w.quota({ id: `RT-Q${year}-MIN-GROUP`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'rock', tonnesReo: 94_580 });
    w.quota({ id: `RT-Q${year}-MIN-BY`, year, batch: 1, holder: miner.id, activity: 'mining', oreType: 'rock', tonnesReo: MINER_QUOTA_TONNES_REO, allocatedFrom: groupMining });
    const groupSeparation = w.quota({ id: `RT-Q${year}-SEP-GROUP`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 88_010 });
    w.quota({ id: `RT-Q${year}-SEP-BT`, year, batch: 1, holder: separator.id, activity: 'separation', oreType: 'rock', tonnesReo: SEPARATOR_QUOTA_TONNES_REO, allocatedFrom: groupSeparation });
  }

  const r: Roster = {
    group, miner, separator, smelter, disposer, magnets, recycler, exporter, trader,
    mine, separationPlant, metalPlant, disposalSite, magnetPlant, recyclingPlant, miningLicence, separationLicence,
  };
  return { w, s: new Scribe(), r };
}
