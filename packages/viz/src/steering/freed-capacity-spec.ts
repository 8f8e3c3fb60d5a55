import type { FreedCapacityResult } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatNumber, formatSek } from "../format.js";
import { STEERING_TEXT_SV as T } from "../messages/steering-text.js";
import { THEME_COLORS } from "../vega/config.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";
import { wrapLines } from "./steering-style.js";

/** Options of {@link freedCapacitySpec}. */
export interface FreedCapacitySpecOptions extends SpecOptions {
  /** What the bars show: staff hours per month, kronor per year, or årsarbetare. __Default value:__ `"hours"` */
  measure?: "hours" | "sek" | "fte";
  /** Display name per unit id, shown after the improvement's title. __Default value:__ the id. */
  unitNames?: Readonly<Record<string, string>>;
}

/**
 * Freed capacity per improvement: the point estimate as a dot and its 95 % interval as a line, against a zero line,
 * largest first; improvements whose interval contains 0 are drawn grey (no clear freed time) and a negative estimate
 * (more waste work than before) shows to the left of zero. Improvements without a result (not started, too few
 * flows) are left out and counted in the subtitle. __Default height:__ 30 px per improvement.
 *
 * @example
 * const p = improvementPortfolio(pilotLog, improvements, { staffing });
 * const spec = freedCapacitySpec(p.items.map((i) => i.freed).filter((f) => f !== null), { measure: "sek" });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function freedCapacitySpec(results: readonly FreedCapacityResult[], options: FreedCapacitySpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const measure = options.measure ?? "hours";
  const ok = results.filter((r): r is Extract<FreedCapacityResult, { ok: true }> => r.ok);
  const pick = (r: (typeof ok)[number]) =>
    measure === "sek" ? r.total.sekPerYear : measure === "fte" ? r.total.fte : r.total.hoursPerMonth;
  const label = (x: number) => (measure === "sek" ? formatSek(x) : measure === "fte" ? formatNumber(x, 2) : `${formatNumber(x, 1)} h`);
  const values = ok
    .filter((r) => pick(r) !== null)
    .map((r) => {
      const e = pick(r)!;
      return {
        name: `${r.title} (${options.unitNames?.[r.unit] ?? r.unit})`,
        estimate: e.estimate,
        lower: e.lower,
        upper: e.upper,
        clear: e.lower > 0 || e.upper < 0,
        estimateLabel: label(e.estimate),
        intervalLabel: `${label(e.lower)} – ${label(e.upper)}`,
        hours: `${formatNumber(r.total.hoursPerMonth.estimate, 1)} h/mån`,
        fte: formatNumber(r.total.fte.estimate, 2),
        sek: r.total.sekPerYear ? formatSek(r.total.sekPerYear.estimate) : "–",
        flows: `${r.flows.before} före, ${r.flows.after} efter`,
      };
    })
    .sort((a, b) => b.estimate - a.estimate);
  const skipped = results.length - values.length;
  const axisTitle = measure === "sek" ? T.sekPerYear : measure === "fte" ? T.fte : T.hoursPerMonth;
  const subtitle = wrapLines(measure === "sek" ? T.freedSubtitleSek : T.freedSubtitleHours);
  if (skipped > 0) subtitle.push(...wrapLines(`${skipped} förbättringar utan före/efter-resultat visas inte.`));
  const top = values[0];
  const description = `Frigjord kapacitet för ${values.length} förbättringar i ${axisTitle.toLowerCase()}.${top ? ` Störst: ${top.name}, ${top.estimateLabel} (95 % intervall ${top.intervalLabel}).` : ""}`;
  const y = { field: "name", type: "nominal" as const, sort: values.map((v) => v.name), title: null, axis: { labelLimit: 360 } };
  const x = {
    field: "estimate",
    type: "quantitative" as const,
    title: axisTitle,
    axis: { format: measure === "fte" ? ",.2~f" : measure === "hours" ? ",.1~f" : ",.0f" },
  };
  const color = { condition: { test: "datum.clear", value: "#009E73" }, value: c.domain };
  return {
    ...specFrame("freedCapacitySpec", options, { title: T.freedTitle, subtitle, description, height: 30 * Math.max(1, values.length) }),
    data: { values },
    layer: [
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: c.median },
        encoding: { x: { field: "zero", type: "quantitative" } },
      },
      { mark: { type: "rule", strokeWidth: 2 }, encoding: { y, x: { ...x, field: "lower" }, x2: { field: "upper" }, color } },
      {
        mark: { type: "point", filled: true, size: 70 },
        encoding: {
          y,
          x,
          color,
          tooltip: fieldTitles([
            ["name", T.improvement],
            ["estimateLabel", T.estimate],
            ["intervalLabel", T.interval],
            ["hours", T.hoursPerMonth],
            ["fte", T.fte],
            ["sek", T.sekPerYear],
            ["flows", "Ärenden"],
          ]),
        },
      },
    ],
  } as TopLevelSpec;
}
