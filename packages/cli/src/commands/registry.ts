import type { Command } from "./command.js";
import { metricsCommand } from "./metrics.js";
import { reportCommand } from "./report.js";
import { validateCommand } from "./validate.js";

/** All commands, in help order. Adding a command = one module + one line here. */
export const COMMANDS: readonly Command[] = [validateCommand, metricsCommand, reportCommand];

/** The command called `name`, or undefined. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
