// Flöde: per process (flow type) and period (by completion month) the step and handoff summaries, the headline
// figures and the value stream's summary box, computed by @flodes/viz/pages' flodePage — the same function the
// browser's worker runs on a user's own file.
import { flodePage } from "@flodes/viz/pages";
import { loadPilotPage, writePageJson } from "./lib/pilot.js";

const { log, options } = await loadPilotPage();
writePageJson("data/pilot/syntetisk-handelser.csv", flodePage(log, options));
