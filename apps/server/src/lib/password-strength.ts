import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type MatchExtended, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { breachedPasswords } from './breached-passwords.ts';

/**
 * zxcvbn's score runs 0–4 (guesses < 10^3, 10^6, 10^8, 10^10, more); we require 4 (at least
 * 10^10 guesses). zxcvbn's usual 3 is calibrated on English lists; here it lets through exactly
 * the passwords attackers try first in Vietnam: surname + middle + given name + year
 * ("nguyenvanan1990" ≈ 10^8.1, because our given-name list has no frequencies, so its ranks
 * overstate the work) and a common phrase + year ("trangram2026!!" ≈ 10^8.0). Online guessing is
 * capped by the sign-in lock anyway; the score is for the offline case, a stolen table of
 * argon2id hashes (~20 ms a guess per core): 10^8 is days for a small cluster, 10^10 years.
 * The cost is small for Vietnamese passphrases: our dictionaries know few Vietnamese words, so
 * "hoa sữa nở cuối thu" or "con mèo đen ngủ trên mái nhà" still score 4 (tests hold examples).
 */
export const MIN_SCORE = 4;

export type StrengthCode =
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_TOO_GUESSABLE'
  | 'PASSWORD_CONTAINS_PERSONAL';

const dataFile = (name: string) =>
  fileURLToPath(new URL(`../../data/passwords/${name}`, import.meta.url));
const words = (name: string) =>
  readFileSync(dataFile(name), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/** Vietnamese is typed with and without tones; the dictionaries hold toneless words. */
export function withoutTones(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * zxcvbn's cost grows fast with length (a random 256-character string took 1.6 s of CPU on this
 * machine, on the event loop): only the first 64 characters are estimated — 64 characters that
 * are not a pattern are strong whatever follows; a weak start with a long tail is refused.
 */
export const ESTIMATE_MAX_CHARS = 64;

let factory: ZxcvbnFactory | null = null;
/** Built on first use (about 0.1 s for ~55,000 words); server-only, never sent to a browser. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    maxLength: ESTIMATE_MAX_CHARS,
    // l33t variants multiply the work; 6 substitutions (p@ssw0rd has 2) keep a check under ~20 ms.
    l33tMaxSubstitutions: 6,
    graphs: adjacencyGraphs,
    dictionary: {
      // The breached list (data/passwords/SOURCE.md) is the package's own passwords-common.
      ...commonDictionary,
      'passwords-common': [...breachedPasswords()],
      'vi-common': words('vi-common.txt'),
      'vi-service': words('vi-service.txt'),
      'vi-names': words('vi-names.txt'),
    },
  });
  return factory;
}

/** A person's data as the estimator's user inputs: each name part, the whole name, code, date. */
function userInputs(parts: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const p of parts) {
    if (!p) continue;
    const folded = withoutTones(p).toLowerCase();
    out.add(folded.replace(/[^\p{L}\p{N}]/gu, ''));
    for (const w of folded.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 2) out.add(w);
  }
  return [...out].filter(Boolean);
}

/**
 * Null when zxcvbn rates the password at MIN_SCORE or more (estimated without tones, so
 * "mật khẩu" counts as the common "matkhau"); otherwise why: it is made mostly of the person's
 * own data, mostly of common words/names/the service's words, or of patterns (repeats, sequences,
 * keyboard walks, dates).
 */
export function weakness(
  password: string,
  personal: (string | null | undefined)[],
): StrengthCode | null {
  const inputs = userInputs(personal);
  const folded = withoutTones(password);
  // Also without separators: "vssid-demo-2026" is the words vssid, demo and a year to a cracker.
  const compact = folded.replace(/[\s\p{P}\p{S}]+/gu, '');
  const results = [folded, compact]
    .filter((p, i) => i === 0 || (p !== folded && p.length > 0))
    .map((p) => estimator().check(p, inputs));
  const result = results.reduce((a, b) => (b.guesses < a.guesses ? b : a));
  if (result.score >= MIN_SCORE) return null;
  const covered = (m: (x: MatchExtended) => boolean) =>
    result.sequence.filter(m).reduce((n, x) => n + x.j - x.i + 1, 0);
  const dictionary = (x: MatchExtended) => x.pattern === 'dictionary';
  if (covered((x) => dictionary(x) && x.dictionaryName === 'userInputs') > 0)
    return 'PASSWORD_CONTAINS_PERSONAL';
  // Mostly dictionary words: "too common"; otherwise patterns: "too easy to guess".
  return covered(dictionary) * 2 >= result.password.length
    ? 'PASSWORD_TOO_COMMON'
    : 'PASSWORD_TOO_GUESSABLE';
}
