import { calendarMessage } from "../messages/calendar.js";
import { FlodesError } from "../messages/flodes-error.js";
import type { WorkingCalendar } from "../model/calendar.js";
import type { TimeBasis } from "../model/time-basis.js";
import { isoDateOfDay, isoWeekday, parseIsoDate } from "../time/civil-date.js";
import { LocalZone } from "../time/local-zone.js";
import { swedishHolidays } from "./swedish-holidays.js";

/** A wall-clock span "HH:MM"–"HH:MM" within one local day; "24:00" ends the day. */
export type OpeningSpan = readonly [from: string, to: string];

/** Weekday keys of {@link CalendarOptions.openingHours}. */
export type WeekdayKey = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

const WEEKDAY_KEYS: readonly WeekdayKey[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** A date with its own opening hours, overriding weekday, holiday and eve rules. */
export interface CalendarException {
  /** ISO date "YYYY-MM-DD" (local). */
  date: string;
  /** Opening spans that day; `[]` = closed all day. */
  hours: readonly OpeningSpan[];
}

/** Options of {@link createCalendar}. */
export interface CalendarOptions {
  /**
   * Opening spans per weekday. When given, it replaces the default week and weekdays left out are closed.
   * __Default value:__ {@link DEFAULT_OPENING_HOURS}: Monday–Friday 07:30–16:30, Saturday and Sunday closed.
   */
  openingHours?: Partial<Record<WeekdayKey, readonly OpeningSpan[]>>;
  /** Close on Swedish public holidays ({@link swedishHolidays} kind "holiday"). __Default value:__ `true` */
  closedOnHolidays?: boolean;
  /** Close on julafton, nyårsafton and midsommarafton. __Default value:__ `true` */
  closedOnEves?: boolean;
  /** Dates with their own hours; they win over every other rule. __Default value:__ none */
  exceptions?: readonly CalendarException[];
  /** IANA zone the opening hours are read in. __Default value:__ `"Europe/Stockholm"` */
  tz?: string;
}

/** A calendar with opening hours: measures working time and answers when the unit is open. */
export interface OpeningCalendar extends WorkingCalendar {
  /** `"working"` for an opening-hours calendar, `"calendar"` for {@link CALENDAR_TIME}. */
  readonly basis: TimeBasis;
  /** Swedish description, e.g. "Arbetstid mån–fre 07:30–16:30; stängt helgdagar och aftnar (Europe/Stockholm)". */
  readonly label: string;
  /** English description. */
  readonly labelEn: string;
  /** True when the instant lies in an open span (spans are half-open [from, to)). */
  isOpen(ms: number): boolean;
  /** Open spans clipped to [startMs, endMs), sorted; spans touching across midnight are merged. */
  openIntervals(startMs: number, endMs: number): [number, number][];
}

interface DayInfo {
  /** Instant of local 00:00 and of the next day's 00:00. */
  startMs: number;
  endMs: number;
  /** Open spans as instants, sorted, disjoint: [s0, e0, s1, e1, …]. */
  open: number[];
  openMs: number;
}

const FN = "createCalendar";
const DEFAULT_SPAN: readonly OpeningSpan[] = [["07:30", "16:30"]];

/**
 * The one default working week of flodes — weekdays 07:30–16:30, the usual day of the region's clinics — used by
 * `createCalendar()`, the CLI's `--working-time` and the site, so working-time figures agree everywhere.
 */
export const DEFAULT_OPENING_HOURS: Readonly<Record<WeekdayKey, readonly OpeningSpan[]>> = {
  mon: DEFAULT_SPAN,
  tue: DEFAULT_SPAN,
  wed: DEFAULT_SPAN,
  thu: DEFAULT_SPAN,
  fri: DEFAULT_SPAN,
  sat: [],
  sun: [],
};

function parseMinute(text: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  const minute = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!m || Number(m[2]) > 59 || !(minute >= 0 && minute <= 1440)) throw new FlodesError(calendarMessage.badTime(FN, text));
  return minute;
}

function parseSpans(spans: readonly OpeningSpan[]): [number, number][] {
  return spans.map(([from, to]) => {
    const a = parseMinute(from);
    const b = parseMinute(to);
    if (!(b > a)) throw new FlodesError(calendarMessage.badSpan(FN, from, to));
    return [a, b];
  });
}

/**
 * Creates a working-time calendar: opening hours per weekday in wall-clock time, Swedish public holidays and
 * eves closed (by default), per-date exceptions, all read in an IANA zone with DST. Wall-clock spans are turned
 * into real instants per local date, so a working day across a DST change is as long as the clock says it is
 * open: a 24-hour-open calendar gives 23 h on the spring day and 25 h on the autumn day. A span boundary in
 * the spring gap (e.g. 02:30 on 2025-03-30) moves to the end of the gap (03:00), since that time never
 * occurs; a boundary in the repeated autumn hour is its first occurrence when it opens a span and its second
 * when it closes one, so an open span covers the whole repeated hour.
 *
 * `workingMs(a, b)` sums the open time in [a, b): it is exact and additive (for a ≤ b ≤ c,
 * workingMs(a, c) = workingMs(a, b) + workingMs(b, c)) and costs O(days spanned); each local day's spans are
 * computed once and cached.
 * @example
 * const cal = createCalendar({ openingHours: { mon: [["07:30", "16:30"]], tue: [["07:30", "16:30"]] } });
 * cal.workingMs(Date.parse("2025-04-14T05:00:00Z"), Date.parse("2025-04-15T05:00:00Z")) // → 32400000 — 9 h (Monday 07:30–16:30 CEST)
 */
export function createCalendar(options: CalendarOptions = {}): OpeningCalendar {
  const tz = options.tz ?? "Europe/Stockholm";
  let zone: LocalZone;
  try {
    zone = new LocalZone(tz);
  } catch {
    throw new FlodesError(calendarMessage.badZone(FN, tz));
  }
  const closedOnHolidays = options.closedOnHolidays ?? true;
  const closedOnEves = options.closedOnEves ?? true;
  const hoursIn = options.openingHours;
  if (hoursIn)
    for (const k of Object.keys(hoursIn))
      if (!WEEKDAY_KEYS.includes(k as WeekdayKey)) throw new FlodesError(calendarMessage.badWeekday(FN, k));
  const weekSpans: readonly OpeningSpan[][] = WEEKDAY_KEYS.map((k) => [...(hoursIn ? (hoursIn[k] ?? []) : DEFAULT_OPENING_HOURS[k])]);
  const week = weekSpans.map(parseSpans);
  const exceptions = new Map<number, [number, number][]>();
  for (const ex of options.exceptions ?? []) {
    const d = parseIsoDate(ex.date);
    if (d === null) throw new FlodesError(calendarMessage.badDate(FN, ex.date));
    exceptions.set(d, parseSpans(ex.hours));
  }
  const closedYears = new Map<number, Set<string>>();
  const isClosedDate = (iso: string): boolean => {
    if (!closedOnHolidays && !closedOnEves) return false;
    const year = Number(iso.slice(0, iso.length - 6));
    let set = closedYears.get(year);
    if (!set) {
      set = new Set(
        swedishHolidays(year)
          .filter((h) => (h.kind === "holiday" ? closedOnHolidays : closedOnEves))
          .map((h) => h.date),
      );
      closedYears.set(year, set);
    }
    return set.has(iso);
  };

  const days = new Map<number, DayInfo>();
  const dayInfo = (day: number): DayInfo => {
    const hit = days.get(day);
    if (hit) return hit;
    const startMs = zone.toUtc(day, 0, "first");
    const endMs = zone.toUtc(day + 1, 0, "first");
    const spans = exceptions.get(day) ?? (isClosedDate(isoDateOfDay(day)) ? [] : week[isoWeekday(day)]!);
    const raw = spans
      .map(([a, b]): [number, number] => [zone.toUtc(day, a, "first"), b === 1440 ? endMs : zone.toUtc(day, b, "last")])
      .filter(([a, b]) => b > a)
      .sort((x, y) => x[0] - y[0]);
    const open: number[] = [];
    let openMs = 0;
    for (const [a, b] of raw) {
      const n = open.length;
      if (n > 0 && a <= open[n - 1]!) {
        if (b > open[n - 1]!) {
          openMs += b - open[n - 1]!;
          open[n - 1] = b;
        }
      } else {
        open.push(a, b);
        openMs += b - a;
      }
    }
    const info = { startMs, endMs, open, openMs };
    if (days.size > 200_000) days.clear();
    days.set(day, info);
    return info;
  };
  let lastDay = zone.dayOf(Date.now());
  const dayContaining = (ms: number): number => {
    let d = lastDay;
    const near = dayInfo(d);
    if (ms < near.startMs || ms >= near.endMs) d = zone.dayOf(ms);
    for (;;) {
      const info = dayInfo(d);
      if (ms < info.startMs) d--;
      else if (ms >= info.endMs) d++;
      else break;
    }
    lastDay = d;
    return d;
  };

  // Open time of whole days in blocks of BLOCK days: prefix sums per block, so a span of years costs a few lookups
  // instead of a walk over every day (a flow ending in 2099 must not take minutes).
  const BLOCK = 512;
  const blocks = new Map<number, Float64Array>();
  const prefix = (block: number): Float64Array => {
    let p = blocks.get(block);
    if (!p) {
      p = new Float64Array(BLOCK + 1);
      for (let k = 0; k < BLOCK; k++) p[k + 1] = p[k] + dayInfo(block * BLOCK + k).openMs;
      blocks.set(block, p);
    }
    return p;
  };
  /** Σ openMs of the days [d0, d1). */
  const openDays = (d0: number, d1: number): number => {
    let total = 0;
    let d = d0;
    while (d < d1) {
      const block = Math.floor(d / BLOCK);
      const p = prefix(block);
      const k = d - block * BLOCK;
      const to = Math.min(d1, (block + 1) * BLOCK) - block * BLOCK;
      total += p[to] - p[k];
      d = block * BLOCK + to;
    }
    return total;
  };
  const partial = (info: DayInfo, startMs: number, endMs: number): number => {
    let t = 0;
    const o = info.open;
    for (let i = 0; i < o.length; i += 2) {
      const a = Math.max(o[i]!, startMs);
      const b = Math.min(o[i + 1]!, endMs);
      if (b > a) t += b - a;
    }
    return t;
  };
  const LONG_SPAN_MS = 64 * 86_400_000;

  const workingMs = (startMs: number, endMs: number): number => {
    if (!(endMs > startMs)) return 0;
    if (endMs - startMs > LONG_SPAN_MS) {
      const d0 = dayContaining(startMs);
      const d1 = dayContaining(endMs);
      return partial(dayInfo(d0), startMs, endMs) + openDays(d0 + 1, d1) + partial(dayInfo(d1), startMs, endMs);
    }
    let total = 0;
    for (let d = dayContaining(startMs); ; d++) {
      const info = dayInfo(d);
      if (info.startMs >= endMs) break;
      if (info.startMs >= startMs && info.endMs <= endMs) {
        total += info.openMs;
        continue;
      }
      const o = info.open;
      for (let i = 0; i < o.length; i += 2) {
        const a = Math.max(o[i]!, startMs);
        const b = Math.min(o[i + 1]!, endMs);
        if (b > a) total += b - a;
      }
    }
    return total;
  };

  const openIntervals = (startMs: number, endMs: number): [number, number][] => {
    const out: [number, number][] = [];
    if (!(endMs > startMs)) return out;
    for (let d = dayContaining(startMs); ; d++) {
      const info = dayInfo(d);
      if (info.startMs >= endMs) break;
      const o = info.open;
      for (let i = 0; i < o.length; i += 2) {
        const a = Math.max(o[i]!, startMs);
        const b = Math.min(o[i + 1]!, endMs);
        if (b <= a) continue;
        const last = out[out.length - 1];
        if (last && last[1] === a) last[1] = b;
        else out.push([a, b]);
      }
    }
    return out;
  };

  const isOpen = (ms: number): boolean => {
    const o = dayInfo(dayContaining(ms)).open;
    for (let i = 0; i < o.length; i += 2) if (ms >= o[i]! && ms < o[i + 1]!) return true;
    return false;
  };

  const label = calendarMessage.label(
    weekSpans.map((s) => s.map(([a, b]) => `${a}–${b}`).join(", ")),
    closedOnHolidays,
    closedOnEves,
    exceptions.size,
    tz,
  );
  return { basis: "working", label: label.sv, labelEn: label.en, workingMs, isOpen, openIntervals };
}

/**
 * The identity calendar: every instant counts (calendar time). `workingMs(a, b) = max(0, b − a)`.
 * @example CALENDAR_TIME.workingMs(0, 3_600_000) // → 3_600_000
 */
export const CALENDAR_TIME: OpeningCalendar = Object.freeze({
  basis: "calendar" as const,
  label: calendarMessage.calendarTime().sv,
  labelEn: calendarMessage.calendarTime().en,
  workingMs: (startMs: number, endMs: number): number => (endMs > startMs ? endMs - startMs : 0),
  isOpen: (): boolean => true,
  openIntervals: (startMs: number, endMs: number): [number, number][] => (endMs > startMs ? [[startMs, endMs]] : []),
});
