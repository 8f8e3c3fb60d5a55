import type { ColumnMapping, ImportOptions } from "@flodes/core/node";
import { flagOption, type OptionSpec, type ParsedArgs, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import type { Io } from "../io.js";
import { HELP, MSG } from "../messages.js";

const H = HELP.options_;

/** `--model`: shared by every command that reads a log. */
export const MODEL_OPTION: OptionSpec = { name: "model", kind: "string", valueName: "fil", help: H.model };

/** Options for how a log is read, shared by every command that reads one. */
export const IMPORT_OPTIONS: readonly OptionSpec[] = [
  { name: "tz", kind: "string", valueName: "zon", help: H.tz },
  { name: "flow-col", kind: "string", valueName: "kolumn", help: H.flowCol },
  { name: "step-col", kind: "string", valueName: "kolumn", help: H.stepCol },
  { name: "start-col", kind: "string", valueName: "kolumn", help: H.startCol },
  { name: "end-col", kind: "string", valueName: "kolumn", help: H.endCol },
  { name: "time-col", kind: "string", valueName: "kolumn", help: H.timeCol },
  { name: "lifecycle-col", kind: "string", valueName: "kolumn", help: H.lifecycleCol },
  { name: "sep", kind: "string", valueName: "tecken", help: H.sep },
  { name: "pseudonymise", kind: "flag", help: H.pseudonymise },
  { name: "key", kind: "string", valueName: "nyckel", help: H.key },
  { name: "progress", kind: "flag", help: H.progress },
  { name: "max-decompressed", kind: "string", valueName: "storlek", help: H.maxDecompressed },
  { name: "max-ratio", kind: "string", valueName: "tal", help: H.maxRatio },
];

const SIZE_UNITS: Readonly<Record<string, number>> = {
  "": 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/**
 * A size such as `8GB`, `500 MB`, `1,5GB`, `2GiB` or a plain number of bytes; undefined when unreadable.
 *
 * @example
 * parseSize("1,5GB") // → 1_500_000_000
 */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = SIZE_UNITS[m[2].toLowerCase()];
  if (unit === undefined) return undefined;
  const n = Number(m[1].replace(",", ".")) * unit;
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

const MAPPING_FLAGS: readonly [string, keyof ColumnMapping][] = [
  ["flow-col", "flow"],
  ["step-col", "step"],
  ["start-col", "start"],
  ["end-col", "end"],
  ["time-col", "time"],
  ["lifecycle-col", "lifecycle"],
];

/** Default zone for wall-clock times without an offset. */
export const DEFAULT_TZ = "Europe/Stockholm";

/** True when `tz` is an IANA zone this Node knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns the shared import flags into `importFile` options (without `model` and `onProgress`, which the
 * caller adds). Throws {@link CliError} for an unknown zone, a separator longer than one character, or
 * `--key` without `--pseudonymise`.
 *
 * @example
 * importOptionsFrom(parseArgs(["--sep", ";", "--step-col", "aktivitet"], IMPORT_OPTIONS), io)
 * // → { tz: "Europe/Stockholm", sep: ";", mapping: { step: "aktivitet" }, personnummer: "refuse" }
 */
export function importOptionsFrom(args: ParsedArgs, io: Io): ImportOptions {
  const tz = stringOption(args, "tz") ?? DEFAULT_TZ;
  if (!isTimeZone(tz)) throw new CliError("usage", MSG.badTimeZone(tz));

  const mapping: Partial<ColumnMapping> = {};
  for (const [flag, field] of MAPPING_FLAGS) {
    const column = stringOption(args, flag);
    if (column !== undefined) mapping[field] = column;
  }

  const options: ImportOptions = { tz, mapping, personnummer: "refuse" };

  const sep = stringOption(args, "sep");
  if (sep !== undefined) {
    const resolved = sep === "\\t" || sep === "tab" ? "\t" : sep;
    if ([...resolved].length !== 1) throw new CliError("usage", MSG.badSeparator(sep));
    options.sep = resolved;
  }

  const maxDecompressed = stringOption(args, "max-decompressed");
  if (maxDecompressed !== undefined) {
    const bytes = parseSize(maxDecompressed);
    if (bytes === undefined) throw new CliError("usage", MSG.badSize("--max-decompressed", maxDecompressed));
    options.maxDecompressedBytes = bytes;
  }
  const maxRatio = stringOption(args, "max-ratio");
  if (maxRatio !== undefined) {
    const r = Number(maxRatio.replace(",", "."));
    if (!Number.isFinite(r) || r <= 1) throw new CliError("usage", MSG.badRatio(maxRatio));
    options.maxCompressionRatio = r;
  }

  const key = stringOption(args, "key") ?? (io.env ?? process.env).FLODES_PSEUDONYM_KEY;
  if (flagOption(args, "pseudonymise")) {
    options.personnummer = "pseudonymise";
    if (key !== undefined && key !== "") options.pseudonymKey = key;
  } else if (stringOption(args, "key") !== undefined) {
    throw new CliError("usage", MSG.keyNeedsPseudonymise);
  }
  return options;
}
