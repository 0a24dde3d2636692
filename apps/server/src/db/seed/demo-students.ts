/**
 * Students of Trường Đại học Hàng hải Việt Nam who are in the insurance records but have no
 * VssID account yet, so anyone can try "Đăng ký tài khoản" (listed in the README). The CCCD
 * numbers agree with birth year and gender (031 = Hải Phòng); communes are real 2025 codes.
 * The population-registry simulator knows the CCCD holders, so their registration is verified.
 */
export type DemoStudent = {
  bhxhCode: string;
  fullName: string;
  birthDate: string;
  gender: 'male' | 'female';
  idNumber: string;
  phone: string;
  provinceCode: string;
  communeCode: string;
  communeName: string;
  street: string;
  /** False for the one who registers with an old CMND (not checked against the registry). */
  inRegistry: boolean;
};

const HP = { provinceCode: '31' } as const;

export const DEMO_STUDENTS: readonly DemoStudent[] = [
  {
    ...HP,
    bhxhCode: '3123040101',
    fullName: 'Trần Minh Đức',
    birthDate: '2005-04-17',
    gender: 'male',
    idNumber: '031205004127',
    phone: '0987654301',
    communeCode: '11359',
    communeName: 'Phường Gia Viên',
    street: 'Số 12 ngõ 84 Lạch Tray',
    inRegistry: true,
  },
  {
    ...HP,
    bhxhCode: '3123040102',
    fullName: 'Nguyễn Thị Lan Anh',
    birthDate: '2006-09-02',
    gender: 'female',
    idNumber: '031306009021',
    phone: '0987654302',
    communeCode: '11383',
    communeName: 'Phường Lê Chân',
    street: 'Số 45 Tô Hiệu, tổ dân phố 7',
    inRegistry: true,
  },
  {
    ...HP,
    bhxhCode: '3123040103',
    fullName: 'Phạm Quang Huy',
    birthDate: '2004-12-25',
    gender: 'male',
    idNumber: '031204012251',
    phone: '0987654303',
    communeCode: '11413',
    communeName: 'Phường Hải An',
    street: 'Số 20 Lê Hồng Phong',
    inRegistry: true,
  },
  {
    ...HP,
    bhxhCode: '3123040104',
    fullName: 'Vũ Ngọc Ánh',
    birthDate: '2005-01-30',
    gender: 'female',
    idNumber: '031305001300',
    phone: '0987654304',
    communeCode: '11443',
    communeName: 'Phường Kiến An',
    street: 'Số 8 Trần Thành Ngọ',
    inRegistry: true,
  },
  {
    ...HP,
    bhxhCode: '3123040105',
    fullName: 'Đặng Hoàng Nam',
    birthDate: '2006-06-11',
    gender: 'male',
    idNumber: '031206006111',
    phone: '0987654305',
    communeCode: '11329',
    communeName: 'Phường Ngô Quyền',
    street: 'Số 102 Văn Cao',
    inRegistry: true,
  },
  {
    ...HP,
    bhxhCode: '3123040106',
    fullName: 'Hoàng Thu Trang',
    birthDate: '2005-11-08',
    gender: 'female',
    idNumber: '031456789',
    phone: '0987654306',
    communeCode: '11311',
    communeName: 'Phường Hồng Bàng',
    street: 'Số 3 Hoàng Văn Thụ',
    inRegistry: false,
  },
];
