import { ZoneConverter } from "../../time/zoned-time.js";

const SLOT_MS = 15 * 60_000;
const pad2 = (n: number): string => (n < 10 ? "0" : "") + n;
const pad3 = (n: number): string => (n < 10 ? "00" : n < 100 ? "0" : "") + n;

/**
 * Formats UTC instants as ISO 8601 with the offset in force in one IANA zone (`2025-03-14T08:00:00.000+01:00`),
 * DST-correct: the wall time a person in that zone saw, and the exact instant. Offsets are cached per quarter
 * hour (every zone changes offset on a quarter hour), so `Intl` is asked a few thousand times per year of data.
 *
 * @example
 * new IsoTimeFormatter("Europe/Stockholm").format(Date.UTC(2025, 2, 14, 7)) // → "2025-03-14T08:00:00.000+01:00"
 */
export class IsoTimeFormatter {
  private readonly zone: ZoneConverter;
  private readonly cache = new Map<number, number>();
  private readonly utc: boolean;

  /** @throws RangeError for an unknown zone. */
  constructor(tz = "Europe/Stockholm") {
    this.zone = new ZoneConverter(tz);
    this.utc = tz === "UTC" || tz === "Etc/UTC" || tz === "Z";
  }

  format(utcMs: number): string {
    const ms = Math.round(utcMs);
    let off = 0;
    if (!this.utc) {
      const slot = Math.floor(ms / SLOT_MS);
      const hit = this.cache.get(slot);
      if (hit === undefined) {
        off = this.zone.offsetAt(slot * SLOT_MS);
        if (this.cache.size > 200_000) this.cache.clear();
        this.cache.set(slot, off);
      } else off = hit;
    }
    const d = new Date(ms + off);
    const y = d.getUTCFullYear();
    const year = y >= 0 && y <= 9999 ? String(y).padStart(4, "0") : (y < 0 ? "-" : "+") + String(Math.abs(y)).padStart(6, "0");
    const offMin = Math.round(off / 60_000);
    const sign = offMin < 0 ? "-" : "+";
    const a = Math.abs(offMin);
    return (
      `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:` +
      `${pad2(d.getUTCSeconds())}.${pad3(d.getUTCMilliseconds())}${sign}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`
    );
  }
}
