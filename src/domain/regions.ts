// GB/T 2260 administrative division codes: every province-level division and the prefecture-
// and county-level divisions where the rare earth industry works (shared/DOMAIN.md, "Size of the
// industry"). A code not listed here is refused rather than guessed at; add divisions as needed.

export type RegionLevel = 'province' | 'prefecture' | 'county';

export interface Region {
  code: string;
  nameZh: string;
  nameEn: string;
  level: RegionLevel;
  parent: string | null;
}

const P = (code: string, nameZh: string, nameEn: string): Region => ({ code, nameZh, nameEn, level: 'province', parent: null });
const C = (code: string, nameZh: string, nameEn: string): Region => ({ code, nameZh, nameEn, level: 'prefecture', parent: `${code.slice(0, 2)}0000` });
const K = (code: string, nameZh: string, nameEn: string): Region => ({ code, nameZh, nameEn, level: 'county', parent: `${code.slice(0, 4)}00` });

export const REGIONS: readonly Region[] = Object.freeze([
  P('110000', '北京市', 'Beijing'), P('120000', '天津市', 'Tianjin'), P('130000', '河北省', 'Hebei'), P('140000', '山西省', 'Shanxi'),
  P('150000', '内蒙古自治区', 'Inner Mongolia'), P('210000', '辽宁省', 'Liaoning'), P('220000', '吉林省', 'Jilin'),
  P('230000', '黑龙江省', 'Heilongjiang'), P('310000', '上海市', 'Shanghai'), P('320000', '江苏省', 'Jiangsu'), P('330000', '浙江省', 'Zhejiang'),
  P('340000', '安徽省', 'Anhui'), P('350000', '福建省', 'Fujian'), P('360000', '江西省', 'Jiangxi'), P('370000', '山东省', 'Shandong'),
  P('410000', '河南省', 'Henan'), P('420000', '湖北省', 'Hubei'), P('430000', '湖南省', 'Hunan'), P('440000', '广东省', 'Guangdong'),
  P('450000', '广西壮族自治区', 'Guangxi'), P('460000', '海南省', 'Hainan'), P('500000', '重庆市', 'Chongqing'), P('510000', '四川省', 'Sichuan'),
  P('520000', '贵州省', 'Guizhou'), P('530000', '云南省', 'Yunnan'), P('540000', '西藏自治区', 'Tibet'), P('610000', '陕西省', 'Shaanxi'),
  P('620000', '甘肃省', 'Gansu'), P('630000', '青海省', 'Qinghai'), P('640000', '宁夏回族自治区', 'Ningxia'), P('650000', '新疆维吾尔自治区', 'Xinjiang'),
  P('710000', '台湾省', 'Taiwan'), P('810000', '香港特别行政区', 'Hong Kong'), P('820000', '澳门特别行政区', 'Macao'),
  C('130100', '石家庄市', 'Shijiazhuang'), C('140100', '太原市', 'Taiyuan'), C('140800', '运城市', 'Yuncheng'),
  C('150100', '呼和浩特市', 'Hohhot'), C('150200', '包头市', 'Baotou'), K('150206', '白云鄂博矿区', 'Bayan Obo Mining District'),
  K('150202', '东河区', 'Donghe District'), K('150203', '昆都仑区', "Kundulun District"), K('150205', '石拐区', 'Shiguai District'),
  K('150207', '九原区', 'Jiuyuan District'), C('150600', '鄂尔多斯市', 'Ordos'),
  C('210200', '大连市', 'Dalian'), C('320100', '南京市', 'Nanjing'), C('320200', '无锡市', 'Wuxi'), K('320282', '宜兴市', 'Yixing'),
  C('320500', '苏州市', 'Suzhou'), K('320581', '常熟市', 'Changshu'), C('320700', '连云港市', 'Lianyungang'),
  C('330100', '杭州市', 'Hangzhou'), C('330200', '宁波市', 'Ningbo'), C('340100', '合肥市', 'Hefei'),
  C('350200', '厦门市', 'Xiamen'), C('350400', '三明市', 'Sanming'), C('350800', '龙岩市', 'Longyan'),
  C('360100', '南昌市', 'Nanchang'), C('360200', '景德镇市', 'Jingdezhen'), C('360300', '萍乡市', 'Pingxiang'), C('360400', '九江市', 'Jiujiang'),
  C('360500', '新余市', 'Xinyu'), C('360600', '鹰潭市', 'Yingtan'), C('360700', '赣州市', 'Ganzhou'), C('360800', '吉安市', "Ji'an"),
  C('360900', '宜春市', 'Yichun'), C('361000', '抚州市', 'Fuzhou (Jiangxi)'), C('361100', '上饶市', 'Shangrao'),
  K('360722', '信丰县', 'Xinfeng County'), K('360726', '安远县', 'Anyuan County'), K('360728', '定南县', 'Dingnan County'),
  K('360727', '龙南县', 'Longnan County (now Longnan City, 360783)'), K('360783', '龙南市', 'Longnan City'), K('360734', '寻乌县', 'Xunwu County'),
  C('370100', '济南市', 'Jinan'), C('370300', '淄博市', 'Zibo'), C('370600', '烟台市', 'Yantai'), C('370800', '济宁市', 'Jining'),
  K('370826', '微山县', 'Weishan County'), C('410100', '郑州市', 'Zhengzhou'), C('420100', '武汉市', 'Wuhan'),
  C('430100', '长沙市', 'Changsha'), C('431100', '永州市', 'Yongzhou'),
  C('440100', '广州市', 'Guangzhou'), C('440200', '韶关市', 'Shaoguan'), C('441400', '梅州市', 'Meizhou'), C('441600', '河源市', 'Heyuan'),
  C('450400', '梧州市', 'Wuzhou'), C('451100', '贺州市', 'Hezhou'), C('451400', '崇左市', 'Chongzuo'),
  C('510100', '成都市', 'Chengdu'), C('511100', '乐山市', 'Leshan'), C('513400', '凉山彝族自治州', 'Liangshan Yi Autonomous Prefecture'),
  K('513433', '冕宁县', 'Mianning County'), K('513402', '西昌市', 'Xichang'), C('530100', '昆明市', 'Kunming'), C('620400', '白银市', 'Baiyin'),
]);

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function regionByCode(code: string): Region | undefined {
  return BY_CODE.get(code);
}

export function provinceOf(code: string): Region | undefined {
  return BY_CODE.get(`${code.slice(0, 2)}0000`);
}

/** Why `code` is not a known region code, or null when it is. */
export function validateRegionCode(code: string): string | null {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return `must be a 6-digit GB/T 2260 region code, not ${JSON.stringify(code)}`;
  const province = provinceOf(code);
  if (province === undefined) return `${code} starts with ${code.slice(0, 2)}, which is no province-level division`;
  if (!BY_CODE.has(code)) return `${code} is not a region code Ytterby knows in ${province.nameEn} (${province.nameZh})`;
  return null;
}

/** Names from the province down to the region itself. */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (let region = regionByCode(code); region !== undefined; region = region.parent === null ? undefined : regionByCode(region.parent)) {
    path.unshift(region);
  }
  return path;
}

/** Latitude and longitude (degrees) of each provincial-level region's seat, by the first two
 * digits of its code: where a distance between two parties is measured from when only their
 * regions are known. */
const PROVINCE_SEATS: Readonly<Record<string, readonly [number, number]>> = {
  '11': [39.9, 116.4], '12': [39.13, 117.2], '13': [38.04, 114.51], '14': [37.87, 112.55], '15': [40.84, 111.75],
  '21': [41.8, 123.43], '22': [43.88, 125.32], '23': [45.8, 126.53], '31': [31.23, 121.47], '32': [32.06, 118.8],
  '33': [30.27, 120.16], '34': [31.82, 117.23], '35': [26.07, 119.3], '36': [28.68, 115.86], '37': [36.65, 117.12],
  '41': [34.75, 113.62], '42': [30.59, 114.31], '43': [28.23, 112.94], '44': [23.13, 113.26], '45': [22.82, 108.32],
  '46': [20.04, 110.34], '50': [29.56, 106.55], '51': [30.57, 104.07], '52': [26.65, 106.63], '53': [25.04, 102.71],
  '54': [29.65, 91.13], '61': [34.34, 108.94], '62': [36.06, 103.83], '63': [36.62, 101.78], '64': [38.49, 106.23],
  '65': [43.83, 87.62], '71': [25.03, 121.56], '81': [22.32, 114.17], '82': [22.2, 113.54],
};

/** Great-circle distance in km between the seats of two regions' provinces; undefined when either
 * is unknown. Two regions of one province are 0 apart. */
export function provinceDistanceKm(a: string, b: string): number | undefined {
  const p = PROVINCE_SEATS[a.slice(0, 2)];
  const q = PROVINCE_SEATS[b.slice(0, 2)];
  if (p === undefined || q === undefined) return undefined;
  const rad = Math.PI / 180;
  const dLat = (q[0] - p[0]) * rad;
  const dLon = (q[1] - p[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p[0] * rad) * Math.cos(q[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
