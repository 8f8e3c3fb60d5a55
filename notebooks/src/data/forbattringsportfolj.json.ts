// Förbättringsportfölj: the improvement portfolio of the synthetic pilot (status, support, priority, goals),
// expected vs realised effect, freed capacity in hours, årsarbetare and kronor with intervals, the efficiency
// matrix per unit, and the goal hierarchy. Everything is computed here with @flodes/core; the page lays it out.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  DEFAULT_HOURS_PER_FTE,
  efficiencyMatrix,
  goalMeasureProvider,
  goalPeriodOf,
  goalTree,
  goalTreeFlat,
  improvementPortfolio,
  parseContextFigures,
  parseGoalTree,
  parseImprovements,
  parseStaffing,
  portfolioRows,
  type SteeringParse,
  steeringMessage,
} from "@flodes/core";
import { loadPilot, PILOT_DIR, PILOT_UNIT_IDS, YEAR_2025 } from "./lib/pilot.js";

const read = async <T>(file: string, parse: (text: string, options: { file: string }) => SteeringParse<T>): Promise<T[]> => {
  const parsed = parse(await readFile(join(PILOT_DIR, file), "utf-8"), { file });
  // The committed pilot files are clean; a problem here is a bug in the generator, not something to hide.
  if (parsed.issues.length > 0) throw new Error(`${file}: ${parsed.issues.map((i) => `rad ${i.row}: ${i.message}`).join("; ")}`);
  return parsed.items;
};

const { units, unitNames, log } = await loadPilot();
const staffing = await read("bemanning.csv", parseStaffing);
const improvements = await read("forbattringar.csv", parseImprovements);
const goals = await read("malhierarki.csv", parseGoalTree);
const context = await read("kontext.csv", parseContextFigures);

// The log starts 2025-01-01: in its first months only short flows have finished, so the matrix starts in April
// (when even the longest pilot flows, ~3 months, can have ended) and runs to the last full month, December.
const MATRIX_FROM = "2025-04";
const MATRIX_TO = "2025-12";
const LAST_MONTH = "2025-12";
const matrixOf = (grain: "month" | "quarter") => {
  const m = efficiencyMatrix(log, staffing, { fromMonth: MATRIX_FROM, toMonth: MATRIX_TO, grain });
  return { periods: m.periods, thresholds: m.thresholds, points: m.points, paths: m.paths, issues: m.issues.map((i) => i.message) };
};

const portfolio = improvementPortfolio(log, improvements, {
  goals,
  staffing,
  context,
  before: { fromMs: YEAR_2025.fromMs },
  after: { toMs: YEAR_2025.toMs },
});
const measureOf = goalMeasureProvider(log, { units, staffing });
const tree = goalTree(goals, measureOf, { atMs: Date.parse("2026-01-01T00:00:00+01:00"), current: goalPeriodOf(LAST_MONTH), improvements });

const realisedSentence = new Map(
  portfolio.items.map((i) => [
    i.improvement.id,
    i.realised ? (i.realised.comparison.ok ? i.realised.comparison.sentence : i.realised.comparison.message) : null,
  ]),
);
const items = portfolioRows(portfolio).map((r) => ({
  ...r,
  unitName: unitNames[r.unit] ?? r.unit,
  realisedSentence: realisedSentence.get(r.id) ?? null,
}));

const freed = portfolio.items.map((i) => i.freed).filter((f) => f !== null);
const goalRows = goalTreeFlat(tree);
// The headline cards: freed time that is certain (interval above zero), the largest of it, goals on track, support.
const started = freed.filter((f) => f.ok);
const clear = started.filter((f) => f.clear && f.total.hoursPerMonth.estimate > 0);
const largest = [...clear].sort((a, b) => b.total.hoursPerMonth.estimate - a.total.hoursPerMonth.estimate)[0];
const measured = goalRows.filter((g) => g.measure !== null);
const cards = {
  started: started.length,
  freedClear: clear.length,
  largest: largest
    ? { title: largest.title, unitName: unitNames[largest.unit] ?? largest.unit, hoursPerMonth: largest.total.hoursPerMonth.estimate }
    : null,
  goalsMeasured: measured.length,
  goalsOnTrack: measured.filter((g) => g.status === "på väg").length,
  supportUnits: new Set(portfolio.supportRequests.map((s) => s.unit)).size,
};

process.stdout.write(
  JSON.stringify(
    {
      synthetic: true,
      source: "data/pilot/: syntetisk-handelser.csv, bemanning.csv, forbattringar.csv, malhierarki.csv, kontext.csv",
      unitNames,
      pilotUnits: PILOT_UNIT_IDS,
      hoursPerFte: DEFAULT_HOURS_PER_FTE,
      caveat: steeringMessage.freedNotSaved().message,
      lastMonth: LAST_MONTH,
      matrix: { month: matrixOf("month"), quarter: matrixOf("quarter") },
      cards,
      freed,
      counts: portfolio.counts,
      board: portfolio.board,
      supportRequests: portfolio.supportRequests.map((s) => ({ ...s, unitName: unitNames[s.unit] ?? s.unit })),
      items,
      goalTree: goalRows.map((r, k) => ({
        ...r,
        unitName: r.unit ? (unitNames[r.unit] ?? r.unit) : null,
        rolled: tree[k]!.rolled,
        improvements: tree[k]!.improvements,
        improvementsBelow: tree[k]!.improvementsBelow,
      })),
      context,
      staffing: staffing.map(({ row: _row, ...s }) => s),
    },
    (_key, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v),
  ),
);
