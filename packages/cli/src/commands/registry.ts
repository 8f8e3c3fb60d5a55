import { EFFECT_TEXT, HELP, QUEUE_TEXT } from "../messages.js";
import type { Command } from "./command.js";

/**
 * A command as the program help sees it — name, one-line summary, one example — and how to load it. Commands load
 * only when run (or asked for their own help), so `flodes --help` starts without the analysis library.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  example: string;
  load: () => Promise<Command>;
}

/** All commands, in help order. Adding a command = one module + one entry here. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "validate",
    summary: HELP.validate.summary,
    example: "flodes validate examples/syntetisk-remissflode.csv",
    load: async () => (await import("./validate.js")).validateCommand,
  },
  {
    name: "metrics",
    summary: HELP.metrics.summary,
    example: "flodes metrics examples/syntetisk-remissflode.csv --model examples/remiss-modell.json",
    load: async () => (await import("./metrics.js")).metricsCommand,
  },
  {
    name: "queue",
    summary: QUEUE_TEXT.summary,
    example: "flodes queue data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --rules data/pilot/vardgaranti.csv",
    load: async () => (await import("./queue.js")).queueCommand,
  },
  {
    name: "report",
    summary: HELP.report.summary,
    example:
      "flodes report data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --units data/pilot/enheter.csv --goals data/pilot/mal.json --month 2025-10 --out rapport.html",
    load: async () => (await import("./report.js")).reportCommand,
  },
  {
    name: "effect",
    summary: EFFECT_TEXT.summary,
    example:
      "flodes effect data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --staffing data/pilot/bemanning.csv --improvements data/pilot/forbattringar.csv",
    load: async () => (await import("./effect.js")).effectCommand,
  },
  {
    name: "convert",
    summary: HELP.convert.summary,
    example: "flodes convert examples/syntetisk-remissflode.csv --to xes --out remisser.xes",
    load: async () => (await import("./convert.js")).convertCommand,
  },
];

/** The command called `name`, loaded, or undefined. */
export async function findCommand(name: string): Promise<Command | undefined> {
  return COMMANDS.find((c) => c.name === name)?.load();
}
