import {
  type ContextFigure,
  DEFAULT_HOURS_PER_FTE,
  type EfficiencyMatrix,
  type Estimate,
  efficiencyMatrix,
  type FreedCapacityResult,
  type GoalTreeRow,
  goalMeasureProvider,
  goalPeriodOf,
  goalTree,
  goalTreeFlat,
  type Improvement,
  improvementPortfolio,
  loadUnits,
  monthSpan,
  monthSpanOf,
  type PlanGoal,
  type Portfolio,
  portfolioRows,
  type StaffingRow,
  type SteeringParse,
  type Unit,
} from "@flodes/core/node";
import { flagOption, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import { type Cell, CSV_DEFAULT, CSV_EXCEL, type Table, toCsv } from "../format/csv.js";
import { qualityReportText } from "../format/human.js";
import { toJsonText } from "../format/json.js";
import { CALENDAR_OPTIONS, calendarFrom } from "../input/calendar-options.js";
import { DEFAULT_TZ, IMPORT_OPTIONS, MODEL_OPTION } from "../input/import-options.js";
import { loadLog } from "../input/load-log.js";
import { issueLines, loadSmallFile, loadSteeringFiles, reportSteeringIssues, STEERING_OPTIONS } from "../input/steering-files.js";
import { EXIT_OK, EXIT_REJECTED } from "../io.js";
import { EFFECT_MSG, formatNote, MSG } from "../messages.js";
import { writeResult } from "../output.js";
import type { Command } from "./command.js";

type TableName = "freed" | "matrix" | "portfolio" | "goals";
const TABLES: readonly TableName[] = ["freed", "matrix", "portfolio", "goals"];

/** The row accounting of a steering file, for the JSON document. */
const fileReport = <T>(p: SteeringParse<T>) => ({ rowsIn: p.rowsIn, accepted: p.accepted, rejected: p.rejected, issues: p.issues });

const e3 = (prefix: string, e: Estimate | null): Record<string, Cell> => ({
  [prefix]: e?.estimate ?? null,
  [`${prefix}Lower`]: e?.lower ?? null,
  [`${prefix}Upper`]: e?.upper ?? null,
});

function tableOf(rows: readonly Record<string, Cell>[]): Table {
  const header = rows.length ? Object.keys(rows[0]!) : [];
  return { header, rows: rows.map((r) => header.map((h) => r[h] ?? null)) };
}

function freedTable(freed: readonly FreedCapacityResult[]): Table {
  const rows: Record<string, Cell>[] = [];
  for (const f of freed) {
    const base = { improvement: f.improvement, title: f.title, unit: f.unit };
    if (!f.ok) {
      rows.push({
        ...base,
        process: null,
        from: null,
        role: null,
        flowsBefore: f.flows.before,
        flowsAfter: f.flows.after,
        flowsPerMonth: null,
        ...e3("hoursPerMonth", null),
        ...e3("fte", null),
        ...e3("sekPerYear", null),
        hourlyCostSek: null,
        refused: f.code,
      });
      continue;
    }
    const common = { ...base, process: f.process, from: f.from };
    const line = (role: string, a: typeof f.total, cost: number | null) => ({
      ...common,
      role,
      flowsBefore: f.flows.before,
      flowsAfter: f.flows.after,
      flowsPerMonth: f.flowsPerMonth,
      ...e3("hoursPerMonth", a.hoursPerMonth),
      ...e3("fte", a.fte),
      ...e3("sekPerYear", a.sekPerYear),
      hourlyCostSek: cost,
      refused: null,
    });
    for (const r of f.roles) rows.push(line(r.role, r, r.hourlyCostSek));
    rows.push(line("Totalt", f.total, null));
  }
  return tableOf(rows);
}

function matrixTable(m: EfficiencyMatrix): Table {
  return tableOf(
    m.points.map((p) => ({
      unit: p.unit,
      period: p.period,
      flows: p.flows,
      flowEfficiency: p.flowEfficiency,
      resourceEfficiency: p.resourceEfficiency,
      touchHours: p.touchHours,
      availableHours: p.availableHours,
      unstaffedTouchHours: p.unstaffedTouchHours,
      quadrant: p.quadrant,
    })),
  );
}

function portfolioTable(p: Portfolio): Table {
  return tableOf(
    portfolioRows(p).map(({ description: _d, goalPath, realisedPct, ...r }) => ({
      ...r,
      goalPath: goalPath.join(" ← ") || null,
      ...e3("realisedPct", realisedPct),
    })),
  );
}

function goalsTable(rows: readonly GoalTreeRow[]): Table {
  return tableOf(goalTreeFlat(rows).map((r, k) => ({ ...r, improvements: rows[k]!.improvements.map((i) => i.id).join(" ") || null })));
}

/** `flodes effect <logg> --model … --staffing bemanning.csv --improvements forbattringar.csv [--format json|csv]`. */
export const effectCommand: Command = {
  name: "effect",
  summary: EFFECT_MSG.summary,
  description: EFFECT_MSG.description,
  usage: "effect <fil> --model processer.json --staffing bemanning.csv --improvements forbattringar.csv [--format json|csv] [flaggor]",
  options: [
    MODEL_OPTION,
    ...STEERING_OPTIONS,
    { name: "units", kind: "string", valueName: "fil", help: "enhetsfil (JSON eller CSV: id;namn;nivå;förälder), behövs med --goal-tree" },
    {
      name: "month",
      kind: "string",
      valueName: "ÅÅÅÅ-MM",
      help: "sista månaden i analysen (efter-perioden och matrisen slutar där; målen bedöms då). Standard: loggens sista månad",
    },
    {
      name: "from",
      kind: "string",
      valueName: "ÅÅÅÅ-MM",
      help: "första månaden i effektivitetsmatrisen och i före-perioden. Standard: loggens första månad",
    },
    {
      name: "grain",
      kind: "string",
      valueName: "period",
      choices: ["month", "quarter"],
      help: "effektivitetsmatrisen per månad (standard) eller kvartal",
    },
    {
      name: "hours-per-fte",
      kind: "string",
      valueName: "timmar",
      help: `arbetade timmar per årsarbetare och år (standard ${DEFAULT_HOURS_PER_FTE}, se docs/metrics.md)`,
    },
    { name: "format", kind: "string", valueName: "format", choices: ["json", "csv"], help: "json (standard) eller csv" },
    {
      name: "table",
      kind: "string",
      valueName: "tabell",
      choices: TABLES,
      help: "tabell för --format csv: freed (standard), matrix, portfolio eller goals",
    },
    { name: "excel", kind: "flag", help: "CSV för svensk Excel: semikolon, decimalkomma och BOM" },
    { name: "out", kind: "string", valueName: "fil", help: "fil att skriva (standard: stdout)" },
    ...CALENDAR_OPTIONS,
    ...IMPORT_OPTIONS,
  ],
  examples: [
    {
      comment: "effekt och portfölj för de syntetiska pilotdata som JSON",
      command:
        "flodes effect data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --staffing data/pilot/bemanning.csv --improvements data/pilot/forbattringar.csv --context data/pilot/kontext.csv",
    },
    {
      comment: "frigjord kapacitet per förbättring och roll som CSV för Excel",
      command:
        "flodes effect data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --staffing data/pilot/bemanning.csv --improvements data/pilot/forbattringar.csv --format csv --excel --out frigjord-tid.csv",
    },
    {
      comment: "effektivitetsmatrisen per enhet och månad, med 1 600 timmar per årsarbetare",
      command:
        "flodes effect data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --staffing data/pilot/bemanning.csv --format csv --table matrix --from 2025-03 --month 2025-12 --hours-per-fte 1600",
    },
    {
      comment: "målhierarkin med status, från regionplanens mål till enhetsmålen",
      command:
        "flodes effect data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --improvements data/pilot/forbattringar.csv --goal-tree data/pilot/malhierarki.csv --units data/pilot/enheter.csv --month 2025-12 --format csv --table goals",
    },
  ],
  async run(args, io) {
    const unitsFile = stringOption(args, "units");
    if (stringOption(args, "staffing") === undefined && stringOption(args, "improvements") === undefined)
      throw new CliError("usage", EFFECT_MSG.needsOne);
    if (stringOption(args, "goal-tree") !== undefined && unitsFile === undefined) throw new CliError("usage", EFFECT_MSG.needsUnits);
    const month = stringOption(args, "month");
    const from = stringOption(args, "from");
    for (const m of [month, from])
      if (m !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(m)) throw new CliError("usage", EFFECT_MSG.badMonth(m));
    const hoursRaw = stringOption(args, "hours-per-fte");
    const hoursPerFte = hoursRaw === undefined ? DEFAULT_HOURS_PER_FTE : Number(hoursRaw.replace(",", ".").replace(/\s/g, ""));
    if (!(hoursPerFte > 0 && hoursPerFte <= 8784)) throw new CliError("usage", EFFECT_MSG.badHours(hoursRaw ?? ""));
    const csv = stringOption(args, "format") === "csv";
    if (!csv && (stringOption(args, "table") !== undefined || flagOption(args, "excel")))
      throw new CliError("usage", EFFECT_MSG.tableNeedsCsv);
    const table = (stringOption(args, "table") ?? "freed") as TableName;
    const tz = stringOption(args, "tz") ?? DEFAULT_TZ;
    const calendar = calendarFrom(args, tz);

    const loaded = await loadSteeringFiles(args, io);
    const staffing = loaded.staffing?.parse ?? null;
    const improvements = loaded.improvements?.parse ?? null;
    const goals = loaded.goals?.parse ?? null;
    const context = loaded.context?.parse ?? null;
    const units: Unit[] = unitsFile !== undefined ? await loadSmallFile(io, unitsFile, (path) => loadUnits(path)) : [];

    const { file, result, progress } = await loadLog(args, io);
    progress.analyzing();
    const log = result.log;
    const end = month !== undefined ? monthSpan(month, tz) : null;
    const start = from !== undefined ? monthSpan(from, tz) : null;
    const staffRows: StaffingRow[] = staffing?.items ?? [];
    const matrix = staffing
      ? efficiencyMatrix(log, staffRows, {
          tz,
          grain: (stringOption(args, "grain") ?? "month") as "month" | "quarter",
          ...(from ? { fromMonth: from } : {}),
          ...(month ? { toMonth: month } : {}),
          ...(calendar ? { calendar } : {}),
        })
      : null;
    const imps: Improvement[] = improvements?.items ?? [];
    const goalRows: PlanGoal[] = goals?.items ?? [];
    const contextRows: ContextFigure[] = context?.items ?? [];
    const portfolio = improvements
      ? improvementPortfolio(log, imps, {
          tz,
          hoursPerFte,
          staffing: staffRows,
          goals: goalRows,
          context: contextRows,
          ...(start ? { before: { fromMs: start.fromMs } } : {}),
          ...(end ? { after: { toMs: end.toMs } } : {}),
        })
      : null;
    let tree: GoalTreeRow[] | null = null;
    if (goals) {
      let lastMs = -Infinity;
      for (let i = 0; i < log.length; i++) if (log.end[i]! > lastMs) lastMs = log.end[i]!;
      const at = end ?? monthSpanOf(tz)(lastMs);
      const measureValue = goalMeasureProvider(log, { units, tz, staffing: staffRows, ...(calendar ? { calendar } : {}) });
      tree = goalTree(goalRows, measureValue, { atMs: at.toMs, tz, improvements: imps, current: goalPeriodOf(at.month, tz) });
    }
    progress.done();

    const freed = portfolio ? portfolio.items.map((i) => i.freed).filter((x): x is FreedCapacityResult => x !== null) : [];
    let text: string;
    if (csv) {
      const dialect = flagOption(args, "excel") ? CSV_EXCEL : CSV_DEFAULT;
      const empty: Table = { header: [], rows: [] };
      const chosen =
        table === "matrix"
          ? matrix
            ? matrixTable(matrix)
            : empty
          : table === "portfolio"
            ? portfolio
              ? portfolioTable(portfolio)
              : empty
            : table === "goals"
              ? tree
                ? goalsTable(tree)
                : empty
              : freedTable(freed);
      text = toCsv(chosen, dialect);
    } else {
      text = toJsonText({
        hoursPerFte,
        basis: matrix?.basis ?? (calendar ? "working" : "calendar"),
        quality: {
          rowsIn: result.quality.rowsIn,
          accepted: result.quality.accepted,
          rejected: result.quality.rejected,
          issues: result.quality.issues,
        },
        files: {
          ...(staffing ? { staffing: fileReport(staffing) } : {}),
          ...(improvements
            ? { improvements: { ...fileReport(improvements), issues: [...improvements.issues, ...(loaded.improvements?.extra ?? [])] } }
            : {}),
          ...(goals ? { goalTree: fileReport(goals) } : {}),
          ...(context ? { context: fileReport(context) } : {}),
        },
        matrix: matrix
          ? {
              grain: matrix.grain,
              periods: matrix.periods,
              thresholds: matrix.thresholds,
              points: matrix.points,
              paths: matrix.paths,
              unassignedTouchHours: matrix.unassignedTouchHours,
              issues: matrix.issues,
            }
          : null,
        freedCapacity: freed,
        portfolio: portfolio
          ? {
              counts: portfolio.counts,
              board: portfolio.board,
              supportRequests: portfolio.supportRequests,
              items: portfolio.items.map((i) => ({
                improvement: i.improvement,
                goalPath: i.goalPath,
                expected: i.expected,
                realised: i.realised,
                verdict: i.verdict,
              })),
            }
          : null,
        goalTree: tree,
        caveat: EFFECT_MSG.caveat.sv,
        caveatEn: EFFECT_MSG.caveat.en,
      });
    }
    await writeResult(io, text, stringOption(args, "out"));

    if (portfolio) io.stderr.write(formatNote(EFFECT_MSG.caveat));
    if (calendar) io.stderr.write(formatNote(MSG.workingTimeBasis(calendar.label, calendar.labelEn)));
    let rejected = reportSteeringIssues(loaded, io);
    if (matrix && matrix.issues.length > 0) io.stderr.write(issueLines(matrix.issues));
    if (result.quality.rejected > 0) {
      io.stderr.write(formatNote(MSG.rowsRejected(result.quality.rejected, result.quality.rowsIn)));
      io.stderr.write(qualityReportText(result.quality, { file }));
      rejected = true;
    }
    return rejected ? EXIT_REJECTED : EXIT_OK;
  },
};
