import type { AgingBand, AgingFlow, AgingStage } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { DURATION_UNIT_MS, type DurationUnit, formatDuration } from "../format.js";
import { QUEUE_TEXT_SV as T } from "../messages/queue-text.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";

const BAND_LABEL: Record<AgingBand | "none", string> = {
  under50: T.bandUnder50,
  "50-85": T.band50to85,
  "85-95": T.band85to95,
  over95: T.bandOver95,
  none: T.bandNone,
};
const BAND_ORDER: (AgingBand | "none")[] = ["under50", "50-85", "85-95", "over95", "none"];
/** Point colours, dark enough on white and on the tinted fields. */
const BAND_COLOR = ["#1b7837", "#8c6d00", "#D55E00", "#b2182b", "#777777"];
/** Field tints behind the points: ≤ 50 %, 50–85 %, 85–95 %. */
const FIELD_COLOR = ["#e5f5e0", "#fff3c4", "#fde0c5"];

/** Options of {@link agingWipSpec}. */
export interface AgingWipSpecOptions extends SpecOptions {
  /** Display unit of age. __Default value:__ `"dagar"`. */
  unit?: DurationUnit;
}

/**
 * Aging work in progress (ActionableAgile style) for one process: a column per stage, tinted fields up to the 50th,
 * 85th and 95th percentile of how old closed flows were when they left the stage, and a point per open flow at its
 * age, coloured by the field it lies in (jittered sideways so points do not hide each other). Flows high above the
 * fields are the ones to act on. __Default height:__ 300 px.
 * @example
 * const { stages, flows } = agingWip(log);
 * const spec = agingWipSpec(stages.filter((s) => s.process === "lso1-psykiatri"), flows.filter((f) => f.process === "lso1-psykiatri"));
 */
export function agingWipSpec(stages: readonly AgingStage[], flows: readonly AgingFlow[], options: AgingWipSpecOptions = {}): TopLevelSpec {
  const unit = options.unit ?? "dagar";
  const div = DURATION_UNIT_MS[unit];
  const steps = [...stages].sort((a, b) => a.order - b.order).map((s) => s.step);
  const fields = stages.flatMap((s) => {
    if (s.p50Ms === null || s.p85Ms === null || s.p95Ms === null) return [];
    const tip = `${T.p50} ${formatDuration(s.p50Ms, unit)} · ${T.p85} ${formatDuration(s.p85Ms, unit)} · ${T.p95} ${formatDuration(s.p95Ms, unit)} (${s.closedFlows} avslutade)`;
    return [
      { step: s.step, y0: 0, y1: s.p50Ms / div, field: 0, tip },
      { step: s.step, y0: s.p50Ms / div, y1: s.p85Ms / div, field: 1, tip },
      { step: s.step, y0: s.p85Ms / div, y1: s.p95Ms / div, field: 2, tip },
    ];
  });
  // Deterministic jitter from the flow id, so the snapshot and the page do not change between renders.
  const jitter = (id: string) => {
    let h = 2166136261;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    return ((h >>> 0) % 1000) / 1000 - 0.5;
  };
  const points = flows.map((f) => ({
    step: f.step,
    flow: f.flow,
    age: f.ageMs / div,
    ageLabel: formatDuration(f.ageMs, unit),
    waitingLabel: formatDuration(f.waitingMs, unit),
    currentStep: f.currentStep,
    band: BAND_LABEL[f.band ?? "none"],
    jitter: jitter(f.flow),
  }));
  const over = flows.filter((f) => f.band === "over95").length;
  const description =
    `Åldrande pågående arbete: ${flows.length} öppna ärenden i ${steps.length} steg` +
    (over > 0 ? `, varav ${over} äldre än 95 % av de avslutade ärendena i samma steg.` : ".");
  const x = { field: "step", type: "nominal" as const, title: T.stage, sort: steps, axis: { labelAngle: -30, labelLimit: 140 } };
  return {
    ...specFrame("agingWipSpec", options, { title: T.agingTitle, subtitle: [...T.agingSubtitle], description, height: 300 }),
    layer: [
      {
        data: { values: fields },
        mark: { type: "bar", opacity: 0.9 },
        encoding: {
          x,
          y: { field: "y0", type: "quantitative", title: `${T.age} (${unit})` },
          y2: { field: "y1" },
          color: { field: "field", type: "ordinal", legend: null, scale: { domain: [0, 1, 2], range: FIELD_COLOR } },
          tooltip: [
            { field: "step", title: T.stage },
            { field: "tip", title: T.band },
          ],
        },
      },
      {
        data: { values: points },
        mark: { type: "circle", size: 30, opacity: 0.85, tooltip: true },
        encoding: {
          x,
          xOffset: { field: "jitter", type: "quantitative", scale: { domain: [-0.5, 0.5] } },
          y: { field: "age", type: "quantitative" },
          color: {
            field: "band",
            type: "nominal",
            title: T.band,
            scale: { domain: BAND_ORDER.map((b) => BAND_LABEL[b]), range: BAND_COLOR },
          },
          tooltip: fieldTitles([
            ["flow", T.flow],
            ["step", T.stage],
            ["currentStep", T.currentStep],
            ["ageLabel", T.age],
            ["waitingLabel", T.waiting],
            ["band", T.band],
          ]),
        },
      },
    ],
    resolve: { scale: { color: "independent" } },
  };
}
