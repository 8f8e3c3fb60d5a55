import { DURATION_UNIT_MS, type DurationUnit, formatNumber, pickDurationUnit } from "../format.js";
import type { SpecOptions } from "../vega/spec-options.js";

/** Options of the SPC chart builders. */
export interface SpcSpecOptions extends SpecOptions {
  /** Name of the measure for the y axis, e.g. "Ledtid, median per månad". __Default value:__ "Värde" */
  measureLabel?: string;
  /** Unit of the values: "ms" (shown in min/h/dagar), "share" (shown in %) or "number". __Default value:__ "number" */
  valueUnit?: "ms" | "share" | "number";
  /** Display unit for "ms" values. __Default value:__ `pickDurationUnit` of the median of the values. */
  durationUnit?: DurationUnit;
  /** Title of the x axis. __Default value:__ "Mätpunkt" */
  xTitle?: string;
}

/** How values are converted for display: divide by `divisor`, axis suffix `unitLabel`. */
export interface SpcDisplayScale {
  divisor: number;
  unitLabel: string;
  format: (display: number | null) => string;
}

/**
 * Chooses the display scale for SPC values: durations in the unit that fits their median, shares in %.
 * @example spcDisplayScale([3 * 864e5], { valueUnit: "ms" }).unitLabel // → "dagar"
 */
export function spcDisplayScale(values: ReadonlyArray<number | null>, options: SpcSpecOptions): SpcDisplayScale {
  const unit = options.valueUnit ?? "number";
  if (unit === "share") return { divisor: 0.01, unitLabel: "%", format: (v) => (v == null ? "–" : `${formatNumber(v, 1)} %`) };
  if (unit === "ms") {
    const finite = values.filter((v): v is number => v != null).sort((a, b) => a - b);
    const typical = finite.length ? finite[Math.floor(finite.length / 2)] : 0;
    const d: DurationUnit = options.durationUnit ?? pickDurationUnit(typical);
    return { divisor: DURATION_UNIT_MS[d], unitLabel: d, format: (v) => (v == null ? "–" : `${formatNumber(v, 1)} ${d}`) };
  }
  return { divisor: 1, unitLabel: "", format: (v) => (v == null ? "–" : formatNumber(v, 2)) };
}

/**
 * Axis title with its unit in brackets, or the label alone when there is no unit.
 * @example spcAxisTitle("Ledtid", "dagar") // → "Ledtid (dagar)"
 */
export function spcAxisTitle(label: string, unitLabel: string): string {
  return unitLabel ? `${label} (${unitLabel})` : label;
}

/**
 * Divides a value by the display divisor, keeping null (a missing point) as null.
 * @example spcScaled(1.5 * 864e5, 864e5) // → 1.5
 */
export function spcScaled(v: number | null, divisor: number): number | null {
  return v == null ? null : v / divisor;
}
