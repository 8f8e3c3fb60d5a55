import { barePersonnummer, findEmbeddedPersonnummer, findSeparatedPersonnummer, pseudonym } from "../../privacy/personnummer.js";

/** Share of a column's digit-only 10/12-digit values that must pass the personnummer test before they count. */
const BARE_SHARE = 0.5;

/** A dictionary-encoded column to check: its distinct values and the row where each first occurs. */
export interface ScannedColumn {
  name: string;
  values: readonly string[];
  firstRow: ArrayLike<number>;
}

/** Personnummer found in one column: value codes and the first row of each. */
export interface ColumnHits {
  column: string;
  codes: number[];
  rows: number[];
  /** Replace 10-digit runs embedded in text as well (the column's digit runs are mostly personnummer). */
  embedded10: boolean;
}

/**
 * Finds personnummer among the distinct values of each column — once per value, not per cell. Written with a
 * separator (YYMMDD-NNNC, YYYYMMDD-NNNC) or as 12 digits inside text they always count; bare 10/12-digit values,
 * and 10-digit runs inside text, count when at least half of the column's such values pass (so a column of
 * ten-digit order numbers, a tenth of which pass the Luhn check by chance, is not taken for personnummer).
 *
 * @example
 * scanColumns([{ name: "kommentar", values: ["pat 191212121212 ringde"], firstRow: [2] }])[0].rows // → [2]
 */
export function scanColumns(columns: readonly ScannedColumn[]): ColumnHits[] {
  const out: ColumnHits[] = [];
  for (const col of columns) {
    const sure: number[] = [];
    const bare: number[] = [];
    let bareCandidates = 0;
    const emb10: number[] = [];
    let emb10Candidates = 0;
    col.values.forEach((v, code) => {
      if (v.length < 10) return;
      const t = v.trim();
      if ((t.length === 10 || t.length === 12) && /^\d+$/.test(t)) {
        bareCandidates++;
        if (barePersonnummer(t) !== null) bare.push(code);
        return;
      }
      if (findSeparatedPersonnummer(v) !== null) {
        sure.push(code);
        return;
      }
      const runs = findEmbeddedPersonnummer(v);
      if (runs?.some((r) => r.length === 12)) sure.push(code);
      else if (runs) emb10.push(code);
      emb10Candidates += countDigitRuns10(v);
    });
    const codes = sure.slice();
    if (bare.length > 0 && bare.length / bareCandidates >= BARE_SHARE) codes.push(...bare);
    const embedded10 = emb10.length > 0 && emb10.length / Math.max(1, emb10Candidates) >= BARE_SHARE;
    if (embedded10) codes.push(...emb10);
    if (codes.length === 0) continue;
    codes.sort((a, b) => col.firstRow[a] - col.firstRow[b]);
    out.push({ column: col.name, codes, rows: codes.map((c) => col.firstRow[c]), embedded10 });
  }
  return out;
}

function countDigitRuns10(s: string): number {
  let k = 0;
  for (const m of s.matchAll(/(?<!\d)\d{10}(?!\d)/g)) if (m[0].length === 10) k++;
  return k;
}

/**
 * `value` with every personnummer replaced by its keyed pseudonym (see {@link pseudonym}); returns the new value
 * and how many were replaced.
 *
 * @example
 * pseudonymiseValue("pat 19121212-1212", "k").count // → 1
 */
export function pseudonymiseValue(value: string, key: string, embedded10 = true): { value: string; count: number } {
  const whole = barePersonnummer(value);
  if (whole !== null) return { value: pseudonym(whole, key), count: 1 };
  const hits = [
    ...(findSeparatedPersonnummer(value) ?? []),
    ...(findEmbeddedPersonnummer(value) ?? []).filter((h) => h.length === 12 || embedded10),
  ].sort((a, b) => a.start - b.start);
  if (hits.length === 0) return { value, count: 0 };
  let out = "";
  let at = 0;
  let count = 0;
  for (const h of hits) {
    if (h.start < at) continue;
    out += value.slice(at, h.start) + pseudonym(h.digits10, key);
    at = h.end;
    count++;
  }
  return { value: out + value.slice(at), count };
}

/** True when a single value holds a personnummer in any written form (for values shown in messages). */
export function holdsPersonnummer(value: string): boolean {
  return barePersonnummer(value) !== null || findSeparatedPersonnummer(value) !== null || findEmbeddedPersonnummer(value) !== null;
}
