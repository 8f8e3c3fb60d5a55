// Uppföljning: which plan goal each improvement (åtgärd) serves — the red thread from the region plan's goals through
// focus areas and yearly milestones to the unit goal it names. Synthetic pilot files; computed with @flodes/core.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkImprovementGoals, type PlanGoal, parseGoalTree, parseImprovements } from "@flodes/core";
import { PILOT_DIR, UNIT_NAMES } from "./lib/pilot.js";

const improvements = parseImprovements(await readFile(join(PILOT_DIR, "forbattringar.csv"), "utf-8"), { file: "forbattringar.csv" });
const goals = parseGoalTree(await readFile(join(PILOT_DIR, "malhierarki.csv"), "utf-8"), { file: "malhierarki.csv" });
const issues = [
  ...improvements.issues,
  ...goals.issues,
  ...checkImprovementGoals(improvements.items, goals.items, { file: "forbattringar.csv" }),
];
if (issues.length > 0) throw new Error(issues.map((i) => `${i.file} rad ${i.row}: ${i.message}`).join("; "));
const byId = new Map(goals.items.map((g) => [g.id, g]));

/** The goal and its ancestors, top first. */
function thread(id: string | undefined): PlanGoal[] {
  const out: PlanGoal[] = [];
  for (
    let g = id !== undefined ? byId.get(id) : undefined;
    g && !out.includes(g);
    g = g.parent !== undefined ? byId.get(g.parent) : undefined
  )
    out.unshift(g);
  return out;
}

process.stdout.write(
  JSON.stringify({
    synthetic: true,
    source: "data/pilot/forbattringar.csv, data/pilot/malhierarki.csv",
    rows: improvements.items.map((i) => {
      const t = thread(i.goal);
      return {
        id: i.id,
        title: i.title,
        unit: UNIT_NAMES[i.unit] ?? i.unit,
        status: i.status,
        planGoal: t.find((g) => g.level === "regionmål")?.title ?? null,
        milestone: t.find((g) => g.level === "delmål")?.title ?? null,
        unitGoal: t.find((g) => g.level === "enhetsmål")?.title ?? null,
      };
    }),
  }),
);
