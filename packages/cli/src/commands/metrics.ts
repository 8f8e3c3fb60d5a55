import { type Analysis, analyze, analyzeBy, type EventLog } from "@flodes/core";
import { flagOption, type ParsedArgs, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import { CSV_DEFAULT, CSV_EXCEL, type CsvDialect, metricsTable, TABLE_NAMES, type TableName, toCsv } from "../format/csv.js";
import { excelTable } from "../format/excel.js";
import { qualityReportText } from "../format/human.js";
import { metricsJson, metricsJsonPieces } from "../format/json.js";
import { CALENDAR_OPTIONS, calendarFrom } from "../input/calendar-options.js";
import { DEFAULT_TZ, IMPORT_OPTIONS, MODEL_OPTION } from "../input/import-options.js";
import { loadLog } from "../input/load-log.js";
import { EXIT_OK, EXIT_REJECTED } from "../io.js";
import { formatNote, HELP, MSG } from "../messages.js";
import { writeResult } from "../output.js";
import type { Command } from "./command.js";

const H = HELP.options_;

/** The CSV dialect asked for by `--excel` / `--out-sep`; throws CliError when used without `--format csv`. */
function csvDialect(args: ParsedArgs, csv: boolean): CsvDialect {
  const excel = flagOption(args, "excel");
  const sep = stringOption(args, "out-sep");
  if (!csv) {
    if (stringOption(args, "table") !== undefined) throw new CliError("usage", MSG.tableNeedsCsv);
    if (excel) throw new CliError("usage", MSG.csvOptionNeedsCsv("--excel"));
    if (sep !== undefined) throw new CliError("usage", MSG.csvOptionNeedsCsv("--out-sep"));
    return CSV_DEFAULT;
  }
  const base = excel ? CSV_EXCEL : CSV_DEFAULT;
  if (sep === undefined) return base;
  const resolved = sep === "\\t" || sep === "tab" ? "\t" : sep;
  if ([...resolved].length !== 1) throw new CliError("usage", MSG.badSeparator(sep));
  // A ";" separator is what Swedish Excel expects, and it goes with the decimal comma.
  return { ...base, sep: resolved, decimalComma: excel || resolved === ";" };
}

/** Step values of the log that the model does not know (as the import's one step resolver found them). */
function stepsNotInModel(log: EventLog): string[] {
  const out = new Set<string>();
  for (let s = 0; s < log.stepIds.length; s++) if (log.stepModel[s] === null) out.add(log.stepIds[s]);
  return [...out];
}

/** Code of the process given by id or model name (trimmed, case-insensitive), or −1. */
function processCode(log: EventLog, value: string): number {
  const k = value.trim().toLowerCase();
  const same = (x: string | undefined) => x !== undefined && x.trim().toLowerCase() === k;
  return log.processIds.findIndex((id, p) => same(id) || same(log.processModel[p]?.name));
}

/** `flodes metrics <fil>`: per-flow and per-step metrics as JSON (the contract) or as a CSV table. */
export const metricsCommand: Command = {
  name: "metrics",
  summary: HELP.metrics.summary,
  description: HELP.metrics.description,
  usage: "metrics <fil> [--model m.json] [--format json|csv] [--out f] [flaggor]",
  options: [
    MODEL_OPTION,
    { name: "format", kind: "string", valueName: "format", choices: ["json", "csv"], help: H.format },
    { name: "out", kind: "string", valueName: "fil", help: H.out },
    { name: "table", kind: "string", valueName: "tabell", choices: TABLE_NAMES, help: H.table },
    { name: "excel", kind: "flag", help: H.excel },
    { name: "process", kind: "string", valueName: "id", help: H.process },
    { name: "by", kind: "string", valueName: "grupp", choices: ["process", "unit"], help: H.by },
    { name: "out-sep", kind: "string", valueName: "tecken", help: H.outSep },
    ...CALENDAR_OPTIONS,
    ...IMPORT_OPTIONS,
  ],
  examples: [
    {
      comment: "mått som JSON, med processmodell",
      command: "flodes metrics examples/syntetisk-remissflode.csv --model examples/remiss-modell.json",
    },
    {
      comment: "en rad per flöde som CSV för svensk Excel",
      command: "flodes metrics examples/syntetisk-remissflode.csv --model examples/remiss-modell.csv --format csv --excel --out floden.csv",
    },
    {
      comment: "väntan mellan stegen (överlämningar) som CSV",
      command: "flodes metrics examples/syntetisk-remissflode.csv --format csv --table handoffs",
    },
    {
      comment: "mått i arbetstid (öppettider, svenska helgdagar) i stället för kalendertid",
      command: 'flodes metrics examples/syntetisk-remissflode.csv --model examples/remiss-modell.json --hours "mån-fre 07:30-16:30"',
    },
    {
      comment: "logg med livscykel (start/complete) och egna kolumnnamn",
      command: "flodes metrics logg.csv --flow-col case --step-col activity --time-col timestamp --lifecycle-col lifecycle",
    },
  ],
  async run(args, io) {
    const csv = stringOption(args, "format") === "csv";
    const dialect = csvDialect(args, csv);
    const table = (stringOption(args, "table") ?? "flows") as TableName;

    const calendar = calendarFrom(args, stringOption(args, "tz") ?? DEFAULT_TZ);
    const by = stringOption(args, "by") as "process" | "unit" | undefined;
    if (by !== undefined && csv) throw new CliError("usage", MSG.byNeedsJson);
    const { file, result, model, progress } = await loadLog(args, io);
    const log = result.log;
    const processOption = stringOption(args, "process");
    let processId: string | undefined;
    if (processOption !== undefined) {
      const p = processCode(log, processOption);
      if (p < 0) {
        progress.done();
        throw new CliError("usage", MSG.unknownProcess(processOption, log.processIds));
      }
      processId = log.processIds[p];
    }
    progress.analyzing();
    const options = { ...(calendar ? { calendar } : {}), ...(processId !== undefined ? { process: processId } : {}) };
    const analysis: Analysis = analyze(log, options);
    const groups = by !== undefined ? analyzeBy(log, by, options) : undefined;
    progress.done();

    const text = csv
      ? toCsv(
          flagOption(args, "excel")
            ? excelTable(metricsTable(analysis, table), { tz: stringOption(args, "tz") ?? DEFAULT_TZ })
            : metricsTable(analysis, table),
          dialect,
        )
      : metricsJsonPieces(metricsJson(result.quality, analysis, by !== undefined && groups ? { by, groups } : undefined));
    await writeResult(io, text, stringOption(args, "out"));

    if (calendar) io.stderr.write(formatNote(MSG.workingTimeBasis(calendar.label, calendar.labelEn)));
    if (model === undefined) {
      if (analysis.categoriesAssumed)
        io.stderr.write(formatNote(MSG.categoriesAssumed(analysis.assumedCategoryObservations ?? 0, analysis.summary.observations)));
    } else if (analysis.categoriesAssumed) {
      const missing = stepsNotInModel(log);
      if (missing.length > 0) io.stderr.write(formatNote(MSG.stepsNotInModel(stringOption(args, "model") ?? "", missing)));
    }
    if (result.quality.rejected > 0) {
      io.stderr.write(formatNote(MSG.rowsRejected(result.quality.rejected, result.quality.rowsIn)));
      io.stderr.write(qualityReportText(result.quality, { file }));
      return EXIT_REJECTED;
    }
    return EXIT_OK;
  },
};
