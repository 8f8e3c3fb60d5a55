import type { OptionSpec, ParsedArgs } from "../args.js";
import type { ExitCode, Io } from "../io.js";

/**
 * One `flodes <name>` command. A new command is a module exporting one of these plus one line in
 * `registry.ts`; `main.ts` does the parsing, `--help` and error handling for every command alike.
 */
export interface Command {
  name: string;
  /** One Swedish line for the program help. */
  summary: string;
  /** Swedish paragraph for the command help. */
  description: string;
  /** Usage line after `flodes `, e.g. `"validate <fil> [flaggor]"`. */
  usage: string;
  /** Options besides `--help`, in help order. */
  options: readonly OptionSpec[];
  /** Example command lines, each with a Swedish comment. */
  examples: readonly { command: string; comment: string }[];
  /** Runs the command. Throws `CliError` for exit code 2; returns 0 or 1 otherwise. */
  run(args: ParsedArgs, io: Io): Promise<ExitCode>;
}
