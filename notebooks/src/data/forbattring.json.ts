// Förbättring: per improved process (data/pilot/forbattringar.json) and measure, a before/after comparison with
// uncertainty and run/XmR charts of weekly and monthly medians, computed by @flodes/viz/pages' forbattringPage — the
// same function the browser's worker runs on a user's own file and date. Synthetic data.
import { parseImprovements } from "@flodes/core";
import { forbattringPage, type PageImprovement } from "@flodes/viz/pages";
import { loadPilot, readPilotFile, TZ, YEAR_2025 } from "./lib/pilot.js";

const { processes, unitNames, log } = await loadPilot();
// Ideas and planned improvements have no process or start date yet (see Förbättringsportfölj).
const { items } = await readPilotFile("forbattringar.json", (text, file) => parseImprovements(text, { file }));
const improvements: PageImprovement[] = items.flatMap((i) =>
  i.process !== undefined && i.from !== undefined
    ? [
        {
          process: i.process,
          unit: i.unit,
          from: i.from,
          description: i.description ?? i.title,
          ...(i.outcome ? { outcome: i.outcome } : {}),
        },
      ]
    : [],
);

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
