// Om metoden: design.md's worked example (flow F1), computed by @flodes/core so the page shows the library's
// own numbers next to the hand-computed ones.
import { analyze, handoffs, type Observation } from "@flodes/core";

const at = (hhmm: string) => Date.parse(`2025-03-12T${hhmm}:00+01:00`);
const rows: [string, "VA" | "NNVA" | "NVA", string, string, boolean][] = [
  ["Remiss inkommer", "NNVA", "08:00", "08:05", false],
  ["Bedömning", "VA", "09:00", "09:20", false],
  ["Provtagning", "VA", "09:10", "09:30", false],
  ["Dokumentation", "NNVA", "09:25", "09:40", false],
  ["Provtagning", "NVA", "11:00", "11:15", true],
  ["Beslut", "VA", "12:00", "12:10", false],
];
const observations: Observation[] = rows.map(([step, category, s, e]) => ({ flow: "F1", step, startMs: at(s), endMs: at(e), category }));
const a = analyze(observations);
const flow = a.flows[0];
const waits = handoffs(observations);
const minutes = (ms: number) => ms / 60_000;

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    observations: rows.map(([step, category, start, end, repeat]) => ({
      step,
      label: repeat ? `${step} (upprepning)` : step,
      category,
      start,
      end,
      repeat,
      startMs: at(start),
      endMs: at(end),
    })),
    flow,
    // The library's figures next to the hand-computed ones, in minutes.
    figures: [
      ["Ledtid", flow.leadTimeMs],
      ["VA", flow.vaMs],
      ["NNVA", flow.nnvaMs],
      ["NVA-arbete", flow.nvaWorkMs],
      ["Väntan", flow.waitMs],
      ["NVA (arbete + väntan)", flow.nvaMs],
      ["Beröringstid", flow.touchTimeMs],
      ["Omarbete", flow.reworkMs],
    ].map(([label, ms]) => ({ label, minutes: minutes(ms as number) })),
    waits,
  }),
);
