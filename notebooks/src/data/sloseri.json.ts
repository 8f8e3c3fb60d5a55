// Slöseri: both waste shares, waste by type (Pareto, hours and SEK), cost of waste per unit and %C&A per process, in
// calendar and working time, computed by @flodes/viz/pages' sloseriPage — the same function the browser's worker
// runs on a user's own file. Flows belong to their completion month.
import { sloseriPage } from "@flodes/viz/pages";
import { loadPilotPage, writePageJson } from "./lib/pilot.js";

const { log, options } = await loadPilotPage();
writePageJson("data/pilot/syntetisk-handelser.csv", sloseriPage(log, options));
