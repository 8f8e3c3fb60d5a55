import { existsSync } from "node:fs";
import { resolve } from "node:path";
import {
  type ContextFigure,
  checkImprovementGoals,
  FlodesError,
  type Improvement,
  loadContextFigures,
  loadGoalTree,
  loadImprovements,
  loadStaffing,
  type PlanGoal,
  type QualityIssue,
  type StaffingRow,
  type SteeringInput,
  type SteeringParse,
} from "@flodes/core/node";
import { type OptionSpec, type ParsedArgs, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import type { Io } from "../io.js";
import { formatNote, MSG } from "../messages.js";

/** The steering files' options, shared by `effect` and `report`. */
export const STEERING_OPTIONS: readonly OptionSpec[] = [
  {
    name: "staffing",
    kind: "string",
    valueName: "fil",
    help: "bemanningsfil (CSV: enhet;roll;antal;tjänstgöringsgrad;timmar_per_vecka[;andel_i_flödet;timkostnad;från;till])",
  },
  {
    name: "improvements",
    kind: "string",
    valueName: "fil",
    help: "förbättringsfil (CSV: id;enhet;process;titel;status;startdatum;prioritet;stödbehov;ägarroll;mål;effektmått;förväntad_effekt;insats)",
  },
  {
    name: "goal-tree",
    kind: "string",
    valueName: "fil",
    help: "målhierarki (CSV: id;nivå;förälder;titel;enhet;mått;baslinje;målvärde;förändring;referens;datum)",
  },
  {
    name: "context",
    kind: "string",
    valueName: "fil",
    help: "kontextsiffror, t.ex. budgetavvikelse (CSV: enhet;typ;period;belopp[;beskrivning])",
  },
];

/** A steering file as read, with the name the user wrote. */
export interface LoadedSteeringFile<T> {
  file: string;
  parse: SteeringParse<T>;
  /** Issues found against the other files (an improvement naming a goal the goal hierarchy lacks). */
  extra: QualityIssue[];
}

/** The steering files given on the command line (each absent when its flag was not given). */
export interface LoadedSteering {
  staffing?: LoadedSteeringFile<StaffingRow>;
  improvements?: LoadedSteeringFile<Improvement>;
  goals?: LoadedSteeringFile<PlanGoal>;
  context?: LoadedSteeringFile<ContextFigure>;
}

/**
 * Reads a small input file (units, goals, staffing …) named on the command line, relative to the working directory.
 * Throws {@link CliError} (exit 2) naming the file — and row and column when the loader says — when it is missing
 * or cannot be read.
 * @example const units = await loadSmallFile(io, "enheter.csv", (path) => loadUnits(path));
 */
export async function loadSmallFile<T>(io: Io, file: string, loader: (path: string, file: string) => Promise<T>): Promise<T> {
  const path = resolve(io.cwd ?? process.cwd(), file);
  if (!existsSync(path)) throw new CliError("input", MSG.fileNotFound(file));
  try {
    return await loader(path, file);
  } catch (e) {
    if (e instanceof FlodesError) {
      const where = [e.row !== undefined && e.row > 0 ? `rad/row ${e.row}` : "", e.column !== undefined ? `"${e.column}"` : ""]
        .filter(Boolean)
        .join(", ");
      const at = where ? ` (${where})` : "";
      const sv = MSG.badFile(file, e.sv);
      throw new CliError("input", { code: e.code, sv: sv.sv + at, en: MSG.badFile(file, e.en).en + at });
    }
    throw new CliError("input", MSG.badFile(file, (e as Error).message));
  }
}

async function load<T>(
  io: Io,
  file: string | undefined,
  loader: (path: string, file: string) => Promise<SteeringParse<T>>,
): Promise<LoadedSteeringFile<T> | undefined> {
  if (file === undefined) return undefined;
  return { file, parse: await loadSmallFile(io, file, loader), extra: [] };
}

/**
 * Reads the files of `--staffing`, `--improvements`, `--goal-tree` and `--context`. Throws {@link CliError} (exit 2)
 * when a file is missing, unreadable or lacks a required column; bad rows are kept in the parses for
 * {@link reportSteeringIssues}.
 * @example const steering = await loadSteeringFiles(args, io);
 */
export async function loadSteeringFiles(args: ParsedArgs, io: Io): Promise<LoadedSteering> {
  const out: LoadedSteering = {};
  const staffing = await load(io, stringOption(args, "staffing"), loadStaffing);
  const improvements = await load(io, stringOption(args, "improvements"), loadImprovements);
  const goals = await load(io, stringOption(args, "goal-tree"), loadGoalTree);
  const context = await load(io, stringOption(args, "context"), loadContextFigures);
  if (improvements && goals)
    improvements.extra = checkImprovementGoals(improvements.parse.items, goals.parse.items, { file: improvements.file });
  if (staffing) out.staffing = staffing;
  if (improvements) out.improvements = improvements;
  if (goals) out.goals = goals;
  if (context) out.context = context;
  return out;
}

/** The accepted rows of the loaded files, as the analyses take them. */
export function steeringInput(s: LoadedSteering): SteeringInput {
  return {
    ...(s.staffing ? { staffing: s.staffing.parse.items } : {}),
    ...(s.improvements ? { improvements: s.improvements.parse.items } : {}),
    ...(s.goals ? { goals: s.goals.parse.items } : {}),
    ...(s.context ? { context: s.context.parse.items } : {}),
  };
}

/** Each issue on two lines, Swedish then English, naming file, row and column. */
export function issueLines(issues: readonly QualityIssue[]): string {
  return issues
    .map((i) => {
      const where = [i.file, i.row > 0 ? `rad ${i.row}` : "", i.column !== null ? `kolumn "${i.column}"` : ""].filter(Boolean).join(", ");
      const whereEn = [i.file, i.row > 0 ? `row ${i.row}` : "", i.column !== null ? `column "${i.column}"` : ""].filter(Boolean).join(", ");
      return `  ${i.severity === "error" ? "fel" : "varning"} — ${where}: ${i.message}\n  (en) ${i.severity} — ${whereEn}: ${i.messageEn}\n`;
    })
    .join("");
}

/**
 * Writes every issue of the steering files to stderr; true when a file had rejected rows (the command then exits 1,
 * "done, but rows were rejected").
 * @example if (reportSteeringIssues(steering, io)) code = EXIT_REJECTED;
 */
export function reportSteeringIssues(s: LoadedSteering, io: Io): boolean {
  let rejected = false;
  for (const f of [s.staffing, s.improvements, s.goals, s.context]) {
    if (!f) continue;
    const { parse } = f;
    if (parse.rejected > 0) {
      rejected = true;
      io.stderr.write(formatNote(MSG.sideFileRejected(f.file, parse.rejected, parse.rowsIn)));
    }
    const issues = [...parse.issues, ...f.extra];
    if (issues.length > 0) io.stderr.write(issueLines(issues));
  }
  return rejected;
}
