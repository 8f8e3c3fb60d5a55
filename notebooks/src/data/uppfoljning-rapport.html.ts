// The printable monthly report (self-contained HTML) for the latest month of the synthetic pilot data,
// generated at build time; the Uppföljning page links to it.
import { join } from "node:path";
import { renderReportHtml } from "@flodes/core";
import { loadBacklogAllocations, loadCareGuaranteeRules } from "@flodes/core/node";
import { PILOT_DIR } from "./lib/pilot.js";
import { loadFollowUp, pilotReport } from "./uppfoljning-lib.js";

const data = await loadFollowUp();
// The queue section (Tillgänglighet och köer) with the pilot's care-guarantee rules and allocations.
const queue = { rules: await loadCareGuaranteeRules(join(PILOT_DIR, "vardgaranti.csv")), allocations: await loadBacklogAllocations(join(PILOT_DIR, "forskjuten-vard.csv")) };
process.stdout.write(renderReportHtml(pilotReport(data, data.months[data.months.length - 1]!, { queue })));
