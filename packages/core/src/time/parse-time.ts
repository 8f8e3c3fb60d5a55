import { WALL_OK, ZoneConverter } from "./zoned-time.js";

const DAY_MS = 86_400_000;
/** Days from the Excel 1900 epoch (serial 0 = 1899-12-30, after Excel's 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;
/** Excel serials read as dates: 1954-10-03 … 2201-02-28; other plain numbers are not taken as dates. */
const EXCEL_MIN = 20000;
const EXCEL_MAX = 110000;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Evidence for the day/month order of a `nn/nn/yyyy` or `nn-nn-yyyy` value: 1 when the first field
 * exceeds 12 (day first), 2 when the second does (month first), 0 when both could be months, -1 when
 * the value is not of that form (ISO, dotted dates, numbers).
 */
export function dayMonthEvidence(s: string): -1 | 0 | 1 | 2 {
  let i = 0;
  const n = s.length;
  while (i < n && s.charCodeAt(i) <= 32) i++;
  let a = 0,
    la = 0;
  while (i < n && isDigit(s.charCodeAt(i)) && la < 3) {
    a = a * 10 + s.charCodeAt(i) - 48;
    i++;
    la++;
  }
  if (la < 1 || la > 2 || i >= n) return -1;
  const sep = s.charCodeAt(i);
  if (sep !== 47 /* / */ && sep !== 45 /* - */) return -1;
  i++;
  let b = 0,
    lb = 0;
  while (i < n && isDigit(s.charCodeAt(i)) && lb < 3) {
    b = b * 10 + s.charCodeAt(i) - 48;
    i++;
    lb++;
  }
  if (lb < 1 || lb > 2 || s.charCodeAt(i) !== sep) return -1;
  if (a > 12 && b <= 12) return 1;
  if (b > 12 && a <= 12) return 2;
  return 0;
}

/**
 * Parses one timestamp to UTC epoch ms (NaN when unreadable). Accepts ISO-8601 with `T` or space, with
 * `Z`/`±hh:mm`/`±hhmm`/`±hh` or without an offset (then wall-clock in the zone); `yyyy/mm/dd hh:mm:ss.SSS`;
 * `dd.mm.yyyy hh:mm`; `dd/mm/yyyy` or `mm/dd/yyyy` by the given order; date only; fractional seconds
 * (to ms, truncated); AM/PM; Excel serial dates (1900 system, 20000–110000, wall-clock in the zone);
 * `yyyymmdd`; epoch seconds (10 digits) and milliseconds (13 digits).
 * After each call, `flag` tells whether a wall-clock time fell in a DST gap or repeated hour.
 *
 * @example
 * new TimeParser("Europe/Stockholm").parse("2011/10/01 00:38:44.546") // Date.UTC(2011, 8, 30, 22, 38, 44, 546)
 */
export class TimeParser {
  flag = WALL_OK;
  gapMs = 0;
  private readonly zone: ZoneConverter;

  constructor(
    tz: string | ZoneConverter,
    /** Order for `nn/nn/yyyy` values; dotted dates are always day first. */
    public order: "dmy" | "mdy" = "dmy",
  ) {
    this.zone = typeof tz === "string" ? new ZoneConverter(tz) : tz;
  }

  private wall(ms: number): number {
    const t = this.zone.toUtc(ms);
    this.flag = this.zone.flag;
    this.gapMs = this.zone.gapMs;
    return t;
  }

  /** Parses `s`, or the range `s[from, to)` of it (no substring is built). */
  parse(s: string, from = 0, to = s.length): number {
    this.flag = WALL_OK;
    let i = from;
    let n = to;
    while (i < n && s.charCodeAt(i) <= 32) i++;
    while (n > i && s.charCodeAt(n - 1) <= 32) n--;
    if (i >= n) return Number.NaN;
    if (n - i >= 16 && n - i <= 40) {
      // The common ISO shapes are read from bytes, by one implementation for text and for byte-level readers.
      const len = n - i;
      let ascii = true;
      for (let k = 0; k < len; k++) {
        const c = s.charCodeAt(i + k);
        if (c > 127) ascii = false;
        this.scratch[k] = c;
      }
      if (ascii) {
        const t = this.iso(this.scratch, 0, len);
        if (!Number.isNaN(t)) return t;
      }
    }
    return this.general(s, i, n);
  }

  /**
   * Parses the bytes `b[from, to)` of a UTF-8 or Windows-1252 source without making a string, for the common ISO
   * shapes; anything else is decoded (by `decode`) and read by {@link parse}.
   */
  parseBytes(b: Uint8Array, from: number, to: number, decode: (b: Uint8Array, from: number, to: number) => string): number {
    this.flag = WALL_OK;
    let i = from;
    let n = to;
    while (i < n && b[i] <= 32) i++;
    while (n > i && b[n - 1] <= 32) n--;
    if (i >= n) return Number.NaN;
    if (n - i >= 16) {
      const t = this.iso(b, i, n);
      if (!Number.isNaN(t)) return t;
    }
    return this.parse(decode(b, i, n));
  }

  private readonly scratch = new Uint8Array(40);
  private lastDate = -1;
  private lastDays = 0;

  /**
   * The common shapes `YYYY-MM-DD[T ]HH:MM[:SS[.f…]][Z|±HH:MM|±HHMM]`, read by position without loops over the
   * text; NaN (to fall back to the general parser) for anything else. Consecutive rows mostly share a date, so the
   * day number of the last date is kept.
   */
  private iso(s: Uint8Array, i: number, n: number): number {
    if (s[i + 4] !== 45 || s[i + 7] !== 45 || s[i + 13] !== 58) return NaN;
    const c10 = s[i + 10];
    if (c10 !== 84 && c10 !== 32 && c10 !== 116) return NaN;
    const y = d4b(s, i);
    const m = d2b(s, i + 5);
    const d = d2b(s, i + 8);
    const h = d2b(s, i + 11);
    const mi = d2b(s, i + 14);
    if (y < 0 || m < 1 || m > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return NaN;
    let k = i + 16;
    let sec = 0;
    let ms = 0;
    if (k < n && s[k] === 58) {
      sec = d2b(s, k + 1);
      if (sec < 0 || sec > 59 || k + 3 > n) return NaN;
      k += 3;
      if (k < n && (s[k] === 46 || s[k] === 44)) {
        k++;
        let scale = 100;
        const k0 = k;
        while (k < n) {
          const c = s[k];
          if (c < 48 || c > 57) break;
          if (scale >= 1) ms += (c - 48) * scale;
          scale /= 10;
          k++;
        }
        if (k === k0) return NaN;
        ms = Math.floor(ms);
      }
    }
    let offsetMs = 0;
    let zoned = false;
    if (k === n) zoned = true;
    else {
      const z = s[k];
      if ((z === 90 || z === 122) && k + 1 === n) offsetMs = 0;
      else if (z === 43 || z === 45) {
        const oh = d2b(s, k + 1);
        let om = 0;
        if (k + 3 === n) om = 0;
        else if (k + 6 === n && s[k + 3] === 58) om = d2b(s, k + 4);
        else if (k + 5 === n) om = d2b(s, k + 3);
        else return NaN;
        if (oh < 0 || oh > 14 || om < 0 || om > 59) return NaN;
        offsetMs = (z === 43 ? 1 : -1) * (oh * 3_600_000 + om * 60_000);
      } else return NaN;
    }
    const key = y * 10_000 + m * 100 + d;
    let days: number;
    if (key === this.lastDate) days = this.lastDays;
    else {
      if (d > daysInMonth(y, m)) return NaN;
      days = daysFromCivil(y, m, d);
      this.lastDate = key;
      this.lastDays = days;
    }
    const wallMs = days * 86_400_000 + h * 3_600_000 + mi * 60_000 + sec * 1000 + ms;
    return zoned ? this.wall(wallMs) : wallMs - offsetMs;
  }

  private general(s: string, i: number, n: number): number {
    let j = i;
    let v1 = 0;
    while (j < n && isDigit(s.charCodeAt(j))) {
      v1 = v1 * 10 + s.charCodeAt(j) - 48;
      j++;
    }
    const len1 = j - i;
    if (len1 === 0) return Number.NaN;

    // Plain numbers: epoch, yyyymmdd, Excel serial.
    if (j === n || ((s.charCodeAt(j) === 46 || s.charCodeAt(j) === 44) && allDigits(s, j + 1, n) && j + 1 < n)) {
      const num = j === n ? v1 : Number(s.slice(i, n).replace(",", "."));
      if (j === n && len1 === 13) return v1;
      if (len1 === 10 && num >= 1e9) return Math.round(num * 1000);
      if (j === n && len1 === 8) {
        const y = Math.floor(v1 / 10000),
          m = Math.floor(v1 / 100) % 100,
          d = v1 % 100;
        if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
        return this.wall(utcMs(y, m, d, 0, 0, 0, 0));
      }
      if (num >= EXCEL_MIN && num < EXCEL_MAX) return this.wall(Math.round((num - EXCEL_EPOCH_DAYS) * DAY_MS));
      return Number.NaN;
    }

    let y: number, m: number, d: number;
    const sep = s.charCodeAt(j);
    if (sep !== 45 && sep !== 47 && sep !== 46) return Number.NaN;
    let k = j + 1;
    let v2 = 0;
    const k2 = k;
    while (k < n && isDigit(s.charCodeAt(k))) {
      v2 = v2 * 10 + s.charCodeAt(k) - 48;
      k++;
    }
    const len2 = k - k2;
    if (len2 < 1 || len2 > 2 || k >= n || s.charCodeAt(k) !== sep) return Number.NaN;
    k++;
    let v3 = 0;
    const k3 = k;
    while (k < n && isDigit(s.charCodeAt(k))) {
      v3 = v3 * 10 + s.charCodeAt(k) - 48;
      k++;
    }
    const len3 = k - k3;
    if (len1 === 4) {
      if (len3 < 1 || len3 > 2) return Number.NaN;
      y = v1;
      m = v2;
      d = v3;
    } else if (len1 <= 2 && len3 === 4) {
      y = v3;
      if (sep === 46 || this.order === "dmy") {
        d = v1;
        m = v2;
      } else {
        m = v1;
        d = v2;
      }
    } else return Number.NaN;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;

    let h = 0,
      mi = 0,
      sec = 0,
      ms = 0;
    let offsetMs: number | null = null;
    if (k < n) {
      const c = s.charCodeAt(k);
      if (c !== 84 && c !== 116 && c !== 32) return Number.NaN; // T, t, space
      k++;
      while (k < n && s.charCodeAt(k) === 32) k++;
      // hour
      const kh = k;
      while (k < n && isDigit(s.charCodeAt(k))) {
        h = h * 10 + s.charCodeAt(k) - 48;
        k++;
      }
      if (k - kh < 1 || k - kh > 2) return Number.NaN;
      if (k >= n || s.charCodeAt(k) !== 58) return Number.NaN;
      k++;
      if (!(k + 1 < n && isDigit(s.charCodeAt(k)) && isDigit(s.charCodeAt(k + 1)))) return Number.NaN;
      mi = (s.charCodeAt(k) - 48) * 10 + s.charCodeAt(k + 1) - 48;
      k += 2;
      if (k < n && s.charCodeAt(k) === 58) {
        k++;
        if (!(k + 1 < n && isDigit(s.charCodeAt(k)) && isDigit(s.charCodeAt(k + 1)))) return Number.NaN;
        sec = (s.charCodeAt(k) - 48) * 10 + s.charCodeAt(k + 1) - 48;
        k += 2;
        if (k + 1 < n && (s.charCodeAt(k) === 46 || s.charCodeAt(k) === 44) && isDigit(s.charCodeAt(k + 1))) {
          k++;
          let scale = 100;
          while (k < n && isDigit(s.charCodeAt(k))) {
            if (scale >= 1) ms += (s.charCodeAt(k) - 48) * scale;
            scale /= 10;
            k++;
          }
          ms = Math.floor(ms);
        }
      }
      while (k < n && s.charCodeAt(k) === 32) k++;
      // AM / PM
      if (k + 1 < n && (s.charCodeAt(k + 1) === 77 || s.charCodeAt(k + 1) === 109)) {
        const a = s.charCodeAt(k) | 32;
        if (a === 97 || a === 112) {
          if (h < 1 || h > 12) return Number.NaN;
          h = (h % 12) + (a === 112 ? 12 : 0);
          k += 2;
          while (k < n && s.charCodeAt(k) === 32) k++;
        }
      }
      if (k < n) {
        const z = s.charCodeAt(k);
        if (z === 90 || z === 122) {
          offsetMs = 0;
          k++;
        } else {
          if (n - k >= 3 && isUtcWord(s, k)) {
            offsetMs = 0;
            k += 3;
          }
          if (k < n) {
            const sg = s.charCodeAt(k);
            if (sg !== 43 && sg !== 45 && sg !== 0x2212) return Number.NaN;
            k++;
            let oh = 0,
              om = 0,
              nd = 0;
            while (k < n && isDigit(s.charCodeAt(k)) && nd < 2) {
              oh = oh * 10 + s.charCodeAt(k) - 48;
              k++;
              nd++;
            }
            if (nd === 0) return Number.NaN;
            if (k < n && s.charCodeAt(k) === 58) k++;
            let nm = 0;
            while (k < n && isDigit(s.charCodeAt(k)) && nm < 2) {
              om = om * 10 + s.charCodeAt(k) - 48;
              k++;
              nm++;
            }
            if (nm === 1 || oh > 14 || om > 59) return Number.NaN;
            offsetMs = (sg === 43 ? 1 : -1) * (oh * 3_600_000 + om * 60_000);
          }
        }
        if (k !== n) return Number.NaN;
      }
      if (h > 24 || mi > 59 || sec > 60 || (h === 24 && (mi > 0 || sec > 0 || ms > 0))) return Number.NaN;
      if (sec === 60) sec = 59; // leap second: keep the row, read as the second before
    }
    const wallMs = utcMs(y, m, d, h, mi, sec, ms);
    return offsetMs === null ? this.wall(wallMs) : wallMs - offsetMs;
  }
}

/** Days since 1970-01-01 of the first day of each month, 1900-01 … 2099-12 (a table beats the arithmetic per row). */
const MONTH_DAYS = (() => {
  const t = new Int32Array(200 * 12);
  for (let y = 1900; y < 2100; y++) for (let m = 1; m <= 12; m++) t[(y - 1900) * 12 + m - 1] = civilDays(y, m, 1);
  return t;
})();

/** Days since 1970-01-01 of a date (proleptic Gregorian). */
export function daysFromCivil(y: number, m: number, d: number): number {
  return y >= 1900 && y < 2100 ? MONTH_DAYS[(y - 1900) * 12 + m - 1] + d - 1 : civilDays(y, m, d);
}

/** Howard Hinnant's days-from-civil. */
function civilDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * UTC epoch ms of a proleptic Gregorian date-time, for any year (Date.UTC reads years 0–99 as 1900–1999).
 * Days from the civil date by Howard Hinnant's algorithm.
 */
export function utcMs(y: number, m: number, d: number, h: number, mi: number, s: number, ms: number): number {
  return daysFromCivil(y, m, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000 + ms;
}

/** "UTC" or "GMT" (any case) at `k`. */
function isUtcWord(s: string, k: number): boolean {
  const a = s.charCodeAt(k) | 32;
  const b = s.charCodeAt(k + 1) | 32;
  const c = s.charCodeAt(k + 2) | 32;
  return (a === 117 && b === 116 && c === 99) || (a === 103 && b === 109 && c === 116);
}

/** Two decimal digits of bytes at `k` as a number, or −1. */
function d2b(s: Uint8Array, k: number): number {
  const a = s[k] - 48;
  const b = s[k + 1] - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Four decimal digits of bytes at `k` as a number, or −1. */
function d4b(s: Uint8Array, k: number): number {
  const a = d2b(s, k);
  const b = d2b(s, k + 2);
  return a >= 0 && b >= 0 ? a * 100 + b : -1;
}

function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}
