/**
 * The one source of truth for the facilities and employers that the demo records name (the
 * visits' facilities, the cards' "Nơi đăng ký KCB ban đầu", the periods' employers) and that
 * "Tra cứu" lists (demo-directories.ts writes exactly these rows). Records and directories
 * import these constants; neither keeps a literal of its own, so the two can never disagree.
 *
 * Facility codes follow the Bộ Y tế rule (Quyết định 384/QĐ-BYT, 2019: 2-digit pre-2025 province
 * code + 3-digit number, with "Bệnh viện Bạch Mai là 01001" as its own example). Only Bạch Mai's
 * code is taken from that source; the other codes are illustrative (unverified). Unit codes
 * ("GD…") and tax codes are illustrative.
 */
export type KnownFacility = {
  code: string;
  name: string;
  province: string;
  /** Current (2025) commune code. */
  commune: string;
  street: string;
  level: 'basic' | 'specialized';
  lat: number;
  lng: number;
};

export type KnownEmployer = {
  unitCode: string;
  taxCode: string;
  name: string;
  province: string;
  commune: string;
  address: string;
  /** The agency managing the unit (its province's agency). */
  agency: string;
};

export const BACH_MAI: KnownFacility = {
  code: '01001',
  name: 'Bệnh viện Bạch Mai',
  province: '01',
  commune: '00229',
  street: 'Số 78 đường Giải Phóng',
  level: 'specialized',
  lat: 21.0014,
  lng: 105.8409,
};
export const DONG_DA_HOSPITAL: KnownFacility = {
  code: '01013',
  name: 'Bệnh viện Đa khoa Đống Đa',
  province: '01',
  commune: '00235',
  street: 'Số 192 phố Nguyễn Lương Bằng',
  level: 'basic',
  lat: 21.0153,
  lng: 105.8282,
};
export const HANOI_OBSTETRICS: KnownFacility = {
  code: '01029',
  name: 'Bệnh viện Phụ sản Hà Nội',
  province: '01',
  commune: '00025',
  street: 'Số 929 đường La Thành',
  level: 'specialized',
  lat: 21.0277,
  lng: 105.8078,
};
/** Where the Hàng hải students are registered for "KCB ban đầu" (code illustrative). */
export const VIET_TIEP_HOSPITAL: KnownFacility = {
  code: '31001',
  name: 'Bệnh viện Hữu nghị Việt Tiệp',
  province: '31',
  commune: '11383',
  street: 'Số 1 phố Nhà Thương',
  level: 'specialized',
  // Approximate: kept inside the box demo-directories.ts draws around Hải Phòng's point.
  lat: 20.86,
  lng: 106.64,
};

export const KNOWN_FACILITIES: readonly KnownFacility[] = [
  BACH_MAI,
  {
    code: '01008',
    name: 'Bệnh viện Hữu nghị Việt Đức',
    province: '01',
    commune: '00082',
    street: 'Số 40 phố Tràng Thi',
    level: 'specialized',
    lat: 21.0285,
    lng: 105.8467,
  },
  DONG_DA_HOSPITAL,
  HANOI_OBSTETRICS,
  VIET_TIEP_HOSPITAL,
  {
    code: '79001',
    name: 'Bệnh viện Chợ Rẫy',
    province: '79',
    commune: '27343',
    street: 'Số 201B đường Nguyễn Chí Thanh',
    level: 'specialized',
    lat: 10.7578,
    lng: 106.6594,
  },
];

export const VMU: KnownEmployer = {
  unitCode: 'GD0001A',
  taxCode: '0200124891',
  name: 'Trường Đại học Hàng hải Việt Nam',
  province: '31',
  commune: '11359',
  address: 'Số 484 đường Lạch Tray, Phường Gia Viên, Thành phố Hải Phòng',
  agency: '031',
};
/** The demo citizen's employers, named as her notice names them. */
export const VSS_INFORMATION_CENTRE: KnownEmployer = {
  unitCode: 'GD0003A',
  taxCode: '0100109931',
  name: 'Trung tâm Thông Tin - BHXH-VN',
  province: '01',
  commune: '00070',
  address: 'Số 7 phố Tràng Thi, Phường Hoàn Kiếm, Thành phố Hà Nội',
  agency: '001',
};
export const VSS: KnownEmployer = {
  unitCode: 'GD0004A',
  taxCode: '0100109917',
  name: 'Bảo hiểm Xã hội Việt Nam',
  province: '01',
  commune: '00070',
  address: 'Số 7 phố Tràng Thi, Phường Hoàn Kiếm, Thành phố Hà Nội',
  agency: '001',
};
export const VSS_IT_CENTRE: KnownEmployer = {
  unitCode: 'GD0005A',
  taxCode: '0100109924',
  name: 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN',
  province: '01',
  commune: '00322',
  address: 'Số 150 phố Vọng, Phường Tương Mai, Thành phố Hà Nội',
  agency: '001',
};

export const KNOWN_EMPLOYERS: readonly KnownEmployer[] = [
  VMU,
  {
    unitCode: 'GD0002A',
    taxCode: '0100106264',
    name: BACH_MAI.name,
    province: '01',
    commune: '00229',
    address: 'Số 78 đường Giải Phóng, Phường Kim Liên, Thành phố Hà Nội',
    agency: '001',
  },
  VSS_INFORMATION_CENTRE,
  VSS,
  VSS_IT_CENTRE,
];
