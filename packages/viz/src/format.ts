const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A time unit for display. */
export type DurationUnit = "min" | "h" | "dagar";

/** Divisor in ms for each display unit. */
export const DURATION_UNIT_MS: Readonly<Record<DurationUnit, number>> = { min: MINUTE, h: HOUR, dagar: DAY };

/**
 * Picks a display unit so typical values read as small whole numbers.
 * __Default rule:__ below 2 h → min, below 2 days → h, else dagar.
 * @example pickDurationUnit(90 * 60_000) // → "min"
 */
export function pickDurationUnit(typicalMs: number): DurationUnit {
  if (!(typicalMs >= 2 * HOUR)) return "min";
  if (typicalMs < 2 * DAY) return "h";
  return "dagar";
}

const nf = (digits: number) => new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 0, maximumFractionDigits: digits });

/**
 * Formats a number the Swedish way (space as thousands separator, decimal comma).
 * @example formatNumber(12345.678, 1) // → "12 345,7"
 */
export function formatNumber(x: number | null | undefined, digits = 1): string {
  if (x == null || !Number.isFinite(x)) return "–";
  return nf(digits)
    .format(x)
    .replace(/\u00a0/g, " ")
    .replace(/\u2212/g, "−");
}

/**
 * Formats a duration with its unit, e.g. "3,2 dagar".
 * @example formatDuration(90 * 60_000) // → "90 min"
 */
export function formatDuration(ms: number | null | undefined, unit: DurationUnit = pickDurationUnit(ms ?? 0), digits = 1): string {
  if (ms == null || !Number.isFinite(ms)) return "–";
  return `${formatNumber(ms / DURATION_UNIT_MS[unit], digits)} ${unit}`;
}

/**
 * Formats a share as a percentage, e.g. "16 %". Without `digits`, small shares keep enough decimals to be told
 * apart from zero (flow efficiency of referral flows is often well below 1 %).
 * __Default rule:__ ≥ 10 % → 0 decimals, ≥ 1 % → 1 decimal, below 1 % → 2 decimals; exactly 0 → "0 %"; a share
 * below 100 % that would round to 100 gets one or two decimals ("99,8 %").
 * @example formatPercent(0.163) // → "16 %"
 * @example formatPercent(0.0013) // → "0,13 %"
 */
export function formatPercent(share: number | null | undefined, digits?: number): string {
  if (share == null || !Number.isFinite(share)) return "–";
  const pct = Math.abs(share * 100);
  let d = digits ?? (pct >= 10 || pct === 0 ? 0 : pct >= 1 ? 1 : 2);
  // 99,8 % of waste must not read as "100 %": keep decimals until a share short of 100 % stays short of it.
  if (digits === undefined) while (d < 2 && pct < 100 && Number(pct.toFixed(d)) >= 100) d++;
  return `${formatNumber(share * 100, d)} %`;
}

/**
 * Formats an amount in SEK, e.g. "12 500 kr".
 * @example formatSek(12500) // → "12 500 kr"
 */
export function formatSek(sek: number | null | undefined): string {
  if (sek == null || !Number.isFinite(sek)) return "–";
  return `${formatNumber(Math.round(sek), 0)} kr`;
}
