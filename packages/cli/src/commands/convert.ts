import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { type ByteOutput, type EventLog, writeArrow, writeCsv, writeParquet, writeXes } from "@flodes/core";
import { flagOption, type ParsedArgs, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import { qualityReportText } from "../format/human.js";
import { DEFAULT_TZ, IMPORT_OPTIONS, MODEL_OPTION } from "../input/import-options.js";
import { loadLog } from "../input/load-log.js";
import { EXIT_OK, EXIT_REJECTED, type Io } from "../io.js";
import { formatNote, HELP, MSG } from "../messages.js";
import type { Command } from "./command.js";

const H = HELP.options_;

/** Output formats of `flodes convert`. */
export const CONVERT_FORMATS = ["xes", "csv", "parquet", "arrow"] as const;
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, ConvertFormat>> = {
  ".xes": "xes",
  ".csv": "csv",
  ".parquet": "parquet",
  ".arrow": "arrow",
  ".feather": "arrow",
  ".ipc": "arrow",
};
const number = new Intl.NumberFormat("sv-SE");

/** The format asked for: `--to`, else the extension of `--out`; throws CliError when neither tells. */
function formatOf(args: ParsedArgs, out: string): ConvertFormat {
  const to = stringOption(args, "to");
  if (to !== undefined) return to as ConvertFormat;
  const lower = out.toLowerCase();
  const ext = Object.keys(EXTENSIONS).find((e) => lower.endsWith(e));
  if (ext === undefined) throw new CliError("usage", MSG.convertNeedsTo);
  return EXTENSIONS[ext];
}

/** Writes with the writer of `format`. */
function write(format: ConvertFormat, log: EventLog, out: ByteOutput, args: ParsedArgs): Promise<void> {
  const tz = stringOption(args, "tz") ?? DEFAULT_TZ;
  switch (format) {
    case "xes":
      return writeXes(log, out, { tz });
    case "csv":
      return writeCsv(log, out, { tz, excel: flagOption(args, "excel") });
    case "parquet":
      return writeParquet(log, out);
    case "arrow":
      return writeArrow(log, out);
  }
}

/**
 * Streams the output to `path` through a temporary file renamed at the end, so a failed run never leaves a
 * half-written file under the name asked for. Writes wait for the stream to drain (backpressure).
 */
async function writeFileAtomically(path: string, shown: string, body: (out: ByteOutput) => Promise<void>): Promise<void> {
  const part = `${path}.${process.pid}.part`;
  const stream = createWriteStream(part);
  let failure: Error | undefined;
  stream.on("error", (e) => (failure ??= e));
  const out: ByteOutput = (chunk) => {
    if (failure) throw failure;
    if (!stream.write(chunk)) return new Promise((ok) => stream.once("drain", ok));
  };
  try {
    await body(out);
    await new Promise<void>((ok, ko) => stream.end((e?: Error | null) => (e ? ko(e) : ok())));
    if (failure) throw failure;
    await rename(part, path);
  } catch (e) {
    stream.destroy();
    await rm(part, { force: true });
    if (e instanceof CliError) throw e;
    throw new CliError("input", MSG.cannotWrite(shown, (e as Error).message));
  }
}

/** Text formats may go to stdout (`--out -`). */
async function writeToStdout(io: Io, body: (out: ByteOutput) => Promise<void>): Promise<void> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  await body((chunk) => {
    io.stdout.write(decoder.decode(chunk, { stream: true }));
  });
  io.stdout.write(decoder.decode());
}

/** `flodes convert <logg> --to xes|csv|parquet|arrow --out <fil>`: the log, read and checked, in another format. */
export const convertCommand: Command = {
  name: "convert",
  summary: HELP.convert.summary,
  description: HELP.convert.description,
  usage: "convert <fil> --to xes|csv|parquet|arrow --out <fil> [flaggor]",
  options: [
    { name: "to", kind: "string", valueName: "format", choices: CONVERT_FORMATS, help: H.to },
    { name: "out", kind: "string", valueName: "fil", help: H.convertOut },
    { name: "excel", kind: "flag", help: H.convertExcel },
    MODEL_OPTION,
    ...IMPORT_OPTIONS,
  ],
  examples: [
    {
      comment: "en CSV-logg som XES för ProM eller pm4py",
      command: "flodes convert examples/syntetisk-remissflode.csv --to xes --out remisser.xes",
    },
    {
      comment: "till Parquet för DuckDB eller Polars (formatet tas från ändelsen)",
      command: "flodes convert logg.xes.gz --out logg.parquet",
    },
    {
      comment: "till Arrow med kategorier från en processmodell",
      command: "flodes convert logg.csv --model examples/remiss-modell.json --to arrow --out logg.arrow",
    },
    { comment: "till CSV för svensk Excel", command: "flodes convert matning.xlsx --to csv --excel --out matning.csv" },
    { comment: "XES till stdout", command: "flodes convert logg.csv --to xes --out -" },
  ],
  async run(args, io) {
    const outArg = stringOption(args, "out");
    if (outArg === undefined) throw new CliError("usage", MSG.convertNeedsOut);
    const format = formatOf(args, outArg);
    if (flagOption(args, "excel") && format !== "csv") throw new CliError("usage", MSG.excelNeedsCsv);
    const toStdout = outArg === "-";
    if (toStdout && (format === "parquet" || format === "arrow")) throw new CliError("usage", MSG.binaryNotToStdout(format));
    const cwd = io.cwd ?? process.cwd();
    const [input] = args.positionals;
    if (!toStdout && input !== undefined && resolve(cwd, input) === resolve(cwd, outArg))
      throw new CliError("usage", MSG.outIsInput(outArg));

    const { file, result, progress } = await loadLog(args, io);
    progress.analyzing();
    const body = (out: ByteOutput) => write(format, result.log, out, args);
    if (toStdout) await writeToStdout(io, body);
    else await writeFileAtomically(resolve(cwd, outArg), outArg, body);
    progress.done();

    if (!toStdout) {
      io.stderr.write(
        formatNote(MSG.converted(number.format(result.log.length), number.format(result.log.flowIds.length), outArg, format)),
      );
    }
    if (result.quality.rejected > 0) {
      io.stderr.write(formatNote(MSG.rowsRejected(result.quality.rejected, result.quality.rowsIn)));
      io.stderr.write(qualityReportText(result.quality, { file }));
      return EXIT_REJECTED;
    }
    return EXIT_OK;
  },
};
