import type { OptionSpec } from "../args.js";
import type { Command } from "../commands/command.js";
import { HELP } from "../messages.js";

const HELP_OPTION: OptionSpec = { name: "help", kind: "flag", short: "h", help: HELP.options_.help };

function optionLabel(o: OptionSpec): string {
  const short = o.short !== undefined ? `-${o.short}, ` : "    ";
  const value = o.kind === "string" ? ` <${o.valueName ?? "värde"}>` : "";
  return `${short}--${o.name}${value}`;
}

function optionLines(options: readonly OptionSpec[]): string[] {
  const width = Math.max(...options.map((o) => optionLabel(o).length));
  return options.map((o) => {
    const choices = o.choices !== undefined ? ` [${o.choices.join("|")}]` : "";
    return `  ${optionLabel(o).padEnd(width)}  ${o.help}${choices}`;
  });
}

/**
 * Help for the whole program: summary, commands, global flags, exit codes.
 *
 * @example
 * process.stdout.write(programHelp(COMMANDS))
 */
export function programHelp(commands: readonly { name: string; summary: string; example: string }[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    HELP.programSummary,
    "",
    `${HELP.usage}: flodes <kommando> <fil> [flaggor]`,
    "",
    `${HELP.commands}:`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    `${HELP.options}:`,
    ...optionLines([HELP_OPTION, { name: "version", kind: "flag", help: HELP.version }]),
    "",
    `${HELP.examples}:`,
    ...commands.map((c) => `  ${c.example}`),
    "",
    HELP.commandHelpHint,
    HELP.exitCodes,
    "",
    HELP.programEnglish,
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Help for one command: usage, description, flags, examples, exit codes.
 *
 * @example
 * process.stdout.write(commandHelp(metricsCommand))
 */
export function commandHelp(command: Command): string {
  const lines = [
    `flodes ${command.name} — ${command.summary}`,
    "",
    `${HELP.usage}: flodes ${command.usage}`,
    "",
    command.description,
    "",
    `${HELP.options}:`,
    ...optionLines([...command.options, HELP_OPTION]),
    "",
    `${HELP.examples}:`,
    ...command.examples.flatMap((e) => [`  # ${e.comment}`, `  ${e.command}`]),
    "",
    HELP.exitCodes,
  ];
  return `${lines.join("\n")}\n`;
}

export { HELP_OPTION };
