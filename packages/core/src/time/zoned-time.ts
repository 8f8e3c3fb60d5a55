const DAY_MS = 86_400_000;

/** How a wall-clock time mapped to an instant. */
export const WALL_OK = 0;
/** The wall time does not exist (spring gap); it was moved forward by the gap. */
export const WALL_GAP = 1;
/** The wall time occurs twice (autumn); the earlier instant was taken. */
export const WALL_AMBIGUOUS = 2;

/**
 * Converts wall-clock times in one IANA zone to UTC instants via `Intl`, DST-correct. Offsets are cached
 * per wall-clock day, so `Intl` is consulted a few times per day of data, not per row.
 */
export class ZoneConverter {
  /** Outcome of the last {@link toUtc}: WALL_OK, WALL_GAP or WALL_AMBIGUOUS. */
  flag = WALL_OK;
  /** Size of the gap in ms when the last outcome was WALL_GAP. */
  gapMs = 0;
  private readonly dtf: Intl.DateTimeFormat | null;
  private readonly dayOffset = new Map<number, number>();
  private readonly offsetCache = new Map<number, number>();

  /** @throws RangeError for an unknown zone. */
  constructor(readonly tz: string) {
    const utc = tz === "UTC" || tz === "Etc/UTC" || tz === "Z";
    this.dtf = utc
      ? null
      : new Intl.DateTimeFormat("en-US", {
          timeZone: tz,
          hourCycle: "h23",
          year: "numeric",
          month: "numeric",
          day: "numeric",
          hour: "numeric",
          minute: "numeric",
          second: "numeric",
          era: "short",
        });
  }

  /** Offset (local − UTC) in ms at a UTC instant. */
  offsetAt(utcMs: number): number {
    if (this.dtf === null) return 0;
    const key = Math.floor(utcMs / 60_000);
    const hit = this.offsetCache.get(key);
    if (hit !== undefined) return hit;
    let y = 0,
      mo = 0,
      d = 0,
      h = 0,
      mi = 0,
      s = 0,
      bc = false;
    for (const p of this.dtf.formatToParts(new Date(key * 60_000))) {
      switch (p.type) {
        case "year":
          y = Number(p.value);
          break;
        case "month":
          mo = Number(p.value);
          break;
        case "day":
          d = Number(p.value);
          break;
        case "hour":
          h = Number(p.value);
          break;
        case "minute":
          mi = Number(p.value);
          break;
        case "second":
          s = Number(p.value);
          break;
        case "era":
          bc = p.value.startsWith("B");
          break;
        default:
          break;
      }
    }
    const wall = new Date(0);
    wall.setUTCFullYear(bc ? 1 - y : y, mo - 1, d);
    wall.setUTCHours(h, mi, s, 0);
    const off = wall.getTime() - key * 60_000;
    if (this.offsetCache.size > 100_000) this.offsetCache.clear();
    this.offsetCache.set(key, off);
    return off;
  }

  /**
   * UTC instant of a wall-clock time given as ms since 1970-01-01T00:00 *wall* time. Sets {@link flag}.
   *
   * @example
   * new ZoneConverter("Europe/Stockholm").toUtc(Date.UTC(2025, 0, 1, 12)) // Date.UTC(2025, 0, 1, 11)
   */
  toUtc(wallMs: number): number {
    this.flag = WALL_OK;
    if (this.dtf === null) return wallMs;
    const day = Math.floor(wallMs / DAY_MS);
    let off = this.dayOffset.get(day);
    if (off === undefined) {
      const a = this.offsetAt(day * DAY_MS - DAY_MS);
      const b = this.offsetAt(day * DAY_MS + 2 * DAY_MS);
      off = a === b && this.offsetAt(day * DAY_MS) === a && this.offsetAt(day * DAY_MS + DAY_MS) === a ? a : Number.NaN;
      this.dayOffset.set(day, off);
    }
    if (!Number.isNaN(off)) return wallMs - off;
    // A day with a transition: try the offsets before and after it.
    const before = this.offsetAt(day * DAY_MS - DAY_MS);
    const after = this.offsetAt(day * DAY_MS + 2 * DAY_MS);
    const t1 = wallMs - before;
    const t2 = wallMs - after;
    const ok1 = this.offsetAt(t1) === before;
    const ok2 = this.offsetAt(t2) === after;
    if (ok1 && ok2 && t1 !== t2) {
      this.flag = WALL_AMBIGUOUS;
      return Math.min(t1, t2);
    }
    if (ok1) return t1;
    if (ok2) return t2;
    this.flag = WALL_GAP;
    this.gapMs = Math.abs(after - before);
    // Reading the wall time with the offset in force before the gap lands it after the gap, shifted by its size.
    return wallMs - before;
  }
}
