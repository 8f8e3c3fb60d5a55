// Flöde: per process (flow type) and period (by completion month) the step and handoff summaries, the headline
// figures and the value stream's summary box, computed by @flodes/viz/pages' flodePage — the same function the
// browser's worker runs on a user's own file.
import { flodePage } from "@flodes/viz/pages";
import { loadPilot, PERIODS, PILOT_UNIT_IDS, TZ } from "./lib/pilot.js";

const { processes, units, log } = await loadPilot();
const unitNames = Object.fromEntries(units.map((u) => [u.id, u.name]));

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv",
    ...flodePage(log, { processes, periods: PERIODS, unitNames, primaryUnits: PILOT_UNIT_IDS, tz: TZ }),
  }),
);
