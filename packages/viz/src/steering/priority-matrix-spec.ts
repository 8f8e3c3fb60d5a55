import { IMPROVEMENT_EFFORTS, IMPROVEMENT_STATUSES } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { formatNumber } from "../format.js";
import { STEERING_TEXT_SV as T } from "../messages/steering-text.js";
import { THEME_COLORS } from "../vega/config.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";
import { EFFECT_MEASURE_SV, type EffectItem, improvementPct } from "./effect-shape.js";
import { STATUS_COLORS, wrapLines } from "./steering-style.js";

/** Options of {@link priorityMatrixSpec}. */
export interface PriorityMatrixSpecOptions extends SpecOptions {
  /** Display name per unit id. __Default value:__ the id. */
  unitNames?: Readonly<Record<string, string>>;
  /** Effect (improvement in %) that divides high from low effect. __Default value:__ 20. */
  effectThreshold?: number;
}

const PRIORITY_SIZE: Readonly<Record<string, number>> = { hög: 260, medel: 140, låg: 70 };

/**
 * The effect-versus-effort priority matrix: effort (liten, medel, stor) across, effect as improvement in % up (the
 * realised change where the before/after analysis has one, else the expected change; a shorter time counts as a
 * positive improvement), point size = priority (hög, medel, låg), colour = status, a red ring around improvements
 * whose unit asks for support; quadrants "Snabba vinster" (small effort, high effect), "Stora satsningar", "Småförbättringar" and
 * "Ompröva". Improvements with neither expected nor realised effect or without an effort are left out. Points of the
 * same effort are spread deterministically so they do not hide each other. __Default size:__ container × 340 px.
 *
 * @example
 * const item = { id: "f1", title: "Direktbokning", unit: "tandvard", status: "pågår", measure: "leadTime", expectedPct: 30, realisedPct: null, verdict: "ej mätt", effort: "liten", priority: "hög" };
 * const spec = priorityMatrixSpec([item], { unitNames: { tandvard: "Tandvård" } });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function priorityMatrixSpec(items: readonly EffectItem[], options: PriorityMatrixSpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const threshold = options.effectThreshold ?? 20;
  const drawn = items.filter((i) => i.effort && (i.realisedPct !== null || i.expectedPct !== null));
  const slot = new Map<string, number>();
  const values = drawn.map((i) => {
    const effort = IMPROVEMENT_EFFORTS.indexOf(i.effort!) + 1;
    const k = slot.get(i.effort!) ?? 0;
    slot.set(i.effort!, k + 1);
    const realised = i.realisedPct !== null;
    const effect = improvementPct(i.measure, realised ? i.realisedPct!.estimate : i.expectedPct!);
    return {
      name: `${i.title} (${options.unitNames?.[i.unit] ?? i.unit})`,
      x: effort + 0.5 * (((k * 0.6180339887) % 1) - 0.5),
      effect,
      effectLabel:
        `${formatNumber(effect, 0)} % ${realised ? "(uppnådd)" : "(förväntad)"} ${i.measure ? EFFECT_MEASURE_SV[i.measure] : ""}`.trim(),
      status: i.status,
      priority: i.priority ?? "medel",
      support: i.supportNeed ?? "",
      size: PRIORITY_SIZE[i.priority ?? "medel"]!,
      ringSize: PRIORITY_SIZE[i.priority ?? "medel"]! * 2.4,
      asksSupport: Boolean(i.supportNeed),
      source: realised ? T.realised : T.expected,
    };
  });
  const yMax = Math.max(threshold * 2, ...values.map((v) => Math.ceil(v.effect / 10) * 10 + 10));
  const yMin = Math.min(0, ...values.map((v) => Math.floor(v.effect / 10) * 10 - 10));
  const x = {
    field: "x",
    type: "quantitative" as const,
    title: T.effort,
    scale: { domain: [0.4, 3.6] },
    axis: { values: [1, 2, 3], labelExpr: "['', 'liten', 'medel', 'stor'][datum.value]", grid: false },
  };
  const y = { field: "effect", type: "quantitative" as const, title: T.effect, scale: { domain: [yMin, yMax] } };
  const q = T.priorityQuadrants;
  const labels = [
    { label: q.quickWins, x: 0.4, effect: yMax, align: "left", dx: 4, dy: 4 },
    { label: q.bigBets, x: 3.6, effect: yMax, align: "right", dx: -4, dy: 4 },
    { label: q.fillIns, x: 0.4, effect: yMin, align: "left", dx: 4, dy: -4 },
    { label: q.questionable, x: 3.6, effect: yMin, align: "right", dx: -4, dy: -4 },
  ] as const;
  const description =
    `Effekt mot insats för ${values.length} förbättringar. ` +
    `${values.filter((v) => v.x < 2 && v.effect >= threshold).length} ligger bland snabba vinster (liten insats, minst ${threshold} % effekt); ` +
    `${values.filter((v) => v.asksSupport).length} ber om stöd.`;
  return {
    ...specFrame("priorityMatrixSpec", options, {
      title: T.priorityTitle,
      subtitle: wrapLines(T.prioritySubtitle),
      description,
      height: 340,
    }),
    layer: [
      ...labels.map((l) => ({
        data: { values: [l] },
        mark: {
          type: "text" as const,
          fontStyle: "italic",
          fontSize: 12,
          color: c.subtleText,
          align: l.align,
          dx: l.dx,
          dy: l.dy,
          baseline: l.effect === yMax ? ("top" as const) : ("bottom" as const),
        },
        encoding: { x: { ...x, field: "x" }, y: { ...y, field: "effect" }, text: { field: "label" } },
      })),
      {
        data: { values: [{ x: 2.5 }] },
        mark: { type: "rule", strokeDash: [4, 4], color: c.domain },
        encoding: { x: { field: "x", type: "quantitative" } },
      },
      {
        data: { values: [{ effect: threshold }] },
        mark: { type: "rule", strokeDash: [4, 4], color: c.domain },
        encoding: { y: { field: "effect", type: "quantitative" } },
      },
      {
        data: { values },
        layer: [
          {
            transform: [{ filter: "datum.asksSupport" }],
            mark: { type: "point", filled: false, strokeWidth: 2, color: "#D55E00" },
            encoding: { x, y, size: { field: "ringSize", type: "quantitative", scale: null } },
          },
          {
            mark: { type: "point", filled: true, opacity: 0.9, stroke: c.text, strokeWidth: 0.5 },
            encoding: {
              x,
              y,
              color: {
                field: "status",
                type: "ordinal",
                title: T.status,
                sort: [...IMPROVEMENT_STATUSES],
                scale: { domain: [...IMPROVEMENT_STATUSES], range: IMPROVEMENT_STATUSES.map((s) => STATUS_COLORS[s]!) },
              },
              size: { field: "size", type: "quantitative", scale: null },
              tooltip: fieldTitles([
                ["name", T.improvement],
                ["effectLabel", T.effect],
                ["status", T.status],
                ["priority", T.priority],
                ["support", T.support],
              ]),
            },
          },
        ],
      },
    ],
  } as TopLevelSpec;
}
