// Tillgänglighet och köer: the queue analysis of the synthetic pilot data at the extract (the log's last event) for
// the six pilot units, computed by @flodes/viz/pages' tillganglighetPage — the same function the browser's worker
// runs on a user's own file.
import { join } from "node:path";
import { loadBacklogAllocations, loadCareGuaranteeRules } from "@flodes/core/node";
import { tillganglighetPage } from "@flodes/viz/pages";
import { loadPilot, PILOT_DIR, PILOT_UNIT_IDS, TZ } from "./lib/pilot.js";

const { processes, unitNames, log } = await loadPilot();
const rules = await loadCareGuaranteeRules(join(PILOT_DIR, "vardgaranti.csv"));
const allocations = await loadBacklogAllocations(join(PILOT_DIR, "forskjuten-vard.csv"));

// Time between named steps, per unit: referral → first visit, decision → treatment.
const PAIRS = [
  {
    id: "remiss-besok",
    label: "Remiss inkommer → första besök",
    from: ["Remiss inkommer", "Egenremiss inkommer"],
    to: ["Besök", "Första besök", "Bedömningssamtal"],
  },
  {
    id: "beslut-atgard",
    label: "Beslut → åtgärd eller behandling",
    from: ["Beslut", "Behandlingsplan"],
    to: ["Åtgärd", "Behandlingsstart", "Behandling"],
  },
  { id: "kontakt-besok", label: "Kontakt via 1177 → besök", from: ["Kontakt via 1177"], to: ["Besök"] },
];

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/syntetisk-handelser.csv, processer.json (endSteps), vardgaranti.csv, forskjuten-vard.csv",
    ...tillganglighetPage(log, {
      processes,
      unitNames,
      units: PILOT_UNIT_IDS,
      rules,
      allocations,
      pairs: PAIRS,
      fromDate: "2025-01-01",
      tz: TZ,
    }),
  }),
);
