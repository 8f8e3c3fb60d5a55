#!/usr/bin/env node
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs, UsageError } from "./args.js";
import { findCommand, COMMANDS } from "./commands/registry.js";
import { commandHelp, HELP_OPTION, programHelp } from "./format/help.js";
import { InputError } from "./input/input-error.js";
import { EXIT_OK, EXIT_USAGE, type ExitCode, type Io } from "./io.js";
import { formatError, MSG } from "./messages.js";

export type { Io, OutStream, ExitCode } from "./io.js";
export { EXIT_OK, EXIT_REJECTED, EXIT_USAGE } from "./io.js";
export { COMMANDS, type CommandEntry } from "./commands/registry.js";
export type { Command } from "./commands/command.js";

function version(): string {
  // Same relative path from src/ and dist/.
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * Runs the `flodes` command line and returns its exit code (0 done, 1 rows rejected, 2 usage or input
 * error). Results go to `io.stdout`; notes, progress and errors to `io.stderr`. Never calls `process.exit`.
 *
 * @example
 * const code = await run(["metrics", "logg.csv", "--format", "csv"], { stdout: process.stdout, stderr: process.stderr });
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [first, ...rest] = argv;
  let commandName: string | null = null;
  try {
    if (first === undefined) {
      io.stderr.write(programHelp(COMMANDS));
      return EXIT_USAGE;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const target = first === "help" && rest[0] !== undefined ? await findCommand(rest[0]) : undefined;
      if (first === "help" && rest[0] !== undefined && target === undefined) {
        throw new UsageError(MSG.unknownCommand(rest[0]));
      }
      io.stdout.write(target !== undefined ? commandHelp(target) : programHelp(COMMANDS));
      return EXIT_OK;
    }
    if (first === "--version" || first === "-V") {
      io.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    const command = await findCommand(first);
    if (command === undefined) {
      throw new UsageError(first.startsWith("-") ? MSG.unknownOption(first) : MSG.unknownCommand(first));
    }
    commandName = command.name;
    const args = parseArgs(rest, [...command.options, HELP_OPTION]);
    if (args.options.help === true) {
      io.stdout.write(commandHelp(command));
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(formatError(e.text));
      const see = MSG.seeHelp(commandName);
      io.stderr.write(`        ${see.sv}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InputError) {
      io.stderr.write(formatError(e.text));
      return EXIT_USAGE;
    }
    throw e;
  }
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  // `flodes metrics … | head` closes the pipe early: that is the reader's choice, not an error of ours.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw e;
  });
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug, not a user error: show it, exit 2 as the contract has no other failure code.
      process.stderr.write(`flodes: internt fel / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
