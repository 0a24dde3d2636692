import type { BhxhCodeLookupRequest, BhxhCodeLookupResult, PowChallenge } from '@vssid/contracts';
import { formatDate, isValidIsoDate, maskName, searchKey } from '@vssid/domain';
import { AppError } from '../../lib/app-error.ts';
import { type Clock, HOUR, MINUTE } from '../../lib/clock.ts';
import { newSalt, verifyProofOfWork } from '../../lib/proof-of-work.ts';
import { hmac } from '../../lib/secrets.ts';
import type { BhxhCodeLookupRepository } from '../../repositories/bhxh-code-lookup.repository.ts';
import type { LookupChallengeRepository } from '../../repositories/lookup-challenge.repository.ts';
import type { RateLimitService } from '../rate-limit.service.ts';

const DAY = 24 * HOUR;

/**
 * Anti-scraping limits of "Tra cứu mã số BHXH", per client address (all counted in the
 * database, so they hold across instances). A person looking up their own code needs one or
 * two tries; a scraper needs millions.
 */
export const BHXH_LOOKUP_LIMITS = {
  /** Lookups an hour without any challenge. */
  freePerHour: 3,
  /** Lookups an hour in all (429 RATE_LIMITED after). */
  perHour: 20,
  /** Lookups a day in all (429 LOOKUP_DAILY_LIMIT after). */
  perDay: 50,
  /** Challenges issued an hour / a day (a few more than lookups: one may expire unsolved). */
  challengesPerHour: 25,
  challengesPerDay: 60,
  /** How long a challenge may be solved and used. */
  challengeTtlMs: 5 * MINUTE,
  /** Leading zero bits: the first challenges of an hour cost ~65,000 hashes (about a second
   * on a phone); every `difficultyStep` more challenges double it, up to `maxDifficulty`. */
  baseDifficulty: 16,
  difficultyStep: 4,
  maxDifficulty: 20,
} as const;
export type BhxhLookupLimits = { [K in keyof typeof BHXH_LOOKUP_LIMITS]: number };

/** Difficulty of the n-th challenge (1-based) an address asks for within the hour. */
export function challengeDifficulty(n: number, l: BhxhLookupLimits = BHXH_LOOKUP_LIMITS): number {
  return Math.min(l.maxDifficulty, l.baseDifficulty + Math.floor((n - 1) / l.difficultyStep));
}

/** Vietnamese-aware lower case, NFC, single spaces. */
function lowerName(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** True when the typed name carries any Vietnamese diacritic (tones, circumflex, breve, horn, đ). */
function hasDiacritics(s: string): boolean {
  const lower = lowerName(s);
  return searchKey(lower) !== lower;
}

/**
 * The typed name against a recorded one whose name key already matched: typed without any
 * diacritics, that is enough ("nguyen van an" is An and Ân); typed with them, the whole name
 * must be the same letters, tones included ("Nguyễn Văn An" ≠ "Nguyễn Văn Ân").
 */
export function typedNameMatches(typed: string, recorded: string): boolean {
  if (!hasDiacritics(typed)) return searchKey(typed) === searchKey(recorded);
  return lowerName(typed) === lowerName(recorded);
}

function tooMany(code: 'RATE_LIMITED' | 'LOOKUP_DAILY_LIMIT', retryAfterSeconds: number) {
  return new AppError(code, 429, undefined, { 'retry-after': String(retryAfterSeconds) });
}

/**
 * "Tra cứu mã số BHXH": the code of one unambiguous person, the name masked; never a list
 * and never a count. Nothing personal is logged here (the request log has no bodies).
 */
export function bhxhCodeLookupService(deps: {
  people: BhxhCodeLookupRepository;
  challenges: LookupChallengeRepository;
  rateLimits: RateLimitService;
  clock: Clock;
  hmacKey: Buffer;
  limits?: Partial<BhxhLookupLimits>;
}) {
  const L: BhxhLookupLimits = { ...BHXH_LOOKUP_LIMITS, ...deps.limits };
  /** Addresses are kept only as HMACs: counters and challenges never store an IP. */
  const ipKey = (ip: string) => hmac(deps.hmacKey, `bhxh-code-lookup:${ip}`);

  async function limit(key: string, perHour: number, perDay: number): Promise<number> {
    const day = await deps.rateLimits.hit(`${key}:day`, perDay, DAY);
    if (!day.allowed) throw tooMany('LOOKUP_DAILY_LIMIT', day.retryAfterSeconds);
    const hour = await deps.rateLimits.hit(`${key}:hour`, perHour, HOUR);
    if (!hour.allowed) throw tooMany('RATE_LIMITED', hour.retryAfterSeconds);
    return hour.count;
  }

  /** Field checks that need the calendar or the reference data (the schema did the rest). */
  async function validate(input: BhxhCodeLookupRequest): Promise<void> {
    const fields: { field: string; code: string }[] = [];
    const today = deps.clock.now().toISOString().slice(0, 10);
    if (
      !isValidIsoDate(input.birthDate) ||
      input.birthDate < '1900-01-01' ||
      input.birthDate > today
    )
      fields.push({ field: 'birthDate', code: 'BIRTH_DATE_INVALID' });
    if (!(await deps.people.provinceExists(input.provinceCode)))
      fields.push({ field: 'provinceCode', code: 'PROVINCE_NOT_FOUND' });
    else if (
      input.communeCode &&
      (await deps.people.communeProvince(input.communeCode)) !== input.provinceCode
    )
      fields.push({ field: 'communeCode', code: 'COMMUNE_NOT_IN_PROVINCE' });
    if (fields.length > 0) throw new AppError('VALIDATION_FAILED', 400, fields);
  }

  return {
    limits: L,

    /** POST /challenge: a fresh proof-of-work challenge bound to this address. */
    async issueChallenge(ip: string): Promise<PowChallenge> {
      const key = ipKey(ip);
      const n = await limit(`bhxh-challenge:${key}`, L.challengesPerHour, L.challengesPerDay);
      const now = deps.clock.now();
      await deps.challenges.purgeExpired(now);
      const expiresAt = new Date(now.getTime() + L.challengeTtlMs);
      const salt = newSalt();
      const difficulty = challengeDifficulty(n, L);
      const { id } = await deps.challenges.insert({ salt, difficulty, ipKey: key, expiresAt });
      return { id, salt, difficulty, expiresAt: expiresAt.toISOString() };
    },

    async lookup(input: BhxhCodeLookupRequest, ip: string): Promise<BhxhCodeLookupResult> {
      await validate(input);
      const key = ipKey(ip);
      if (input.challenge) {
        const now = deps.clock.now();
        const issued = await deps.challenges.consume(input.challenge.id, key, now);
        if (!issued || !verifyProofOfWork(issued.salt, issued.difficulty, input.challenge.nonce))
          throw new AppError('CHALLENGE_INVALID', 400);
      } else {
        const free = await deps.rateLimits.hit(`bhxh-lookup-free:${key}`, L.freePerHour, HOUR);
        if (!free.allowed) throw new AppError('CHALLENGE_REQUIRED', 428);
      }
      await limit(`bhxh-lookup:${key}`, L.perHour, L.perDay);

      const rows = await deps.people.candidates({
        nameKey: searchKey(input.fullName),
        birthDate: input.birthDate,
        provinceCode: input.provinceCode,
        communeCode: input.communeCode,
        idNumber: input.idNumber,
      });
      const matches = rows.filter((r) => typedNameMatches(input.fullName, r.fullName));
      if (matches.length === 0) return { status: 'not_found' };
      if (matches.length > 1) return { status: 'ambiguous' };
      const [person] = matches as [(typeof matches)[0]];
      return {
        status: 'found',
        bhxhCode: person.bhxhCode,
        maskedName: maskName(person.fullName),
        birthDate: formatDate(input.birthDate),
      };
    },
  };
}
export type BhxhCodeLookupService = ReturnType<typeof bhxhCodeLookupService>;
