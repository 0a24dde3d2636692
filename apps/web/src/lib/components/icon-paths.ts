// Hand-drawn 24×24 line icons (stroke 1.8, round joins). Circles are written as two arcs.
const circle = (cx: number, cy: number, r: number) =>
  `M${cx + r} ${cy}a${r} ${r} 0 1 1-${2 * r} 0 ${r} ${r} 0 0 1 ${2 * r} 0Z`;

const card = 'M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z';
const bubble = 'M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Z';
const eye = 'M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12Z';

export const ICON_PATHS = {
  personCard: [
    card,
    circle(9, 10.5, 2),
    'M5.5 16.5c.6-1.8 1.9-2.7 3.5-2.7s2.9.9 3.5 2.7',
    'M15 10h3M15 13.5h3',
  ],
  document: [
    'M7 3h7l5 5v11a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Z',
    'M14 3v5h5',
    'M8.5 13h7M8.5 17h5',
  ],
  search: [circle(10.5, 10.5, 6.5), 'M15.5 15.5 20.5 20.5'],
  headset: [
    'M4 15v-3a8 8 0 0 1 16 0v3',
    'M4 14h3v5H5a1 1 0 0 1-1-1v-4Z',
    'M20 14h-3v5h2a1 1 0 0 0 1-1v-4Z',
    'M19 19c0 1.4-1.6 2-4 2h-1.5',
  ],
  healthCard: [card, 'M12 8.5v7M8.5 12h7'],
  history: [circle(12, 12, 8.5), 'M12 7.5V12l3 2'],
  money: [
    'M4 6h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1Z',
    circle(12, 12, 2.5),
    'M6.5 10v4M17.5 10v4',
  ],
  medicalBook: [
    'M6 3h12a1 1 0 0 1 1 1v17H6.5A2.5 2.5 0 0 1 4 18.5v-13A2.5 2.5 0 0 1 6.5 3Z',
    'M4 18.5A2.5 2.5 0 0 1 6.5 16H19',
    'M11.5 6.5v5M9 9h5',
  ],
  key: [circle(8, 15.5, 4), 'M11 12.5l8.5-8.5', 'M16.5 7l2.5 2.5', 'M14 9.5l2 2'],
  userPlus: [circle(10, 8, 3.5), 'M3.5 20c.8-3.5 3.3-5.5 6.5-5.5s5.7 2 6.5 5.5', 'M19 7v6M16 10h6'],
  globe: [
    circle(12, 12, 9),
    'M3 12h18',
    'M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3Z',
  ],
  clipboardCheck: [
    'M9 3.5h6v3H9z',
    'M9 5H7a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-2',
    'M9 14l2 2 4-4',
  ],
  idSearch: [card, circle(15, 11.5, 2.5), 'M16.8 13.3 19 15.5', 'M6.5 9.5h4M6.5 13h3'],
  building: [
    'M3 21h18',
    'M3.5 9.5h17L12 4 3.5 9.5Z',
    'M6 9.5V18M10 9.5V18M14 9.5V18M18 9.5V18',
    'M4.5 18h15',
  ],
  clinic: [
    'M5 21V5a1 1 0 0 1 1-1h12a1 1 0 0 1 1 1v16',
    'M3 21h18',
    'M12 7v5M9.5 9.5h5',
    'M10 21v-4h4v4',
  ],
  stethoscope: [
    'M5 3h1.5v5.5a3.5 3.5 0 0 0 7 0V3H15',
    'M10 12v2.5a5 5 0 0 0 10 0V13',
    circle(20, 11, 2),
  ],
  briefcase: [
    'M4 8h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1Z',
    'M9 8V6a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2',
    'M3 13h18',
  ],
  mapPin: ['M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21Z', circle(12, 9.5, 2.5)],
  bookOpen: [
    'M12 6.5C10 5 7.5 4.5 3 4.5v14c4.5 0 7 .5 9 2 2-1.5 4.5-2 9-2v-14c-4.5 0-7 .5-9 2Z',
    'M12 6.5v14',
  ],
  question: [
    circle(12, 12, 9),
    'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.4',
    'M12 16.8h.01',
  ],
  robot: [
    'M6 8h12a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2Z',
    'M12 8V4.5',
    'M9 12.5h.01M15 12.5h.01',
    'M10 15.5h4',
    'M2 12.5v2M22 12.5v2',
  ],
  phone: [
    'M5 4h3l1.5 4.5-2 1.3a11 11 0 0 0 6.7 6.7l1.3-2L20 16v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2Z',
  ],
  mail: [
    'M4 6h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1Z',
    'M3.5 7l8.5 6.5L20.5 7',
  ],
  feedback: [bubble, 'M7.5 9h9M7.5 12.5h6'],
  arrowLeft: ['M20 12H4.5', 'M10.5 6l-6 6 6 6'],
  chevronRight: ['M9 5.5l6.5 6.5L9 18.5'],
  eye: [eye, circle(12, 12, 3)],
  eyeOff: [eye, circle(12, 12, 3), 'M4 4l16 16'],
  info: [circle(12, 12, 9), 'M12 11v5.5', 'M12 7.8h.01'],
  alert: [circle(12, 12, 9), 'M12 7v6', 'M12 16.5h.01'],
  checkCircle: [circle(12, 12, 9), 'M8 12.5l2.7 2.7L16 10'],
  offline: [
    'M2 8.8a15 15 0 0 1 20 0',
    'M5 12.3a10 10 0 0 1 14 0',
    'M8.5 15.8a5 5 0 0 1 7 0',
    'M12 19.5h.01',
    'M3 3l18 18',
  ],
  login: ['M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4', 'M3 12h11', 'M10 8l4 4-4 4'],
} as const satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICON_PATHS;
