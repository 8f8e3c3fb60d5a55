// Förbättring: per improved process (data/pilot/forbattringar.json) and measure, a before/after comparison with
// uncertainty and run/XmR charts of weekly and monthly medians, computed by @flodes/viz/pages' forbattringPage — the
// same function the browser's worker runs on a user's own file and date. Synthetic data.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { forbattringPage, type PageImprovement } from "@flodes/viz/pages";
import { loadPilot, PILOT_DIR, TZ, YEAR_2025 } from "./lib/pilot.js";

const { processes, units, log } = await loadPilot();
const unitNames = Object.fromEntries(units.map((u) => [u.id, u.name]));
// Ideas and planned improvements have no process or start date yet (see Förbättringsportfölj).
const improvements = (JSON.parse(await readFile(join(PILOT_DIR, "forbattringar.json"), "utf-8")) as Partial<PageImprovement>[])
  .filter((i): i is PageImprovement => i.process !== undefined && i.from !== undefined);

process.stdout.write(
  JSON.stringify(
    {
      synthetic: true,
      source: "data/pilot/syntetisk-handelser.csv, data/pilot/forbattringar.json",
      // Flows that started in 2025: the comparison is an intervention study, split at the change date by arrival.
      ...forbattringPage(log, { improvements, processes, unitNames, window: YEAR_2025, tz: TZ }),
    },
    (_key, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v),
  ),
);
