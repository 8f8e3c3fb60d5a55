const DAY_MS = 86_400_000;
const MIN_MS = 60_000;

/**
 * Wall-clock ↔ instant conversion in one IANA zone via `Intl`, for the calendar. Offsets are cached per
 * minute, so `Intl` is consulted a few times per local day, not per call.
 */
export class LocalZone {
  private readonly dtf: Intl.DateTimeFormat | null;
  private readonly cache = new Map<number, number>();

  /** @throws RangeError for an unknown zone. */
  constructor(readonly tz: string) {
    this.dtf =
      tz === "UTC" || tz === "Etc/UTC"
        ? null
        : new Intl.DateTimeFormat("en-US", {
            timeZone: tz,
            hourCycle: "h23",
            year: "numeric",
            month: "numeric",
            day: "numeric",
            hour: "numeric",
            minute: "numeric",
            era: "short",
          });
  }

  /** Offset (local − UTC) in ms at an instant, to the minute. */
  offsetAt(utcMs: number): number {
    if (this.dtf === null) return 0;
    const key = Math.floor(utcMs / MIN_MS);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let y = 0, mo = 1, d = 1, h = 0, mi = 0, bc = false;
    for (const p of this.dtf.formatToParts(new Date(key * MIN_MS))) {
      if (p.type === "year") y = Number(p.value);
      else if (p.type === "month") mo = Number(p.value);
      else if (p.type === "day") d = Number(p.value);
      else if (p.type === "hour") h = Number(p.value);
      else if (p.type === "minute") mi = Number(p.value);
      else if (p.type === "era") bc = p.value.startsWith("B");
    }
    const wall = new Date(0);
    wall.setUTCFullYear(bc ? 1 - y : y, mo - 1, d);
    wall.setUTCHours(h, mi, 0, 0);
    const off = wall.getTime() - key * MIN_MS;
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, off);
    return off;
  }

  /**
   * Instant of wall-clock minute `minute` (0–1440) on local day `day` (days since 1970-01-01).
   * A wall time that occurs twice (autumn) gives its first occurrence when `which = "first"` and its second
   * when `"last"`. A wall time that does not exist (spring gap) gives the instant the gap ends, so a span of
   * opening hours lying in the gap is empty and one crossing it is shortened by the gap.
   */
  toUtc(day: number, minute: number, which: "first" | "last"): number {
    const wall = day * DAY_MS + minute * MIN_MS;
    const oA = this.offsetAt(wall - DAY_MS);
    const oB = this.offsetAt(wall + DAY_MS);
    const tA = wall - oA;
    const tB = wall - oB;
    const okA = this.offsetAt(tA) === oA;
    const okB = oB !== oA && this.offsetAt(tB) === oB;
    if (okA && okB) return which === "first" ? Math.min(tA, tB) : Math.max(tA, tB);
    if (okA) return tA;
    if (okB) return tB;
    // Gap: the transition lies in (min(tA,tB), max(tA,tB)]; find its first minute with the new offset.
    let lo = Math.min(tA, tB);
    let hi = Math.max(tA, tB);
    const after = this.offsetAt(hi);
    while (hi - lo > MIN_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MIN_MS) * MIN_MS;
      if (this.offsetAt(mid) === after) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  /** Local day number of an instant. */
  dayOf(utcMs: number): number {
    return Math.floor((utcMs + this.offsetAt(utcMs)) / DAY_MS);
  }
}
