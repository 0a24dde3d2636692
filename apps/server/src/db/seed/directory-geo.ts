/**
 * Per-province facts the demo directories need (see data/directories/SOURCE.md), for the 34
 * provinces in force since 1 July 2025, keyed by their GSO code:
 * - `area`: the landline area code (since 2017; the merged provinces keep the code of the
 *   province whose capital they kept);
 * - `lat`/`lng`: an approximate point well inside the province (near the capital, moved inland
 *   for coastal and border capitals) — generated coordinates stay within ±JITTER of it;
 * - `old`: the pre-2025 province codes merged into it (health-facility codes keep using them);
 * - `tax`: a two-digit prefix for generated tax codes (plausible, not the tax authority's table);
 * - `weight`: relative share of employers (the two big cities dominate, as in reality);
 * - `seat`: the ward of the provincial capital (official 2025 name).
 */
export type ProvinceGeo = {
  area: string;
  lat: number;
  lng: number;
  old: readonly string[];
  tax: string;
  weight: number;
  /** The commune (ward) of the provincial seat: where the provincial offices are placed. */
  seat: string;
};

/** Degrees around a province's point inside which generated coordinates fall. */
export const JITTER = 0.15;

export const PROVINCE_GEO: Record<string, ProvinceGeo> = {
  '01': {
    area: '024',
    lat: 21.0285,
    lng: 105.8542,
    old: ['01'],
    tax: '01',
    seat: 'Phường Ba Đình',
    weight: 220,
  },
  '04': {
    area: '0206',
    lat: 22.62,
    lng: 106.2,
    old: ['04'],
    tax: '48',
    seat: 'Phường Thục Phán',
    weight: 3,
  },
  '08': {
    area: '0207',
    lat: 21.85,
    lng: 105.2,
    old: ['08', '02'],
    tax: '50',
    seat: 'Phường Minh Xuân',
    weight: 5,
  },
  '11': {
    area: '0215',
    lat: 21.5,
    lng: 103.2,
    old: ['11'],
    tax: '56',
    seat: 'Phường Điện Biên Phủ',
    weight: 2,
  },
  '12': {
    area: '0213',
    lat: 22.3,
    lng: 103.45,
    old: ['12'],
    tax: '62',
    seat: 'Phường Đoàn Kết',
    weight: 2,
  },
  '14': {
    area: '0212',
    lat: 21.3,
    lng: 103.95,
    old: ['14'],
    tax: '55',
    seat: 'Phường Tô Hiệu',
    weight: 4,
  },
  '15': {
    area: '0216',
    lat: 21.8,
    lng: 104.8,
    old: ['15', '10'],
    tax: '53',
    seat: 'Phường Yên Bái',
    weight: 6,
  },
  '19': {
    area: '0208',
    lat: 21.6,
    lng: 105.8,
    old: ['19', '06'],
    tax: '46',
    seat: 'Phường Phan Đình Phùng',
    weight: 8,
  },
  '20': {
    area: '0205',
    lat: 21.75,
    lng: 106.6,
    old: ['20'],
    tax: '49',
    seat: 'Phường Đông Kinh',
    weight: 4,
  },
  '22': {
    area: '0203',
    lat: 21.2,
    lng: 107.2,
    old: ['22'],
    tax: '57',
    seat: 'Phường Hồng Gai',
    weight: 14,
  },
  '24': {
    area: '0204',
    lat: 21.2,
    lng: 106.15,
    old: ['27', '24'],
    tax: '23',
    seat: 'Phường Bắc Giang',
    weight: 22,
  },
  '25': {
    area: '0210',
    lat: 21.3,
    lng: 105.4,
    old: ['25', '26', '17'],
    tax: '26',
    seat: 'Phường Việt Trì',
    weight: 16,
  },
  '31': {
    area: '0225',
    lat: 20.9,
    lng: 106.5,
    old: ['31', '30'],
    tax: '02',
    seat: 'Phường Hồng Bàng',
    weight: 34,
  },
  '33': {
    area: '0221',
    lat: 20.6,
    lng: 106.15,
    old: ['33', '34'],
    tax: '09',
    seat: 'Phường Phố Hiến',
    weight: 14,
  },
  '37': {
    area: '0229',
    lat: 20.35,
    lng: 106.0,
    old: ['37', '35', '36'],
    tax: '27',
    seat: 'Phường Hoa Lư',
    weight: 12,
  },
  '38': {
    area: '0237',
    lat: 19.9,
    lng: 105.55,
    old: ['38'],
    tax: '28',
    seat: 'Phường Hạc Thành',
    weight: 16,
  },
  '40': {
    area: '0238',
    lat: 18.85,
    lng: 105.4,
    old: ['40'],
    tax: '29',
    seat: 'Phường Thành Vinh',
    weight: 14,
  },
  '42': {
    area: '0239',
    lat: 18.3,
    lng: 105.75,
    old: ['42'],
    tax: '30',
    seat: 'Phường Thành Sen',
    weight: 6,
  },
  '44': {
    area: '0232',
    lat: 17.2,
    lng: 106.6,
    old: ['44', '45'],
    tax: '32',
    seat: 'Phường Đồng Hới',
    weight: 7,
  },
  '46': {
    area: '0234',
    lat: 16.38,
    lng: 107.5,
    old: ['46'],
    tax: '33',
    seat: 'Phường Thuận Hoá',
    weight: 7,
  },
  '48': {
    area: '0236',
    lat: 15.85,
    lng: 108.05,
    old: ['48', '49'],
    tax: '04',
    seat: 'Phường Hải Châu',
    weight: 30,
  },
  '51': {
    area: '0255',
    lat: 14.95,
    lng: 108.5,
    old: ['51', '62'],
    tax: '43',
    seat: 'Phường Cẩm Thành',
    weight: 8,
  },
  '52': {
    area: '0256',
    lat: 13.9,
    lng: 108.6,
    old: ['52', '64'],
    tax: '59',
    seat: 'Phường Quy Nhơn',
    weight: 10,
  },
  '56': {
    area: '0258',
    lat: 12.1,
    lng: 108.95,
    old: ['56', '58'],
    tax: '42',
    seat: 'Phường Nha Trang',
    weight: 12,
  },
  '66': {
    area: '0262',
    lat: 12.7,
    lng: 108.1,
    old: ['66', '54'],
    tax: '60',
    seat: 'Phường Buôn Ma Thuột',
    weight: 10,
  },
  '68': {
    area: '0263',
    lat: 11.9,
    lng: 108.3,
    old: ['68', '67', '60'],
    tax: '58',
    seat: 'Phường Xuân Hương - Đà Lạt',
    weight: 12,
  },
  '75': {
    area: '0251',
    lat: 11.25,
    lng: 107.0,
    old: ['75', '70'],
    tax: '36',
    seat: 'Phường Trấn Biên',
    weight: 34,
  },
  '79': {
    area: '028',
    lat: 10.8,
    lng: 106.65,
    old: ['79', '74', '77'],
    tax: '03',
    seat: 'Phường Sài Gòn',
    weight: 300,
  },
  '80': {
    area: '0272',
    lat: 10.65,
    lng: 106.25,
    old: ['80', '72'],
    tax: '11',
    seat: 'Phường Long An',
    weight: 14,
  },
  '82': {
    area: '0273',
    lat: 10.45,
    lng: 106.05,
    old: ['82', '87'],
    tax: '12',
    seat: 'Phường Mỹ Tho',
    weight: 10,
  },
  '86': {
    area: '0270',
    lat: 10.1,
    lng: 106.1,
    old: ['86', '83', '84'],
    tax: '15',
    seat: 'Phường Thanh Đức',
    weight: 10,
  },
  '91': {
    area: '0297',
    lat: 10.3,
    lng: 105.3,
    old: ['89', '91'],
    tax: '16',
    seat: 'Phường Rạch Giá',
    weight: 10,
  },
  '92': {
    area: '0292',
    lat: 9.85,
    lng: 105.8,
    old: ['92', '93', '94'],
    tax: '18',
    seat: 'Phường Ninh Kiều',
    weight: 12,
  },
  '96': {
    area: '0290',
    lat: 9.2,
    lng: 105.25,
    old: ['96', '95'],
    tax: '20',
    seat: 'Phường An Xuyên',
    weight: 6,
  },
};

/** Southern provinces call hamlets "ấp"; the northern mountains "bản"; elsewhere "thôn"/"xóm". */
export function hamletWord(provinceCode: string): readonly string[] {
  const n = Number(provinceCode);
  if (n >= 75) return ['Ấp'];
  if (['04', '08', '11', '12', '14', '15', '20'].includes(provinceCode)) return ['Bản', 'Thôn'];
  if (n >= 38) return ['Thôn'];
  return ['Thôn', 'Xóm'];
}

/**
 * Special zones where the generated directories place nothing: Đặc khu Hoàng Sa (20333, Đà
 * Nẵng; the islands are not under Vietnamese administration in practice) and Đặc khu Trường Sa
 * (22736, Khánh Hòa; island garrisons, no civilian post offices, firms or clinics to invent).
 * The other special zones are inhabited islands: rows are generated there, with island
 * addresses (see streetAddress in demo-directories.ts).
 */
export const UNSERVED_COMMUNES: ReadonlySet<string> = new Set(['20333', '22736']);
