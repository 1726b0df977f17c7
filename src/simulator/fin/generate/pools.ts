/** Word lists the generator draws from; realistic enough for newcomers exploring `npm start`. */

/** A country customers live or incorporate in: ISO 3166 alpha-3, E.164 calling code, national number shape. */
export interface CountryProfile {
  readonly alpha3: string;
  readonly callingCode: string;
  /** First digit(s) of a national mobile number and how many digits follow. */
  readonly mobilePrefixes: readonly string[];
  readonly restDigits: number;
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  /** Top-level domain for business emails. */
  readonly tld: string;
}

const ANGLO_FIRST = [
  'James',
  'Olivia',
  'Michael',
  'Emma',
  'Daniel',
  'Sophia',
  'Ethan',
  'Ava',
  'Noah',
  'Grace',
  'Liam',
  'Chloe',
];
const ANGLO_LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Miller',
  'Davis',
  'Wilson',
  'Taylor',
  'Clark',
  'Walker',
  'Young',
  'King',
];
const BENGALI_FIRST = ['Fatima', 'Rahim', 'Ayesha', 'Tanvir', 'Nusrat', 'Arif', 'Sadia', 'Imran', 'Farhana', 'Kamal'];
const BENGALI_LAST = ['Rahman', 'Hossain', 'Islam', 'Ahmed', 'Chowdhury', 'Khan', 'Akter', 'Uddin', 'Sarkar', 'Das'];
const INDIAN_FIRST = ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Isha', 'Arjun', 'Meera', 'Karan', 'Divya'];
const INDIAN_LAST = ['Sharma', 'Patel', 'Gupta', 'Iyer', 'Reddy', 'Nair', 'Mehta', 'Singh', 'Kapoor', 'Joshi'];
const FILIPINO_FIRST = ['Jose', 'Maria', 'Paolo', 'Andrea', 'Miguel', 'Camille', 'Rafael', 'Bea'];
const FILIPINO_LAST = ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva', 'Ramos'];
const SG_FIRST = ['Wei Ling', 'Jun Jie', 'Hui Min', 'Kai Xiang', 'Siti', 'Arun', 'Mei Ling', 'Zhi Hao'];
const SG_LAST = ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Goh', 'Chua', 'Koh'];
const NEPALI_FIRST = ['Aashish', 'Sita', 'Bikash', 'Anjali', 'Suman', 'Pooja'];
const NEPALI_LAST = ['Shrestha', 'Gurung', 'Thapa', 'Adhikari', 'Rai', 'Karki'];
const PAK_FIRST = ['Ali', 'Zainab', 'Usman', 'Hira', 'Bilal', 'Mahnoor'];
const PAK_LAST = ['Qureshi', 'Malik', 'Butt', 'Sheikh', 'Siddiqui', 'Abbasi'];
const JP_FIRST = ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina'];
const JP_LAST = ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito'];
const DE_FIRST = ['Lukas', 'Hannah', 'Jonas', 'Lea', 'Felix', 'Mia'];
const DE_LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker'];
const NG_FIRST = ['Chinedu', 'Amaka', 'Tunde', 'Ngozi', 'Emeka', 'Funmi'];
const NG_LAST = ['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye'];
const MX_FIRST = ['Santiago', 'Valentina', 'Mateo', 'Camila', 'Diego', 'Lucía'];
const MX_LAST = ['Hernández', 'López', 'Martínez', 'González', 'Pérez', 'Rodríguez'];

/** Weighted toward the corridors the Fin documents show (USD, BDT, INR, PHP, SGD, …). */
export const COUNTRIES: readonly CountryProfile[] = [
  {
    alpha3: 'USA',
    callingCode: '1',
    mobilePrefixes: ['212', '415', '646', '312', '305', '512', '206'],
    restDigits: 7,
    firstNames: ANGLO_FIRST,
    lastNames: ANGLO_LAST,
    tld: 'com',
  },
  {
    alpha3: 'CAN',
    callingCode: '1',
    mobilePrefixes: ['416', '604', '514', '403'],
    restDigits: 7,
    firstNames: ANGLO_FIRST,
    lastNames: ANGLO_LAST,
    tld: 'ca',
  },
  {
    alpha3: 'GBR',
    callingCode: '44',
    mobilePrefixes: ['7'],
    restDigits: 9,
    firstNames: ANGLO_FIRST,
    lastNames: ANGLO_LAST,
    tld: 'co.uk',
  },
  {
    alpha3: 'AUS',
    callingCode: '61',
    mobilePrefixes: ['4'],
    restDigits: 8,
    firstNames: ANGLO_FIRST,
    lastNames: ANGLO_LAST,
    tld: 'com.au',
  },
  {
    alpha3: 'BGD',
    callingCode: '880',
    mobilePrefixes: ['17', '18', '19', '15', '13'],
    restDigits: 8,
    firstNames: BENGALI_FIRST,
    lastNames: BENGALI_LAST,
    tld: 'com.bd',
  },
  {
    alpha3: 'IND',
    callingCode: '91',
    mobilePrefixes: ['98', '97', '91', '88', '70'],
    restDigits: 8,
    firstNames: INDIAN_FIRST,
    lastNames: INDIAN_LAST,
    tld: 'in',
  },
  {
    alpha3: 'PHL',
    callingCode: '63',
    mobilePrefixes: ['917', '918', '927', '995'],
    restDigits: 7,
    firstNames: FILIPINO_FIRST,
    lastNames: FILIPINO_LAST,
    tld: 'ph',
  },
  {
    alpha3: 'SGP',
    callingCode: '65',
    mobilePrefixes: ['8', '9'],
    restDigits: 7,
    firstNames: SG_FIRST,
    lastNames: SG_LAST,
    tld: 'sg',
  },
  {
    alpha3: 'NPL',
    callingCode: '977',
    mobilePrefixes: ['98'],
    restDigits: 8,
    firstNames: NEPALI_FIRST,
    lastNames: NEPALI_LAST,
    tld: 'com.np',
  },
  {
    alpha3: 'PAK',
    callingCode: '92',
    mobilePrefixes: ['30', '31', '33'],
    restDigits: 8,
    firstNames: PAK_FIRST,
    lastNames: PAK_LAST,
    tld: 'pk',
  },
  {
    alpha3: 'JPN',
    callingCode: '81',
    mobilePrefixes: ['90', '80', '70'],
    restDigits: 8,
    firstNames: JP_FIRST,
    lastNames: JP_LAST,
    tld: 'jp',
  },
  {
    alpha3: 'DEU',
    callingCode: '49',
    mobilePrefixes: ['151', '160', '176'],
    restDigits: 8,
    firstNames: DE_FIRST,
    lastNames: DE_LAST,
    tld: 'de',
  },
  {
    alpha3: 'NGA',
    callingCode: '234',
    mobilePrefixes: ['803', '806', '813'],
    restDigits: 7,
    firstNames: NG_FIRST,
    lastNames: NG_LAST,
    tld: 'ng',
  },
  {
    alpha3: 'MEX',
    callingCode: '52',
    mobilePrefixes: ['55', '33', '81'],
    restDigits: 8,
    firstNames: MX_FIRST,
    lastNames: MX_LAST,
    tld: 'mx',
  },
];

/** Relative frequency of each entry of COUNTRIES. */
export const COUNTRY_WEIGHTS: readonly number[] = [18, 4, 6, 3, 12, 10, 6, 7, 3, 4, 3, 3, 3, 3];

export const PERSONAL_EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com'];

export const BUSINESS_WORDS = [
  'Acme',
  'Northwind',
  'Bluefin',
  'Summit',
  'Harbor',
  'Lotus',
  'Meridian',
  'Cobalt',
  'Evergreen',
  'Orbit',
  'Sterling',
  'Zenith',
  'Kestrel',
  'Banyan',
  'Saffron',
  'Pioneer',
];
export const BUSINESS_TRADES = [
  'Logistics',
  'Trading',
  'Software',
  'Textiles',
  'Payments',
  'Foods',
  'Exports',
  'Digital',
  'Freight',
  'Health',
  'Consulting',
  'Energy',
];
export const BUSINESS_SUFFIXES = ['Ltd', 'LLC', 'Inc.', 'Pte. Ltd.', 'Limited', 'Corp.', 'GmbH', 'Pvt. Ltd.'];
export const BUSINESS_MAILBOXES = ['contact', 'ops', 'finance', 'compliance', 'admin', 'hello'];
