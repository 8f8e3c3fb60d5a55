/** User-facing messages for before/after comparisons (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

/** How a measure is named in sentences. */
export interface MeasureLabel {
  /** Definite form starting a sentence, e.g. "Ledtiden". */
  subject: string;
  /** Indefinite noun, e.g. "ledtid". */
  noun: string;
  subjectEn: string;
  nounEn: string;
}

const LABELS: Record<string, MeasureLabel> = {
  leadTime: { subject: "Ledtiden", noun: "ledtid", subjectEn: "Lead time", nounEn: "lead time" },
  wait: { subject: "Väntetiden", noun: "väntetid", subjectEn: "Waiting time", nounEn: "waiting time" },
  flowEfficiency: { subject: "Flödeseffektiviteten", noun: "flödeseffektivitet", subjectEn: "Flow efficiency", nounEn: "flow efficiency" },
  nvaWorkShare: {
    subject: "Slöseriet som andel av arbetad tid",
    noun: "slöseri som andel av arbetad tid",
    subjectEn: "Waste as a share of worked time",
    nounEn: "waste as a share of worked time",
  },
  waitShare: {
    subject: "Väntan som andel av ledtid",
    noun: "väntan som andel av ledtid",
    subjectEn: "Waiting as a share of lead time",
    nounEn: "waiting as a share of lead time",
  },
  nvaShare: {
    subject: "Andelen icke värdeskapande tid",
    noun: "andel icke värdeskapande tid",
    subjectEn: "The non-value-adding share",
    nounEn: "non-value-adding share",
  },
};

/**
 * Label of a known measure, or one made from the measure's own name.
 * @example measureLabel("leadTime").subject // → "Ledtiden"
 */
export function measureLabel(measure: string): MeasureLabel {
  const known = LABELS[measure];
  if (known) return known;
  const cap = measure.charAt(0).toUpperCase() + measure.slice(1);
  return { subject: cap, noun: measure, subjectEn: cap, nounEn: measure };
}

/** A number in text: Swedish (decimal comma, minus sign U+2212, space as thousands separator) and English. */
export type NumberText = Text;

/**
 * Formats a number with a fixed number of decimals in Swedish and English.
 *
 * @example
 * formatNumberText(-1234.56, 1) // → { sv: "−1 234,6", en: "-1,234.6" }
 */
export function formatNumberText(x: number, digits: number): NumberText {
  const opts = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const sv = new Intl.NumberFormat("sv-SE", opts)
    .format(x)
    .replace(/\u00a0/g, " ")
    .replace(/-/g, "−");
  const en = new Intl.NumberFormat("en-GB", opts).format(x);
  // Intl prints "−0,0" for tiny negatives; a rounded zero has no sign.
  return Number(x.toFixed(digits)) === 0 ? { sv: sv.replace("−", ""), en: en.replace("-", "") } : { sv, en };
}

/**
 * Formats a p-value: "p < 0,001", three decimals below 0.01, else two.
 *
 * @example
 * formatP(0.0031) // → { sv: "p = 0,003", en: "p = 0.003" }
 */
export function formatP(p: number): NumberText {
  if (p < 0.001) return { sv: "p < 0,001", en: "p < 0.001" };
  const t = formatNumberText(p, p < 0.01 ? 3 : 2);
  return { sv: `p = ${t.sv}`, en: `p = ${t.en}` };
}

/** Parts a comparison sentence is assembled from (already formatted). */
export interface SentenceParts {
  label: MeasureLabel;
  /** Signed difference after − before, formatted. */
  diff: NumberText;
  /** |difference|, formatted. */
  magnitude: NumberText;
  /** Interval bounds as shown (for a decrease: of the reduction, so both positive). */
  lower: NumberText;
  upper: NumberText;
  /** Unit words, e.g. "dagar" / "days"; empty for plain numbers. */
  unit: NumberText;
  level: number;
}

function withUnit(x: string, unit: string): string {
  return unit ? `${x} ${unit}` : x;
}

/** "1,1–5,0 dagar", or "−1,8 till 0,9 dagar" when a bound is negative (a dash after a minus misreads). */
function range(lower: string, upper: string, unit: string, word: string): string {
  const signed = lower.startsWith("−") || lower.startsWith("-") || upper.startsWith("−") || upper.startsWith("-");
  return withUnit(signed ? `${lower} ${word} ${upper}` : `${lower}–${upper}`, unit);
}

export const improvementMessage = messageTable(
  {
    tooFew: (group: "before" | "after", n: number, minN: number, measure: string): Text => ({
      sv:
        `För få värden för att jämföra ${measureLabel(measure).noun}: gruppen ${group === "before" ? "före" : "efter"} har ${n} ` +
        `(minst ${minN} per grupp behövs).`,
      en: `Too few values to compare ${measureLabel(measure).nounEn}: the ${group} group has ${n} (at least ${minN} per group are needed).`,
    }),
    changed: (parts: SentenceParts, decreased: boolean): Text => {
      const pct = Math.round(parts.level * 100);
      return {
        sv:
          `${parts.label.subject} ${decreased ? "minskade" : "ökade"} med ${withUnit(parts.magnitude.sv, parts.unit.sv)} ` +
          `(${pct} % KI ${range(parts.lower.sv, parts.upper.sv, parts.unit.sv, "till")}).`,
        en:
          `${parts.label.subjectEn} ${decreased ? "decreased" : "increased"} by ${withUnit(parts.magnitude.en, parts.unit.en)} ` +
          `(${pct}% CI ${range(parts.lower.en, parts.upper.en, parts.unit.en, "to")}).`,
      };
    },
    noClearChange: (parts: SentenceParts): Text => {
      const pct = Math.round(parts.level * 100);
      return {
        sv:
          `Ingen säker skillnad i ${parts.label.noun}: medianen ändrades med ${withUnit(parts.diff.sv, parts.unit.sv)}, ` +
          `men ${pct} % KI ${range(parts.lower.sv, parts.upper.sv, parts.unit.sv, "till")} rymmer 0.`,
        en:
          `No clear difference in ${parts.label.nounEn}: the median changed by ${withUnit(parts.diff.en, parts.unit.en)}, ` +
          `but the ${pct}% CI ${range(parts.lower.en, parts.upper.en, parts.unit.en, "to")} includes 0.`,
      };
    },
    medians: (before: NumberText, after: NumberText, unit: NumberText, nBefore: number, nAfter: number): Text => ({
      sv: `Median före: ${withUnit(before.sv, unit.sv)} (n = ${nBefore}); efter: ${withUnit(after.sv, unit.sv)} (n = ${nAfter}).`,
      en: `Median before: ${withUnit(before.en, unit.en)} (n = ${nBefore}); after: ${withUnit(after.en, unit.en)} (n = ${nAfter}).`,
    }),
  },
  {},
);
