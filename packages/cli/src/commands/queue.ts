import {
  asOfFromDate,
  type BacklogAllocation,
  type CareGuaranteeRule,
  loadBacklogAllocations,
  loadCareGuaranteeRules,
  queueReport,
} from "@flodes/core/node";
import { flagOption, type ParsedArgs, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import { CSV_DEFAULT, CSV_EXCEL, toCsv } from "../format/csv.js";
import { qualityReportText } from "../format/human.js";
import { toJsonText } from "../format/json.js";
import { QUEUE_TABLE_NAMES, type QueueTableName, queueTable } from "../format/queue-csv.js";
import { DEFAULT_TZ, IMPORT_OPTIONS, isTimeZone, MODEL_OPTION } from "../input/import-options.js";
import { loadLog } from "../input/load-log.js";
import { loadSmallFile } from "../input/steering-files.js";
import { EXIT_OK, EXIT_REJECTED } from "../io.js";
import { formatNote, HELP, MSG, QUEUE_TEXT as Q } from "../messages.js";
import { writeResult } from "../output.js";
import type { Command } from "./command.js";

function positiveInt(args: ParsedArgs, flag: string): number | undefined {
  const raw = stringOption(args, flag);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new CliError("usage", Q.badWeeks(`--${flag}`, raw));
  return n;
}

/** `flodes queue <fil>`: open and closed flows at an as-of date, flow of work, care guarantee, censored lead time, forecasts. */
export const queueCommand: Command = {
  name: "queue",
  summary: Q.summary,
  description: Q.description,
  usage: "queue <fil> [--model m.json] [--as-of ÅÅÅÅ-MM-DD] [--end-steps …] [--rules vårdgaranti.csv] [--format json|csv] [flaggor]",
  options: [
    MODEL_OPTION,
    { name: "as-of", kind: "string", valueName: "ÅÅÅÅ-MM-DD", help: Q.options.asOf },
    { name: "end-steps", kind: "string", valueName: "steg", help: Q.options.endSteps },
    { name: "rules", kind: "string", valueName: "fil", help: Q.options.rules },
    { name: "allocation", kind: "string", valueName: "fil", help: Q.options.allocation },
    { name: "format", kind: "string", valueName: "format", choices: ["json", "csv"], help: HELP.options_.format },
    { name: "table", kind: "string", valueName: "tabell", choices: QUEUE_TABLE_NAMES, help: Q.options.table },
    { name: "excel", kind: "flag", help: HELP.options_.excel },
    { name: "out", kind: "string", valueName: "fil", help: HELP.options_.out },
    { name: "history-weeks", kind: "string", valueName: "veckor", help: Q.options.historyWeeks },
    { name: "horizon-weeks", kind: "string", valueName: "veckor", help: Q.options.horizonWeeks },
    { name: "seed", kind: "string", valueName: "tal", help: Q.options.seed },
    ...IMPORT_OPTIONS,
  ],
  examples: [
    {
      comment: "köer och tillgänglighet i de syntetiska pilotdata vid uttaget 2026-03-31",
      command: "flodes queue data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --rules data/pilot/vardgaranti.csv",
    },
    {
      comment: "läget som det såg ut vid årsskiftet (senare händelser räknas inte)",
      command: "flodes queue data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --as-of 2025-12-31",
    },
    {
      comment: "öppna ärenden som CSV för svensk Excel, med egna slutsteg",
      command: 'flodes queue logg.csv --end-steps "Åtgärd,Avslut" --format csv --table open --excel --out oppna.csv',
    },
    {
      comment: "vårdgaranti per enhet och månad, och kön mot tilldelade medel för förskjuten vård",
      command:
        "flodes queue data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --rules data/pilot/vardgaranti.csv --allocation data/pilot/forskjuten-vard.csv --format csv --table guarantee",
    },
  ],
  async run(args, io) {
    const csv = stringOption(args, "format") === "csv";
    const table = (stringOption(args, "table") ?? "open") as QueueTableName;
    if (!csv && stringOption(args, "table") !== undefined) throw new CliError("usage", MSG.tableNeedsCsv);
    if (!csv && flagOption(args, "excel")) throw new CliError("usage", MSG.csvOptionNeedsCsv("--excel"));
    const tz = stringOption(args, "tz") ?? DEFAULT_TZ;
    if (!isTimeZone(tz)) throw new CliError("usage", MSG.badTimeZone(tz));
    const asOfText = stringOption(args, "as-of");
    let asOfMs: number | undefined;
    if (asOfText !== undefined) {
      try {
        asOfMs = asOfFromDate(asOfText, tz);
      } catch {
        throw new CliError("usage", Q.badAsOf(asOfText));
      }
    }
    const endStepsText = stringOption(args, "end-steps");
    const endSteps = endStepsText
      ?.split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    if (endSteps !== undefined && endSteps.length === 0) throw new CliError("usage", Q.emptyEndSteps);
    const historyWeeks = positiveInt(args, "history-weeks");
    const horizonWeeks = positiveInt(args, "horizon-weeks");
    const seedText = stringOption(args, "seed");
    const seed = seedText === undefined ? undefined : Number(seedText);
    if (seed !== undefined && !Number.isInteger(seed)) throw new CliError("usage", Q.badSeed(seedText!));
    const rulesFile = stringOption(args, "rules");
    const rules: CareGuaranteeRule[] | undefined =
      rulesFile === undefined ? undefined : await loadSmallFile(io, rulesFile, (path) => loadCareGuaranteeRules(path));
    const allocationFile = stringOption(args, "allocation");
    const allocations: BacklogAllocation[] | undefined =
      allocationFile === undefined ? undefined : await loadSmallFile(io, allocationFile, (path) => loadBacklogAllocations(path));

    const { file, result, progress } = await loadLog(args, io);
    progress.analyzing();
    const report = queueReport(result.log, {
      tz,
      ...(asOfMs !== undefined ? { asOfMs } : {}),
      ...(endSteps !== undefined ? { endSteps } : {}),
      ...(rules !== undefined ? { rules } : {}),
      ...(allocations !== undefined ? { allocations } : {}),
      ...(historyWeeks !== undefined ? { historyWeeks } : {}),
      ...(horizonWeeks !== undefined ? { horizonWeeks } : {}),
      ...(seed !== undefined ? { seed } : {}),
    });
    progress.done();
    if (report.flows.closed + report.flows.open > 0 && report.endSteps.every((e) => e.source === "none"))
      throw new CliError("usage", Q.noEndSteps);

    const text = csv ? toCsv(queueTable(report, table), flagOption(args, "excel") ? CSV_EXCEL : CSV_DEFAULT) : toJsonText(report);
    await writeResult(io, text, stringOption(args, "out"));

    io.stderr.write(formatNote(Q.asOf(report.asOf, report.flows.open, report.flows.closed)));
    const lastStep = report.endSteps.filter((e) => e.source === "lastModelStep").map((e) => e.process ?? "–");
    if (lastStep.length > 0) io.stderr.write(formatNote(Q.lastModelStep(lastStep.join(", "))));
    const none = report.endSteps.filter((e) => e.source === "none").map((e) => e.process ?? "–");
    if (none.length > 0) io.stderr.write(formatNote(Q.noEndStepFor(none.join(", "))));
    if (rules === undefined) io.stderr.write(formatNote(Q.defaultRules));
    if (result.quality.rejected > 0) {
      io.stderr.write(formatNote(MSG.rowsRejected(result.quality.rejected, result.quality.rowsIn)));
      io.stderr.write(qualityReportText(result.quality, { file }));
      return EXIT_REJECTED;
    }
    return EXIT_OK;
  },
};
