import { checkCharFor } from '../../contract/idcard';
import type { POVERTY_STATUSES } from '../../contract/students';
import { guardian, givenName, surnameFor } from './names';
import type { Rng } from './prng';
import type { County } from './regions';

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A birth date giving an age at enrolment (1 September) of minAge..maxAge whole years. */
export function birthDateFor(rng: Rng, intakeYear: number, minAge: number, maxAge: number): string {
  const latest = Date.UTC(intakeYear - minAge, 8, 1);
  const earliest = Date.UTC(intakeYear - maxAge - 1, 8, 2);
  return isoDay(earliest + rng.int(0, Math.round((latest - earliest) / DAY_MS)) * DAY_MS);
}

/** GB 11643: region, birth date, two sequence digits, a gender digit (odd = male), check character. */
export function idNumberFor(rng: Rng, region: string, birthDate: string, gender: 'M' | 'F', taken: Set<string>): string {
  for (;;) {
    const genderDigit = rng.int(0, 4) * 2 + (gender === 'M' ? 1 : 0);
    const first17 = region + birthDate.replaceAll('-', '') + rng.digits(2) + genderDigit;
    const id = first17 + checkCharFor(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

const MOBILE_PREFIXES = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '180', '182', '183', '186', '187', '188', '189'];
export const mobile = (rng: Rng) => rng.pick(MOBILE_PREFIXES) + rng.digits(8);

/** Debit-card number: issuer prefix, random digits, Luhn check digit. */
const BANKS = {
  中国农业银行: { weight: 40, prefix: '622848' },
  中国邮政储蓄银行: { weight: 25, prefix: '621799' },
  中国建设银行: { weight: 15, prefix: '621700' },
  中国工商银行: { weight: 12, prefix: '622202' },
  中国银行: { weight: 8, prefix: '621661' },
} as const;

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function bankAccount(rng: Rng): { bankName: string; bankAccount: string } {
  const [bankName, { prefix }] = rng.choose(Object.entries(BANKS), ([, bank]) => bank.weight);
  const body = prefix + rng.digits(12);
  return { bankName, bankAccount: body + luhnDigit(body) };
}

type Poverty = (typeof POVERTY_STATUSES)[number];
/** 脱贫监测 households exist only since 2021, after the poverty-alleviation campaign ended. */
export function povertyStatus(rng: Rng, intakeYear: number): Poverty {
  return rng.weighted<Poverty>({ registered: 82, dibao: 9, tekun: 3, monitored: intakeYear >= 2021 ? 8 : 0, other: 6 });
}

const GROUP_NUMBERS = '一二三四五六七八九十';

/** The personal part of a student record: name, identity, home, guardian, bank. */
export function personFor(rng: Rng, county: County, opts: { intakeYear: number; gender: 'M' | 'F'; senior: boolean; taken: Set<string> }) {
  const ethnicity = rng.weighted(county.ethnicities);
  const surname = surnameFor(rng, ethnicity, county.hanSurnames);
  const birthDate = opts.senior ? birthDateFor(rng, opts.intakeYear, 17, 18) : birthDateFor(rng, opts.intakeYear, 15, 16);
  const g = guardian(rng, surname, ethnicity, county.hanSurnames);
  return {
    name: surname + givenName(rng, opts.gender),
    gender: opts.gender,
    ethnicity,
    idNumber: idNumberFor(rng, county.code, birthDate, opts.gender, opts.taken),
    birthDate,
    phone: mobile(rng),
    homeProvince: county.province,
    homeCity: county.city,
    homeCounty: county.county,
    homeTown: rng.pick(county.towns),
    homeVillage: `${rng.pick(county.villages)}村${GROUP_NUMBERS[rng.int(0, 9)]}组`,
    povertyStatus: povertyStatus(rng, opts.intakeYear),
    guardianName: g.name,
    guardianRelation: g.relation,
    guardianPhone: mobile(rng),
    dormitory: rng.chance(0.95),
    ...bankAccount(rng),
  };
}
