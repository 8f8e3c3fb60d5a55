// @flodes/cli/internal — the CLI's building blocks, exported for the workspace's own tests. Not public API: no
// stability promise; `flodes` users need only the command line and `run` from "@flodes/cli".
export { type OptionSpec, parseArgs } from "./args.js";
export { CliError } from "./cli-error.js";
export { htmlToPdf } from "./commands/report.js";
export { CSV_DEFAULT, CSV_EXCEL, toCsv } from "./format/csv.js";
export { excelTable } from "./format/excel.js";
export { parseOpeningHours } from "./input/calendar-options.js";
export { importFailure, scrubPersonnummer } from "./input/load-log.js";
export type { Io } from "./io.js";
export { dispatch } from "./main.js";
export { createProgress } from "./progress.js";
