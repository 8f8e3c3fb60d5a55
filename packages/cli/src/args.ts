import { CliError } from "./cli-error.js";
import { MSG } from "./messages.js";

/** One `--long` option of a command. */
export interface OptionSpec {
  /** Long name without the dashes, e.g. `"flow-col"`. */
  name: string;
  /** `flag` takes no value; `string` takes one (`--name value` or `--name=value`). */
  kind: "flag" | "string";
  /** Single-letter alias without the dash, e.g. `"h"`. */
  short?: string;
  /** Placeholder shown in help, e.g. `"fil"`. */
  valueName?: string;
  /** Allowed values; anything else is a usage error. */
  choices?: readonly string[];
  /** Swedish help line. */
  help: string;
}

/** Parsed command line: positional arguments and option values (`true` for flags). */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

/**
 * Parses `argv` against the option specs. Options may come before or after positionals; `--` ends
 * options; a repeated option keeps its last value. Throws {@link CliError} for unknown options, a
 * missing value, a value given to a flag, or a value outside `choices`.
 *
 * @example
 * parseArgs(["log.csv", "--format", "csv"], [{ name: "format", kind: "string", help: "" }])
 * // → { positionals: ["log.csv"], options: { format: "csv" } }
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short !== undefined).map((s) => [s.short as string, s]));
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const spec = byName.get(name);
      if (spec === undefined) throw new CliError("usage", MSG.unknownOption(`--${name}`));
      if (spec.kind === "flag") {
        if (eq !== -1) throw new CliError("usage", MSG.flagTakesNoValue(`--${name}`));
        options[spec.name] = true;
        continue;
      }
      let value: string;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        // "-" alone and values like ";" are fine; another --option is not a value.
        if (next === undefined || next.startsWith("--")) throw new CliError("usage", MSG.missingValue(`--${name}`));
        value = next;
        i++;
      }
      options[spec.name] = checkChoice(spec, value);
      continue;
    }
    if (arg.length > 1 && arg.startsWith("-") && !/^-\d/.test(arg)) {
      const spec = arg.length === 2 ? byShort.get(arg.slice(1)) : undefined;
      if (spec === undefined) throw new CliError("usage", MSG.unknownOption(arg));
      if (spec.kind === "flag") options[spec.name] = true;
      else {
        const next = argv[i + 1];
        if (next === undefined) throw new CliError("usage", MSG.missingValue(arg));
        options[spec.name] = checkChoice(spec, next);
        i++;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, options };
}

function checkChoice(spec: OptionSpec, value: string): string {
  if (spec.choices !== undefined && !spec.choices.includes(value)) {
    throw new CliError("usage", MSG.badChoice(`--${spec.name}`, value, spec.choices));
  }
  return value;
}

/** The string value of an option, or undefined when absent. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === "string" ? v : undefined;
}

/** True when a flag was given. */
export function flagOption(args: ParsedArgs, name: string): boolean {
  return args.options[name] === true;
}
