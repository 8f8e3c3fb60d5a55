// The printable monthly report (self-contained HTML) for the latest month of the synthetic pilot data,
// generated at build time; the Uppföljning page links to it. With the pilot's care-guarantee rules and allocations it
// holds the queue section; with its steering files the efficiency matrix, freed capacity, portfolio and goal hierarchy.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseContextFigures, parseGoalTree, parseImprovements, parseStaffing } from "@flodes/core";
import { loadBacklogAllocations, loadCareGuaranteeRules } from "@flodes/core/node";
import { renderReportHtml } from "@flodes/viz";
import { PILOT_DIR } from "./lib/pilot.js";
import { loadFollowUp, pilotReport } from "./uppfoljning-lib.js";

const read = (file: string) => readFile(join(PILOT_DIR, file), "utf-8");
const steering = {
  staffing: parseStaffing(await read("bemanning.csv"), { file: "bemanning.csv" }).items,
  improvements: parseImprovements(await read("forbattringar.csv"), { file: "forbattringar.csv" }).items,
  goals: parseGoalTree(await read("malhierarki.csv"), { file: "malhierarki.csv" }).items,
  context: parseContextFigures(await read("kontext.csv"), { file: "kontext.csv" }).items,
};
const data = await loadFollowUp();
// The queue section (Tillgänglighet och köer) with the pilot's care-guarantee rules and allocations.
const queue = {
  rules: await loadCareGuaranteeRules(join(PILOT_DIR, "vardgaranti.csv")),
  allocations: await loadBacklogAllocations(join(PILOT_DIR, "forskjuten-vard.csv")),
};
process.stdout.write(await renderReportHtml(pilotReport(data, data.months[data.months.length - 1]!, { queue }, steering)));
