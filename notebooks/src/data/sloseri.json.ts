// Slöseri: both waste shares, waste by type (Pareto, hours and SEK), cost of waste per unit and %C&A per process, in
// calendar and working time, computed by @flodes/viz/pages' sloseriPage — the same function the browser's worker
// runs on a user's own file. Flows belong to their completion month.
import { sloseriPage } from "@flodes/viz/pages";
import { loadPilot, PERIODS, PILOT_UNIT_IDS, TZ } from "./lib/pilot.js";

const { processes, units, log } = await loadPilot();
const unitNames = Object.fromEntries(units.map((u) => [u.id, u.name]));

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv",
    ...sloseriPage(log, { processes, periods: PERIODS, unitNames, primaryUnits: PILOT_UNIT_IDS, tz: TZ }),
  }),
);
