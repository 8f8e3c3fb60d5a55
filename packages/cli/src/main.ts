#!/usr/bin/env node
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FlodesError } from "@flodes/core/messages";
import { parseArgs } from "./args.js";
import { CliError } from "./cli-error.js";
import { COMMANDS, findCommand } from "./commands/registry.js";
import { commandHelp, HELP_OPTION, programHelp } from "./format/help.js";
import { EXIT_OK, EXIT_USAGE, type ExitCode, type Io } from "./io.js";
import { formatError, MSG } from "./messages.js";

export type { Command } from "./commands/command.js";
export { COMMANDS, type CommandEntry } from "./commands/registry.js";
export type { ExitCode, Io, OutStream } from "./io.js";
export { EXIT_OK, EXIT_REJECTED, EXIT_USAGE } from "./io.js";

function version(): string {
  // Same relative path from src/ and dist/.
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * Runs the `flodes` command line and returns its exit code (0 done, 1 rows rejected, 2 usage or input
 * error). Results go to `io.stdout`; notes, progress and errors to `io.stderr`. Never calls `process.exit`.
 * Every error it reports is a {@link FlodesError} (a {@link CliError} or one of the library's), printed in Swedish and
 * English; anything else is a bug and is thrown.
 *
 * @example
 * const out: string[] = [];
 * const io = { stdout: { write: (s: string) => void out.push(s) }, stderr: { write: (s: string) => void out.push(s) } };
 * await run(["validate", "examples/trasig.csv"], io) // → 1 — done, but rows were rejected
 * out.join("").includes("Avvisade") // → true
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const seen: { command: string | null } = { command: null };
  try {
    return await dispatch(argv, io, seen);
  } catch (e) {
    if (!(e instanceof FlodesError)) throw e;
    io.stderr.write(formatError(e));
    if (e instanceof CliError && e.kind === "usage") io.stderr.write(`        ${MSG.seeHelp(seen.command).sv}\n`);
    return EXIT_USAGE;
  }
}

/**
 * The command line without its error printing: what `run` does, throwing the errors `run` reports. The CLI's own
 * tests check through it that every error crossing the boundary carries a code and both languages.
 * @example
 * const io = { stdout: { write: () => true }, stderr: { write: () => true } };
 * const e = await dispatch(["metrics", "saknas.csv"], io).catch((error: CliError) => error);
 * [e.code, e.kind] // → ["fileNotFound", "input"]
 * e.sv // → "filen finns inte: saknas.csv"
 */
export async function dispatch(argv: readonly string[], io: Io, seen: { command: string | null } = { command: null }): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(programHelp(COMMANDS));
    return EXIT_USAGE;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const target = first === "help" && rest[0] !== undefined ? await findCommand(rest[0]) : undefined;
    if (first === "help" && rest[0] !== undefined && target === undefined) {
      throw new CliError("usage", MSG.unknownCommand(rest[0]));
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
    throw new CliError("usage", first.startsWith("-") ? MSG.unknownOption(first) : MSG.unknownCommand(first));
  }
  seen.command = command.name;
  const args = parseArgs(rest, [...command.options, HELP_OPTION]);
  if (args.options.help === true) {
    io.stdout.write(commandHelp(command));
    return EXIT_OK;
  }
  return await command.run(args, io);
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
