import type { TopLevelSpec } from "vega-lite";
import { formatNumber } from "../format.js";
import { STEERING_TEXT_SV as T } from "../messages/steering-text.js";
import { THEME_COLORS } from "../vega/config.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";
import { EFFECT_MEASURE_SV, type EffectItem } from "./effect-shape.js";
import { wrapLines } from "./steering-style.js";

/** Options of {@link expectedRealisedSpec}. */
export interface ExpectedRealisedSpecOptions extends SpecOptions {
  /** Display name per unit id. __Default value:__ the id. */
  unitNames?: Readonly<Record<string, string>>;
}

const VERDICT_COLORS: Readonly<Record<string, string>> = {
  "som förväntat": "#009E73",
  "bättre än förväntat": "#0072B2",
  "mindre än förväntat": "#E69F00",
  "motsatt effekt": "#D55E00",
  "ingen säker effekt": "#888888",
};

const pct = (x: number) => `${x > 0 ? "+" : ""}${formatNumber(x, 0)} %`;

/**
 * Expected against realised effect per improvement: the relative change of the median (%) that the unit expected as
 * an open diamond, and the realised change from the before/after analysis as a dot with its 95 % interval, coloured
 * by the verdict (som förväntat, bättre/mindre än förväntat, motsatt effekt, ingen säker effekt). Only improvements
 * with a realised result are drawn. __Default height:__ 30 px per improvement.
 *
 * @example
 * const item = { id: "f1", title: "Direktbokning", unit: "tandvard", status: "genomförd", measure: "leadTime", expectedPct: 30, realisedPct: { estimate: 24, lower: 12, upper: 35 }, verdict: "som förväntat" };
 * const spec = expectedRealisedSpec([item], { unitNames: { tandvard: "Tandvård" } });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function expectedRealisedSpec(items: readonly EffectItem[], options: ExpectedRealisedSpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const measured = items.filter((i) => i.realisedPct !== null);
  const name = (i: EffectItem) => `${i.title} (${options.unitNames?.[i.unit] ?? i.unit})`;
  const values = measured.map((i) => ({
    name: name(i),
    measure: i.measure ? EFFECT_MEASURE_SV[i.measure] : "",
    realised: i.realisedPct!.estimate,
    lower: i.realisedPct!.lower,
    upper: i.realisedPct!.upper,
    expected: i.expectedPct,
    verdict: i.verdict,
    realisedLabel: `${pct(i.realisedPct!.estimate)} (95 % intervall ${pct(i.realisedPct!.lower)} till ${pct(i.realisedPct!.upper)})`,
    expectedLabel: i.expectedPct === null ? "–" : pct(i.expectedPct),
  }));
  const verdicts = Object.keys(VERDICT_COLORS).filter((v) => values.some((x) => x.verdict === v));
  const y = { field: "name", type: "nominal" as const, sort: values.map((v) => v.name), title: null, axis: { labelLimit: 360 } };
  const x = { type: "quantitative" as const, title: T.change, axis: { format: "+~f" } };
  const tooltip = fieldTitles([
    ["name", T.improvement],
    ["measure", T.measure],
    ["expectedLabel", T.expected],
    ["realisedLabel", T.realised],
    ["verdict", T.verdict],
  ]);
  const description =
    `Förväntad och uppnådd effekt för ${values.length} förbättringar. ` +
    verdicts.map((v) => `${v}: ${values.filter((x) => x.verdict === v).length}`).join(", ") +
    ".";
  return {
    ...specFrame("expectedRealisedSpec", options, {
      title: T.effectTitle,
      subtitle: wrapLines(T.effectSubtitle),
      description,
      height: 30 * Math.max(1, values.length),
    }),
    data: { values },
    layer: [
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: c.median },
        encoding: { x: { field: "zero", type: "quantitative" } },
      },
      {
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          y,
          x: { ...x, field: "lower" },
          x2: { field: "upper" },
          color: {
            field: "verdict",
            type: "nominal",
            title: T.verdict,
            scale: { domain: verdicts, range: verdicts.map((v) => VERDICT_COLORS[v]!) },
          },
        },
      },
      {
        mark: { type: "point", filled: true, size: 70 },
        encoding: { y, x: { ...x, field: "realised" }, color: { field: "verdict", type: "nominal" }, tooltip },
      },
      {
        transform: [{ filter: "datum.expected !== null" }],
        mark: { type: "point", shape: "diamond", filled: false, size: 110, strokeWidth: 2, color: c.text },
        encoding: { y, x: { ...x, field: "expected" }, tooltip },
      },
    ],
  } as TopLevelSpec;
}
