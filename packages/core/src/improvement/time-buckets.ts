import { finiteSorted } from "../stats/finite.js";
import { quantileSorted } from "../stats/quantile.js";
import { ZoneConverter } from "../time/zoned-time.js";

/** Options for {@link timeBuckets}. */
export interface TimeBucketOptions<T> {
  /** Bucket size. __Default:__ "month". Weeks are ISO weeks (Monday start). */
  period?: "month" | "week";
  /** When an item happened (UTC epoch ms), e.g. `(f) => f.startMs`. */
  dateOf: (d: T) => number | null | undefined;
  /** The value summarised per bucket, e.g. `(f) => f.leadTimeMs`. */
  valueOf: (d: T) => number | null | undefined;
  /** IANA zone the calendar periods are taken in. __Default:__ "Europe/Stockholm". */
  timeZone?: string;
  /** Include empty buckets between the first and last item (median null). __Default:__ true. */
  fillGaps?: boolean;
}

/** One calendar period with the median of its values. */
export interface TimeBucket {
  /** "2025-03" for a month, "2025-W12" for an ISO week. */
  key: string;
  /** Local start of the period as a UTC instant. */
  startMs: number;
  /** Items with a finite value. */
  n: number;
  /** Median (h = (n − 1)·0.5); null when n = 0. */
  median: number | null;
}

const DAY_MS = 86_400_000;

/** ISO week year and number of a civil date (given as a UTC day count). */
function isoWeek(dayIndex: number): { year: number; week: number; mondayDay: number } {
  const weekday = (new Date(dayIndex * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  const monday = dayIndex - weekday;
  const thursday = monday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return { year, week, mondayDay: monday };
}

/**
 * Groups items into calendar months or ISO weeks in a time zone and takes the median value of each, in
 * time order — the series a run chart or XmR chart of "monthly median lead time" is drawn from.
 *
 * @param items e.g. per-flow metrics
 * @param options see {@link TimeBucketOptions}
 * @example
 * const buckets = timeBuckets(analysis.flows, { dateOf: (f) => f.startMs, valueOf: (f) => f.leadTimeMs });
 * buckets[0].key // → "2025-03"
 * buckets.reduce((n, b) => n + b.n, 0) // → 30
 */
export function timeBuckets<T>(items: Iterable<T>, options: TimeBucketOptions<T>): TimeBucket[] {
  const zone = new ZoneConverter(options.timeZone ?? "Europe/Stockholm");
  const period = options.period ?? "month";
  const byKey = new Map<string, { startMs: number; order: number; values: number[] }>();
  const keyOfDay = (day: number): { key: string; order: number; startDay: number } => {
    if (period === "week") {
      const w = isoWeek(day);
      return { key: `${w.year}-W${String(w.week).padStart(2, "0")}`, order: w.mondayDay, startDay: w.mondayDay };
    }
    const d = new Date(day * DAY_MS);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    return { key: `${y}-${String(m + 1).padStart(2, "0")}`, order: y * 12 + m, startDay: Date.UTC(y, m, 1) / DAY_MS };
  };
  for (const item of items) {
    const t = options.dateOf(item);
    if (typeof t !== "number" || !Number.isFinite(t)) continue;
    const localDay = Math.floor((t + zone.offsetAt(t)) / DAY_MS);
    const { key, order, startDay } = keyOfDay(localDay);
    let b = byKey.get(key);
    if (!b) {
      b = { startMs: zone.toUtc(startDay * DAY_MS), order, values: [] };
      byKey.set(key, b);
    }
    const v = options.valueOf(item);
    if (typeof v === "number" && Number.isFinite(v)) b.values.push(v);
  }
  const present = [...byKey.entries()].sort((a, b) => a[1].order - b[1].order);
  if (present.length === 0) return [];
  const out: TimeBucket[] = [];
  const summarise = (key: string, startMs: number, values: number[]): TimeBucket => {
    const sorted = finiteSorted(values);
    return { key, startMs, n: sorted.length, median: quantileSorted(sorted, 0.5) };
  };
  if (options.fillGaps === false) return present.map(([key, b]) => summarise(key, b.startMs, b.values));
  // Walk day by day from the first to the last period start, emitting each period once.
  const firstDay = Math.floor((present[0][1].startMs + zone.offsetAt(present[0][1].startMs)) / DAY_MS);
  const last = present[present.length - 1][0];
  let day = firstDay;
  for (;;) {
    const { key, startDay } = keyOfDay(day);
    if (!out.length || out[out.length - 1].key !== key) {
      const b = byKey.get(key);
      out.push(summarise(key, b ? b.startMs : zone.toUtc(startDay * DAY_MS), b ? b.values : []));
      if (key === last) break;
    }
    day += period === "week" ? 7 : 28;
    // Months are 28–31 days: step to the first day of the next month instead of skipping one.
    if (period === "month") {
      const d = new Date(startDay * DAY_MS);
      day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
    }
  }
  return out;
}
