import { ZoneConverter } from "./zoned-time.js";

const DAY_MS = 86_400_000;
const MIN_MS = 60_000;

/**
 * Wall-clock ↔ instant conversion in one IANA zone for the calendar: opening-hour spans need the first or last
 * occurrence of a repeated wall time, which the importer's {@link ZoneConverter} (earliest, flagged) does not give.
 */
export class LocalZone {
  // One Intl-based offset lookup for all of flodes: the importer's converter, cached per minute.
  private readonly zone: ZoneConverter;

  /** @throws RangeError for an unknown zone. */
  constructor(readonly tz: string) {
    this.zone = new ZoneConverter(tz);
  }

  /** Offset (local − UTC) in ms at an instant, to the minute. */
  offsetAt(utcMs: number): number {
    return this.zone.offsetAt(utcMs);
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
