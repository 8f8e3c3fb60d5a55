import { hmacSha256, toHex, utf8 } from "./sha256.js";

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Luhn check over 10 digits YYMMDDNNNC (weights 2,1,2,1,…). */
export function luhnValid(digits10: string): boolean {
  if (digits10.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let v = (digits10.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return sum % 10 === 0;
}

/**
 * True when 10 (YYMMDDNNNC) or 12 (CCYYMMDDNNNC) digits form a plausible Swedish personnummer or
 * samordningsnummer (day + 60): a real calendar date and a valid Luhn check digit.
 *
 * @example
 * isPersonnummerDigits("191212121212") // → true (Skatteverket's well-known test number)
 */
export function isPersonnummerDigits(digits: string): boolean {
  let yy: number, full: number | null;
  if (digits.length === 12) {
    const cc = Number(digits.slice(0, 2));
    if (cc < 18 || cc > 20) return false;
    full = Number(digits.slice(0, 4));
    digits = digits.slice(2);
    yy = full % 100;
  } else if (digits.length === 10) {
    full = null;
    yy = Number(digits.slice(0, 2));
  } else return false;
  const m = Number(digits.slice(2, 4));
  let d = Number(digits.slice(4, 6));
  if (d > 60) d -= 60;
  if (m < 1 || m > 12 || d < 1) return false;
  const max = full !== null ? daysInMonth(full, m) : m === 2 ? (yy % 4 === 0 ? 29 : 28) : daysInMonth(2001, m);
  if (d > max) return false;
  return luhnValid(digits);
}

/** A personnummer found inside a value: [start, end) and its last 10 digits. */
export interface PersonnummerHit {
  start: number;
  end: number;
  digits10: string;
}

/**
 * Personnummer written with a separator (`YYMMDD-NNNC`, `YYYYMMDD-NNNC`, `+` for age 100+) anywhere in
 * a value, bounded by non-digits. Returns null (no allocation) when there is none.
 */
export function findSeparatedPersonnummer(s: string): PersonnummerHit[] | null {
  if (s.length < 11) return null;
  let hits: PersonnummerHit[] | null = null;
  for (let i = 6; i < s.length - 4; i++) {
    const c = s.charCodeAt(i);
    if (c !== 45 && c !== 43) continue;
    let a = i;
    while (a > 0 && isDigit(s.charCodeAt(a - 1)) && i - a < 9) a--;
    const before = i - a;
    if ((before !== 6 && before !== 8) || (a > 0 && isDigit(s.charCodeAt(a - 1)))) continue;
    let b = i + 1;
    while (b < s.length && isDigit(s.charCodeAt(b)) && b - i <= 5) b++;
    if (b - i - 1 !== 4) continue;
    const digits = s.slice(a, i) + s.slice(i + 1, b);
    if (!isPersonnummerDigits(digits)) continue;
    (hits ??= []).push({ start: a, end: b, digits10: digits.slice(-10) });
  }
  return hits;
}

/** The value's last 10 digits when the whole (trimmed) value is 10 or 12 digits forming a personnummer. */
export function barePersonnummer(s: string): string | null {
  const len = s.length;
  if (len < 10 || len > 14) return null;
  const t = len === 10 || len === 12 ? s : s.trim();
  if (t.length !== 10 && t.length !== 12) return null;
  for (let i = 0; i < t.length; i++) if (!isDigit(t.charCodeAt(i))) return null;
  return isPersonnummerDigits(t) ? t.slice(-10) : null;
}

/**
 * Keyed pseudonym of a personnummer: "P-" + the first 12 hex digits of HMAC-SHA-256(key, YYMMDDNNNC).
 * The same person gets the same pseudonym under the same key whatever the written form.
 *
 * @example
 * pseudonym("1212121212", "hemlig") // → "P-…" — P- and 12 hex digits
 */
export function pseudonym(digits10: string, key: string): string {
  return `P-${toHex(hmacSha256(utf8(key), utf8(digits10))).slice(0, 12)}`;
}

/**
 * Runs of exactly 10 or 12 digits inside a longer value (free text such as "pat 191212121212 ringde"), bounded by
 * non-digits, that form a personnummer. Values that are only digits are left to {@link barePersonnummer}.
 */
export function findEmbeddedPersonnummer(s: string): (PersonnummerHit & { length: 10 | 12 })[] | null {
  let hits: (PersonnummerHit & { length: 10 | 12 })[] | null = null;
  const n = s.length;
  if (n < 11) return null;
  let i = 0;
  while (i < n) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    const len = j - i;
    if ((len === 10 || len === 12) && len < n) {
      const digits = s.slice(i, j);
      if (isPersonnummerDigits(digits)) (hits ??= []).push({ start: i, end: j, digits10: digits.slice(-10), length: len });
    }
    i = j;
  }
  return hits;
}
