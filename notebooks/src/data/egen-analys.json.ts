// Egen analys: imports the analyst's own CSV (egen-matning.csv, next to this file) with @flodes/core and
// analyses it. Replace the CSV (same columns, or any the importer recognises) and rebuild the site.
import { fileURLToPath } from "node:url";
import { analyze, quantile } from "@flodes/core";
import { importFile } from "@flodes/core/node";

const FILE = "egen-matning.csv";
const { observations, quality } = await importFile(fileURLToPath(new URL(`./${FILE}`, import.meta.url)), { tz: "Europe/Stockholm", file: FILE });
const a = analyze(observations);
const order = [...new Set(observations.map((o) => o.step))];

process.stdout.write(
  JSON.stringify({
    synthetic: observations.some((o) => o.attrs?.["källa"] === "syntetisk"),
    file: FILE,
    quality: { rowsIn: quality.rowsIn, accepted: quality.accepted, rejected: quality.rejected, issues: quality.issues.slice(0, 20) },
    categoriesAssumed: a.categoriesAssumed,
    order,
    summary: a.summary,
    steps: a.steps,
    handoffs: a.handoffs,
    leadTimesMs: a.flows.map((f) => f.leadTimeMs),
    figures: {
      leadTimeMs: quantile(a.flows.map((f) => f.leadTimeMs), 0.5),
      processTimeMs: quantile(a.flows.map((f) => f.touchTimeMs), 0.5),
      vaTimeMs: quantile(a.flows.map((f) => f.vaMs), 0.5),
      flowEfficiency: a.summary.flowEfficiency.aggregate,
    },
  }),
);
