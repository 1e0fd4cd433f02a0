// The fictional enterprises of the synthetic industry, in real regions: groups, miners,
// separators, smelters, magnet and other material makers, recyclers, traders, disposers and end
// users, with their licences, facilities, quotas and signing keys. Names are invented; regions,
// quotas and the shape of the industry follow shared/DOMAIN.md.
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import type { JWK } from 'jose';
import { makeUscc } from '../domain/uscc.ts';
import type { EnterpriseRole } from '../domain/parties.ts';
import type { PrivateKeyFile, PublicJwk, RegistryFile } from '../registry/index.ts';
import { GROUP_SHARES, type PublicFigures } from './figures.ts';
import type { Random } from './random.ts';

export type SimRole =
  | 'miner' | 'separator' | 'smelter' | 'magnet-maker' | 'catalyst-maker' | 'polishing-powder-maker' | 'phosphor-maker'
  | 'hydrogen-storage-maker' | 'alloy-maker' | 'recycler' | 'trader' | 'disposer' | 'end-user';

export type Deposit = 'bayan-obo' | 'sichuan' | 'ionic-high-y' | 'ionic-light' | 'ionic-medium-y-eu';

export interface SimParty {
  id: string;
  role: SimRole;
  nameZh: string;
  nameEn: string;
  region: string;
  group?: string;
  /** The site where it works: a mine for miners, a disposal site for disposers, else a plant. */
  site: string;
  deposit?: Deposit;
  /** A second, unlisted pit the miner also works (a violation when used). */
  unlistedMine?: string;
  /** Mining or separation quota allocated to it for the year, t REO. */
  quotaTonnesReo?: number;
  /** Its share of its role's activity. */
  weight: number;
  exportLicence?: { id: string; capacityTonnesReo: number };
  key: PrivateKeyFile;
  /** Order of its monthly report among the stages (earlier stages report first). */
  stage: number;
}

export interface Industry {
  parties: SimParty[];
  byRole: Map<SimRole, SimParty[]>;
  registry: RegistryFile;
  /** The miner that works without a licence, at an unlisted pit. */
  illegalMiner: SimParty;
}

const STAGE: Record<SimRole, number> = {
  miner: 1, separator: 2, smelter: 3, trader: 4, 'magnet-maker': 5, 'catalyst-maker': 5, 'polishing-powder-maker': 5,
  'phosphor-maker': 5, 'hydrogen-storage-maker': 5, 'alloy-maker': 5, recycler: 6, disposer: 7, 'end-user': 8,
};

const ENTERPRISE_ROLES_OF: Record<SimRole, EnterpriseRole[]> = {
  miner: ['miner'], separator: ['separator'], smelter: ['metal-smelter'], 'magnet-maker': ['magnet-maker'],
  'catalyst-maker': ['catalyst-maker'], 'polishing-powder-maker': ['polishing-powder-maker'], 'phosphor-maker': ['phosphor-maker'],
  'hydrogen-storage-maker': ['hydrogen-storage-maker'], 'alloy-maker': ['alloy-maker'], recycler: ['recycler'],
  trader: ['trader', 'exporter', 'importer'], disposer: ['disposer'], 'end-user': ['end-user'],
};

const TRADE_NAMES: readonly (readonly [string, string])[] = [
  ['鑫源', 'Xinyuan'], ['华瑞', 'Huarui'], ['恒通', 'Hengtong'], ['金海', 'Jinhai'], ['宏达', 'Hongda'], ['晟科', 'Shengke'],
  ['永盛', 'Yongsheng'], ['嘉和', 'Jiahe'], ['瑞丰', 'Ruifeng'], ['东升', 'Dongsheng'], ['汇川', 'Huichuan'], ['博远', 'Boyuan'],
  ['天润', 'Tianrun'], ['中科', 'Zhongke'], ['创新', 'Chuangxin'], ['润德', 'Runde'], ['同创', 'Tongchuang'], ['信达', 'Xinda'],
  ['安泰', 'Antai'], ['广源', 'Guangyuan'], ['泓晟', 'Hongsheng'], ['锦华', 'Jinhua'], ['兴业', 'Xingye'], ['昌盛', 'Changsheng'],
];

const TRADE_OF_ROLE: Record<SimRole, readonly [string, string]> = {
  miner: ['稀土矿业有限公司', 'Rare Earth Mining Co., Ltd.'],
  separator: ['稀土冶炼分离有限公司', 'Rare Earth Separation Co., Ltd.'],
  smelter: ['稀土金属有限公司', 'Rare Earth Metals Co., Ltd.'],
  'magnet-maker': ['磁材科技有限公司', 'Magnetic Materials Co., Ltd.'],
  'catalyst-maker': ['催化材料有限公司', 'Catalyst Materials Co., Ltd.'],
  'polishing-powder-maker': ['抛光材料有限公司', 'Polishing Materials Co., Ltd.'],
  'phosphor-maker': ['发光材料有限公司', 'Luminescent Materials Co., Ltd.'],
  'hydrogen-storage-maker': ['储氢材料有限公司', 'Hydrogen Storage Materials Co., Ltd.'],
  'alloy-maker': ['稀土合金有限公司', 'Rare Earth Alloys Co., Ltd.'],
  recycler: ['资源再生有限公司', 'Resource Recycling Co., Ltd.'],
  trader: ['稀土国际贸易有限公司', 'Rare Earth International Trading Co., Ltd.'],
  disposer: ['固废处置有限公司', 'Solid Waste Disposal Co., Ltd.'],
  'end-user': ['电机制造有限公司', 'Motor Manufacturing Co., Ltd.'],
};

const CITY_NAMES: Record<string, readonly [string, string]> = {
  '110000': ['北京', 'Beijing'], '120000': ['天津', 'Tianjin'], '140800': ['运城', 'Yuncheng'], '150200': ['包头', 'Baotou'],
  '150206': ['白云鄂博', 'Bayan Obo'], '310000': ['上海', 'Shanghai'], '320282': ['宜兴', 'Yixing'], '320500': ['苏州', 'Suzhou'],
  '320581': ['常熟', 'Changshu'], '320700': ['连云港', 'Lianyungang'], '330100': ['杭州', 'Hangzhou'], '330200': ['宁波', 'Ningbo'],
  '340100': ['合肥', 'Hefei'], '350200': ['厦门', 'Xiamen'], '350800': ['龙岩', 'Longyan'], '360500': ['新余', 'Xinyu'],
  '360700': ['赣州', 'Ganzhou'], '360722': ['信丰', 'Xinfeng'], '360726': ['安远', 'Anyuan'], '360728': ['定南', 'Dingnan'],
  '360734': ['寻乌', 'Xunwu'], '360783': ['龙南', 'Longnan'], '360800': ['吉安', "Ji'an"], '360900': ['宜春', 'Yichun'],
  '370300': ['淄博', 'Zibo'], '370600': ['烟台', 'Yantai'], '370800': ['济宁', 'Jining'], '370826': ['微山', 'Weishan'],
  '410100': ['郑州', 'Zhengzhou'], '420100': ['武汉', 'Wuhan'], '430100': ['长沙', 'Changsha'], '431100': ['永州', 'Yongzhou'],
  '441400': ['梅州', 'Meizhou'], '451100': ['贺州', 'Hezhou'], '451400': ['崇左', 'Chongzuo'], '500000': ['重庆', 'Chongqing'],
  '510100': ['成都', 'Chengdu'], '511100': ['乐山', 'Leshan'], '513400': ['凉山', 'Liangshan'], '513433': ['冕宁', 'Mianning'],
};

interface Seat {
  role: SimRole;
  region: string;
  weight?: number;
  deposit?: Deposit;
  group?: GroupLabel;
}

const seats = (role: SimRole, regions: readonly string[], extra: Omit<Seat, 'role' | 'region'> = {}): Seat[] =>
  regions.map((region) => ({ role, region, ...extra }));

/** Who is where. Recyclers: about 40 plants, Jiangxi 64 %, Shandong 15 %, Jiangsu 11 %; magnet
 * makers: Ningbo over a third, then Beijing, Tianjin, Ganzhou, Baotou, Shandong, Shanxi
 * (shared/DOMAIN.md). */
const SEATS: readonly Seat[] = [
  { role: 'miner', region: '150206', deposit: 'bayan-obo', group: 'northern', weight: 0.75 },
  { role: 'miner', region: '150206', deposit: 'bayan-obo', group: 'northern', weight: 0.25 },
  { role: 'miner', region: '513433', deposit: 'sichuan', group: 'chinaRe', weight: 0.65 },
  { role: 'miner', region: '513400', deposit: 'sichuan', group: 'chinaRe', weight: 0.35 },
  { role: 'miner', region: '360783', deposit: 'ionic-high-y', group: 'chinaRe', weight: 0.2 },
  { role: 'miner', region: '360734', deposit: 'ionic-light', group: 'chinaRe', weight: 0.2 },
  { role: 'miner', region: '360728', deposit: 'ionic-medium-y-eu', group: 'chinaRe', weight: 0.15 },
  { role: 'miner', region: '360726', deposit: 'ionic-light', group: 'chinaRe', weight: 0.15 },
  { role: 'miner', region: '441400', deposit: 'ionic-medium-y-eu', group: 'chinaRe', weight: 0.1 },
  { role: 'miner', region: '350800', deposit: 'ionic-medium-y-eu', group: 'chinaRe', weight: 0.1 },
  { role: 'miner', region: '451400', deposit: 'ionic-medium-y-eu', group: 'chinaRe', weight: 0.1 },
  ...seats('separator', ['150200', '150200', '150200', '150200', '150200', '150200'], { group: 'northern' }),
  ...seats('separator', ['511100', '513400', '360700', '360700', '360783', '320581', '320282', '441400', '350800', '431100'], { group: 'chinaRe' }),
  ...seats('smelter', ['150200', '150200', '150200', '360700', '360700', '360700', '511100']),
  ...seats('magnet-maker', ['330200', '330200', '330200', '330200', '330200', '330200', '330200', '150200', '150200', '150200',
    '360700', '360700', '360700', '110000', '110000', '120000', '120000', '140800', '370600']),
  ...seats('catalyst-maker', ['370300', '320500']),
  ...seats('polishing-powder-maker', ['150200', '360700']),
  ...seats('phosphor-maker', ['330100', '360700']),
  ...seats('hydrogen-storage-maker', ['150200', '310000']),
  ...seats('alloy-maker', ['150200', '150200']),
  ...seats('recycler', [
    ...Array<string>(16).fill('360700'), ...Array<string>(4).fill('360783'), '360500', '360500', '360800', '360800', '360900', '360900',
    '370300', '370300', '370800', '370800', '370826', '370600', '320700', '320700', '320700', '320500',
    '150200', '330200', '451100', '410100',
  ]),
  ...seats('trader', ['310000', '310000', '330200', '120000', '350200']),
  ...seats('disposer', ['150200', '360700']),
  ...seats('end-user', ['310000', '320500', '330100', '500000', '420100', '430100', '340100', '510100', '410100', '110000',
    '120000', '440000', '320500', '330200', '370600', '350200', '500000', '420100', '340100', '310000']),
];

type GroupLabel = 'northern' | 'chinaRe';

const GROUPS = {
  northern: { nameZh: '北疆稀土集团有限公司', nameEn: 'Beijiang Rare Earth Group Co., Ltd.', region: '150200', body: 'YTGN0001' },
  chinaRe: { nameZh: '华夏稀土集团有限公司', nameEn: 'Huaxia Rare Earth Group Co., Ltd.', region: '360700', body: 'YTGC0001' },
} as const;

export function buildIndustry(year: number, figures: PublicFigures, scale: number, random: Random, seed: string): Industry {
  const parties: SimParty[] = [];
  const registry: Required<RegistryFile> = { parties: [], licences: [], facilities: [], quotas: [], keys: [] };
  const validFrom = `${year - 1}-01-01`;
  const validTo = `${year + 2}-12-31`;
  const keyValidFrom = `${year - 1}-01-01T00:00:00Z`;

  const groupIds = {} as Record<GroupLabel, string>;
  for (const label of ['northern', 'chinaRe'] as const) {
    const group = GROUPS[label];
    groupIds[label] = makeUscc({ authority: '9', orgType: '1', region: group.region, orgBody8: group.body });
    registry.parties.push({ id: groupIds[label], kind: 'group', nameZh: group.nameZh, nameEn: group.nameEn, region: group.region });
  }
  registry.parties.push(
    { id: makeUscc({ authority: '1', orgType: '1', region: '110000', orgBody8: 'YTAU0001' }), kind: 'authority', nameZh: '工业和信息化部稀土办公室', nameEn: 'MIIT Rare Earth Office', region: '110000' },
    { id: makeUscc({ authority: '5', orgType: '1', region: '110000', orgBody8: 'YTAS0001' }), kind: 'association', nameZh: '中国稀土行业协会', nameEn: 'Association of China Rare Earth Industry', region: '110000' },
  );
  const groupId = (label: GroupLabel) => groupIds[label];

  const roleCounts = new Map<SimRole, number>();
  const addParty = (seat: Seat, index: number, overrides: Partial<SimParty> = {}): SimParty => {
    const n = roleCounts.get(seat.role) ?? 0;
    roleCounts.set(seat.role, n + 1);
    const [tradeZh, tradeEn] = TRADE_NAMES[(index * 7 + n) % TRADE_NAMES.length]!;
    const [cityZh, cityEn] = CITY_NAMES[seat.region] ?? ['中华', 'Zhonghua'];
    const [suffixZh, suffixEn] = TRADE_OF_ROLE[seat.role];
    const body = `YT${String(index).padStart(6, '0')}`;
    const id = makeUscc({ authority: '9', orgType: '1', region: seat.region, orgBody8: body });
    const site = `${seat.role === 'miner' ? 'mine' : seat.role === 'disposer' ? 'disposal' : 'plant'}-${body.toLowerCase()}`;
    const party: SimParty = {
      id,
      role: seat.role,
      nameZh: `${cityZh}${tradeZh}${suffixZh}`,
      nameEn: `${cityEn} ${tradeEn} ${suffixEn}`,
      region: seat.region,
      ...(seat.group === undefined ? {} : { group: groupId(seat.group) }),
      site,
      ...(seat.deposit === undefined ? {} : { deposit: seat.deposit }),
      weight: (seat.weight ?? 1) * random.between(0.85, 1.15),
      key: deterministicKey(seed, id),
      stage: STAGE[seat.role],
      ...overrides,
    };
    parties.push(party);
    registry.parties.push({
      id, kind: 'enterprise', roles: ENTERPRISE_ROLES_OF[seat.role], nameZh: party.nameZh, nameEn: party.nameEn, region: seat.region,
      ...(party.group === undefined ? {} : { group: party.group }),
    });
    registry.keys.push({ party: id, publicJwk: party.key.publicJwk, validFrom: keyValidFrom });
    return party;
  };

  SEATS.forEach((seat, index) => addParty(seat, index + 1));
  const illegalMiner = addParty({ role: 'miner', region: '360722', deposit: 'ionic-light' }, SEATS.length + 1, { weight: 0 });

  const byRole = new Map<SimRole, SimParty[]>();
  for (const party of parties) {
    const list = byRole.get(party.role) ?? [];
    list.push(party);
    byRole.set(party.role, list);
  }

  // Licences and facilities. The illegal miner has a registered pit but no licence.
  for (const party of parties) {
    const licenceActivity = LICENCE_OF_ROLE[party.role];
    const licenceId = `lic-${party.site.slice(party.site.indexOf('-') + 1)}-${licenceActivity ?? 'none'}`;
    const licensed = licenceActivity !== undefined && party !== illegalMiner;
    if (licensed) registry.licences.push({ id: licenceId, party: party.id, activity: licenceActivity, validFrom, validTo });
    const [cityZh, cityEn] = CITY_NAMES[party.region] ?? ['中华', 'Zhonghua'];
    const kind = party.role === 'miner' ? 'mine' : party.role === 'disposer' ? 'disposal-site' : 'plant';
    registry.facilities.push({
      id: party.site, party: party.id, kind, nameZh: `${cityZh}${KIND_ZH[kind]}`, nameEn: `${cityEn} ${kind}`, region: party.region,
      ...(kind === 'mine' ? { listed: party !== illegalMiner, ...(licensed ? { licence: licenceId } : {}) } : {}),
    });
    if (party.role === 'trader' || party.role === 'magnet-maker') {
      const exportId = `lic-${party.site.slice(party.site.indexOf('-') + 1)}-export`;
      // Traders export compounds and metals under licence; capacities cover a normal year with
      // room, except the first trader's, which its exports overrun (a labelled violation).
      const traders = parties.filter((p) => p.role === 'trader');
      const capacityTonnesReo = party.role !== 'trader' ? 0 : round1((party === traders[0] ? 300 : 10_000) * scale);
      registry.licences.push({ id: exportId, party: party.id, activity: 'export', validFrom, validTo, capacityTonnesReo,
        scope: party.role === 'trader' ? {} : { products: ['magnet-ndfeb-sintered'] } });
      party.exportLicence = { id: exportId, capacityTonnesReo };
    }
  }
  const rockMiners = parties.filter((p) => p.role === 'miner' && (p.deposit === 'bayan-obo' || p.deposit === 'sichuan') && p !== illegalMiner);
  const unlisted = rockMiners[0]!;
  unlisted.unlistedMine = `${unlisted.site}-east-pit`;
  registry.facilities.push({
    id: unlisted.unlistedMine, party: unlisted.id, kind: 'mine', nameZh: '白云鄂博东部采坑', nameEn: 'Bayan Obo east pit', region: unlisted.region, listed: false,
  });

  // Quotas: the state's year quota, split between the groups as in 2024's first batch, in two
  // equal batches, allocated to members by weight.
  const mining = figures.miningQuotaTonnesReo * scale;
  const separation = figures.separationQuotaTonnesReo * scale;
  const northernMining = mining * GROUP_SHARES.northern.mining / (GROUP_SHARES.northern.mining + GROUP_SHARES.chinaRe.mining);
  const chinaMining = mining - northernMining;
  const northernSeparation = separation * GROUP_SHARES.northern.separation / (GROUP_SHARES.northern.separation + GROUP_SHARES.chinaRe.separation);
  const allocations: { label: GroupLabel; activity: 'mining' | 'separation'; oreType: 'rock' | 'ionic' | 'any'; tonnes: number; members: SimParty[] }[] = [
    { label: 'northern', activity: 'mining', oreType: 'rock', tonnes: northernMining, members: minersOf(parties, 'northern', ['bayan-obo'], groupId) },
    { label: 'chinaRe', activity: 'mining', oreType: 'rock', tonnes: chinaMining * GROUP_SHARES.chinaRe.rockOfMining, members: minersOf(parties, 'chinaRe', ['sichuan'], groupId) },
    { label: 'chinaRe', activity: 'mining', oreType: 'ionic', tonnes: chinaMining * (1 - GROUP_SHARES.chinaRe.rockOfMining), members: minersOf(parties, 'chinaRe', ['ionic-high-y', 'ionic-light', 'ionic-medium-y-eu'], groupId) },
    { label: 'northern', activity: 'separation', oreType: 'any', tonnes: northernSeparation, members: parties.filter((p) => p.role === 'separator' && p.group === groupId('northern')) },
    { label: 'chinaRe', activity: 'separation', oreType: 'any', tonnes: separation - northernSeparation, members: parties.filter((p) => p.role === 'separator' && p.group === groupId('chinaRe')) },
  ];
  for (const { label, activity, oreType, tonnes, members } of allocations) {
    const weightTotal = members.reduce((s, m) => s + m.weight, 0);
    for (const batch of [1, 2]) {
      const groupQuotaId = `quota-${year}-${batch}-${label}-${activity}-${oreType}`;
      registry.quotas.push({ id: groupQuotaId, year, batch, holder: groupId(label), activity, oreType, tonnesReo: Math.ceil((tonnes / 2) * 1000) / 1000 });
      for (const member of members) {
        // Members' shares round down and the group's up, so the allocations never exceed it.
        const share = Math.floor((tonnes / 2) * (member.weight / weightTotal) * 1000) / 1000;
        registry.quotas.push({ id: `${groupQuotaId}-${member.site}`, year, batch, holder: member.id, activity, oreType, tonnesReo: share, allocatedFrom: groupQuotaId });
        if (batch === 2) member.quotaTonnesReo = round1(2 * share);
      }
    }
  }
  return { parties, byRole, registry, illegalMiner };
}

const LICENCE_OF_ROLE: Partial<Record<SimRole, 'mining' | 'separation' | 'metal-smelting' | 'recycling' | 'disposal'>> = {
  miner: 'mining', separator: 'separation', smelter: 'metal-smelting', recycler: 'recycling', disposer: 'disposal',
  // Master alloys (Mg–Y) are reduced from oxide in molten salt: smelting, licensed as such.
  'alloy-maker': 'metal-smelting',
};
const KIND_ZH = { mine: '稀土矿', plant: '生产厂', 'disposal-site': '固废处置场', warehouse: '仓库', port: '港区' } as const;

function minersOf(parties: SimParty[], label: GroupLabel, deposits: Deposit[], groupId: (l: GroupLabel) => string): SimParty[] {
  return parties.filter((p) => p.role === 'miner' && p.group === groupId(label) && p.deposit !== undefined && deposits.includes(p.deposit));
}

const round1 = (x: number) => Math.round(x * 1000) / 1000;

/** Ed25519 PKCS#8 DER prefix before the 32-byte seed (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The party's key, derived from the generator's seed: the same seed signs the same bytes. */
function deterministicKey(seed: string, party: string): PrivateKeyFile {
  const secret = createHash('sha256').update(`ytterby-demo-key:${seed}:${party}`).digest();
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, secret]), format: 'der', type: 'pkcs8' });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK & { x: string };
  const publicJwk: PublicJwk = { kty: 'OKP', crv: 'Ed25519', x: createPublicKeyX(privateKey) };
  const kid = keyIdSync(publicJwk);
  return { party, kid, privateJwk: { ...jwk, kid, alg: 'EdDSA' }, publicJwk: { ...publicJwk, kid } };
}

function createPublicKeyX(privateKey: ReturnType<typeof createPrivateKey>): string {
  return (createPublicKey(privateKey).export({ format: 'jwk' }) as { x: string }).x;
}

/** RFC 7638 thumbprint, computed here synchronously (keyIdOf is async). */
function keyIdSync(jwk: { kty: string; crv: string; x: string }): string {
  return createHash('sha256').update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x })).digest('base64url');
}
