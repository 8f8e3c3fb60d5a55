import { formatNumberText, improvementMessage, measureLabel, type NumberText } from "../messages/improvement.js";
import { textPair } from "../messages/msg.js";
import { bootstrapMedianDifference } from "../stats/bootstrap.js";
import { finiteSorted } from "../stats/finite.js";
import { mannWhitney } from "../stats/mann-whitney.js";
import { quantileSorted } from "../stats/quantile.js";
import { DEFAULT_SEED } from "../stats/random.js";

/** Measures with built-in Swedish names; any other string is used as its own name. */
export type ComparedMeasure = "leadTime" | "wait" | "flowEfficiency" | "nvaShare" | "nvaWorkShare" | "waitShare" | (string & {});

/** Options for {@link compareGroups}. */
export interface CompareOptions {
  /** What the values are; names the measure in sentences. */
  measure: ComparedMeasure;
  /**
   * Unit of the values: "ms" (durations, shown in minuter/timmar/dagar), "share" (0–1, differences shown in
   * procentenheter) or "number". __Default:__ "share" for flowEfficiency, nvaShare, nvaWorkShare and waitShare, "ms" for leadTime and
   * wait, else "number".
   */
  unit?: "ms" | "share" | "number";
  /** Seed of the bootstrap. __Default:__ {@link DEFAULT_SEED}. */
  seed?: number;
  /** Bootstrap resamples. __Default:__ 2000. */
  resamples?: number;
  /** Confidence level of the interval that decides "säker skillnad". __Default:__ 0.95. */
  level?: number;
  /**
   * Fewest values per group. __Default:__ 5: with fewer, the bootstrap median takes only a handful of
   * distinct values (its interval is coarse and unstable), and below 4 per group the Mann–Whitney test can
   * never reach p < 0.05 (3 + 3 values: smallest two-sided p = 2/20 = 0.1).
   */
  minN?: number;
}

/** One group's summary. */
export interface GroupSummary {
  n: number;
  median: number;
  /** 25th and 75th percentiles (h = (n − 1)·p). */
  q1: number;
  q3: number;
  /** The finite values, sorted (for charts). */
  values: number[];
}

/** Direction of a change, decided without overclaiming. */
export type ChangeDirection = "minskade" | "ökade" | "ingen säker skillnad";

/** A before/after comparison. */
export interface GroupComparison {
  ok: true;
  measure: string;
  unit: "ms" | "share" | "number";
  /** Unit the sentences use: "dagar" | "timmar" | "minuter" | "procentenheter" | "". */
  displayUnit: string;
  /** Divide a value in `unit` by this to get `displayUnit` (e.g. 86 400 000 for dagar, 0.01 for procentenheter). */
  displayDivisor: number;
  before: GroupSummary;
  after: GroupSummary;
  /** median(after) − median(before), in `unit`. */
  difference: number;
  /** Percentile bootstrap interval of the difference. */
  ci: { lower: number; upper: number; level: number; resamples: number; seed: number };
  /**
   * Mann–Whitney U of the after group (R's W of wilcox.test(after, before)) and the two-sided p: a test of whether
   * the distributions differ overall, reported for those who want it. It does not decide "säker skillnad".
   */
  mannWhitney: { u: number; p: number; method: "exact" | "normal" };
  /**
   * The decision rule (the one rule of flodes, docs/metrics.md): the interval of the difference in medians excludes
   * 0. Only then is a direction claimed.
   */
  significant: boolean;
  direction: ChangeDirection;
  directionEn: "decreased" | "increased" | "no clear difference";
  /** e.g. "Ledtiden minskade med 3,2 dagar (95 % KI 1,1–5,0 dagar)." — the numbers it rests on, nothing else. */
  sentence: string;
  sentenceEn: string;
  /** e.g. "Median före: 10,1 dagar (n = 120); efter: 6,9 dagar (n = 115)." */
  detail: string;
  detailEn: string;
}

/** A comparison refused because a group is too small (a value, not a throw). */
export interface ComparisonRefusal {
  ok: false;
  code: "TOO_FEW_VALUES";
  measure: string;
  group: "before" | "after";
  nBefore: number;
  nAfter: number;
  minN: number;
  message: string;
  messageEn: string;
}

export type ComparisonResult = GroupComparison | ComparisonRefusal;

const DURATION_UNITS = [
  { below: 2 * 3_600_000, divisor: 60_000, sv: "minuter", en: "minutes" },
  { below: 2 * 86_400_000, divisor: 3_600_000, sv: "timmar", en: "hours" },
  { below: Infinity, divisor: 86_400_000, sv: "dagar", en: "days" },
] as const;

/**
 * Decimals for the sentence: one, more when the interval is narrow (about two significant digits of its
 * width, so "0,12–0,17" does not print as "0,1–0,2") or when a non-zero number would print as 0; at most 4.
 */
function digitsFor(xs: readonly number[], width = 0): number {
  const nonZero = xs.map(Math.abs).filter((x) => x > 0);
  const smallest = nonZero.length ? Math.min(...nonZero) : 1;
  const bySmallest = smallest >= 0.05 ? 1 : smallest >= 0.005 ? 2 : 3;
  const byWidth = width > 0 ? -Math.floor(Math.log10(width)) : 1;
  return Math.min(4, Math.max(1, bySmallest, byWidth));
}

/**
 * Compares a measure before and after an improvement: medians, the difference of medians
 * (after − before) with a percentile bootstrap 95 % interval, and a Swedish sentence that claims a direction
 * only when that interval excludes 0 — flodes' one decision rule for "säker skillnad" — otherwise it says
 * "Ingen säker skillnad" and that the interval includes 0. The sentence shows the difference and the interval, the
 * numbers the decision rests on, so it can never contradict them. The Mann–Whitney U test (two-sided p, computed
 * with `erfc` so it never underflows to 0) is returned beside it for readers who want a test of the distributions. Durations are shown in minuter, timmar or dagar (chosen from the larger median:
 * below 2 h → minuter, below 2 days → timmar, else dagar), shares in procentenheter. Non-finite values
 * (e.g. a null flow efficiency) are ignored. A group with fewer than `minN` values gives a
 * {@link ComparisonRefusal} with a Swedish and English message instead of a throw.
 *
 * @param before values before (e.g. per-flow lead times in ms)
 * @param after values after
 * @param options see {@link CompareOptions}
 * @example
 * const c = compareGroups([5, 6, 7, 8, 9, 10], [3, 4, 5, 6, 7, 8], { measure: "wait", unit: "number", seed: 1 });
 * c.ok // → true
 * const few = compareGroups([1, 2], [3, 4, 5, 6, 7], { measure: "leadTime" });
 * few.ok ? "" : few.message // → "För få värden för att jämföra ledtid: gruppen före har 2 (minst 5 per grupp behövs)."
 */
export function compareGroups(
  before: Iterable<number | null | undefined>,
  after: Iterable<number | null | undefined>,
  options: CompareOptions,
): ComparisonResult {
  const measure = options.measure;
  const unit =
    options.unit ??
    (measure === "flowEfficiency" || measure === "nvaShare" || measure === "nvaWorkShare" || measure === "waitShare"
      ? "share"
      : measure === "leadTime" || measure === "wait"
        ? "ms"
        : "number");
  const minN = options.minN ?? 5;
  const level = options.level ?? 0.95;
  const a = finiteSorted(before);
  const b = finiteSorted(after);
  if (a.length < minN || b.length < minN) {
    const group = a.length < minN ? "before" : "after";
    const msg = improvementMessage.tooFew(group, group === "before" ? a.length : b.length, minN, measure);
    return { ok: false, code: "TOO_FEW_VALUES", measure, group, nBefore: a.length, nAfter: b.length, minN, ...textPair(msg) };
  }
  const boot = bootstrapMedianDifference(a, b, { seed: options.seed ?? DEFAULT_SEED, resamples: options.resamples ?? 2000, level });
  const mw = mannWhitney(b, a);
  const summary = (xs: number[]): GroupSummary => ({
    n: xs.length,
    median: quantileSorted(xs, 0.5) as number,
    q1: quantileSorted(xs, 0.25) as number,
    q3: quantileSorted(xs, 0.75) as number,
    values: xs,
  });
  const sb = summary(a);
  const sa = summary(b);
  const difference = boot.estimate;
  const excludesZero = boot.lower > 0 || boot.upper < 0;
  const significant = excludesZero;
  const decreased = difference < 0;

  let divisor = 1;
  let unitText: NumberText = { sv: "", en: "" };
  if (unit === "ms") {
    const typical = Math.max(Math.abs(sb.median), Math.abs(sa.median));
    const u = DURATION_UNITS.find((d) => typical < d.below) ?? DURATION_UNITS[2];
    divisor = u.divisor;
    unitText = { sv: u.sv, en: u.en };
  } else if (unit === "share") {
    divisor = 0.01;
    unitText = { sv: "procentenheter", en: "percentage points" };
  }
  const shown = (x: number) => x / divisor;
  const [lo, hi] = significant && decreased ? [-boot.upper, -boot.lower] : [boot.lower, boot.upper];
  const digits = digitsFor([difference, lo, hi].map(shown), shown(hi) - shown(lo));
  const parts = {
    label: measureLabel(measure),
    diff: formatNumberText(shown(difference), digits),
    magnitude: formatNumberText(Math.abs(shown(difference)), digits),
    lower: formatNumberText(shown(lo), digits),
    upper: formatNumberText(shown(hi), digits),
    unit: unitText,
    level,
  };
  const sentence = significant ? improvementMessage.changed(parts, decreased) : improvementMessage.noClearChange(parts);
  const medianUnit = unit === "share" ? { sv: "%", en: "%" } : unitText;
  const medianDigits = digitsFor([sb.median, sa.median].map(shown));
  const detail = improvementMessage.medians(
    formatNumberText(shown(sb.median), medianDigits),
    formatNumberText(shown(sa.median), medianDigits),
    medianUnit,
    sb.n,
    sa.n,
  );
  return {
    ok: true,
    measure,
    unit,
    displayUnit: unitText.sv,
    displayDivisor: divisor,
    before: sb,
    after: sa,
    difference,
    ci: { lower: boot.lower, upper: boot.upper, level, resamples: boot.resamples, seed: boot.seed },
    mannWhitney: { u: mw.u, p: mw.p, method: mw.method },
    significant,
    direction: significant ? (decreased ? "minskade" : "ökade") : "ingen säker skillnad",
    directionEn: significant ? (decreased ? "decreased" : "increased") : "no clear difference",
    sentence: sentence.sv,
    sentenceEn: sentence.en,
    detail: detail.sv,
    detailEn: detail.en,
  };
}
