// Shared by the Uppföljning loaders: the months the synthetic pilot data cover and the monthly reports for them.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Goal,
  type MonthlyReport,
  type MonthlyReportOptions,
  monthlyReport,
  parseGoals,
  periodOf,
  type SteeringInput,
} from "@flodes/core";
import { BASELINE, loadPilot, PILOT_DIR, TZ } from "./lib/pilot.js";

/** Pilot data, goals and the report months (see the rules below). */
export async function loadFollowUp() {
  const pilot = await loadPilot();
  const goals: Goal[] = parseGoals(await readFile(join(PILOT_DIR, "mal.json"), "utf-8"), { format: "json", file: "mal.json" }).goals;
  const month = periodOf("month", TZ);
  const flowEnd = new Map<string, number>();
  for (const o of pilot.observations) flowEnd.set(o.flow, Math.max(flowEnd.get(o.flow) ?? -Infinity, o.endMs));
  const perMonth = new Map<string, number>();
  for (const end of flowEnd.values()) {
    const p = month(end);
    if (p) perMonth.set(p.period, (perMonth.get(p.period) ?? 0) + 1);
  }
  // The report months are the pilot year's, 2025: flows started in the autumn of 2024 only fill its first months
  // with cases in progress, and after 2025 the log ends in flows still open at the extract (their last event is no
  // completion). Months with fewer than half the busiest month's finished flows are left out of the selector.
  const year = [...perMonth.entries()].filter(([m]) => m >= "2025-01" && m <= "2025-12");
  const busiest = Math.max(0, ...year.map(([, n]) => n));
  const months = year
    .filter(([, n]) => n >= busiest / 2)
    .map(([m]) => m)
    .sort();
  return { ...pilot, goals, months };
}

/**
 * The monthly report of `month` for the pilot data (synthetic), against the pilot's one baseline period; `extra` adds options (e.g. the queue section) and
 * `steering` the steering sections.
 */
export function pilotReport(
  data: Awaited<ReturnType<typeof loadFollowUp>>,
  month: string,
  extra: Partial<MonthlyReportOptions> = {},
  steering?: SteeringInput,
): MonthlyReport {
  return monthlyReport(
    {
      observations: data.observations,
      log: data.log,
      processes: data.processes,
      units: data.units,
      goals: data.goals,
      ...(steering ? { steering } : {}),
    },
    {
      month,
      tz: TZ,
      baseline: BASELINE,
      synthetic: true,
      quality: data.quality,
      title: "Månadsrapport flödeseffektivitet (syntetiska data)",
      ...extra,
    },
  );
}
