import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { InputError } from "./input/input-error.js";
import type { Io } from "./io.js";
import { MSG } from "./messages.js";

/**
 * Writes a command's result to `out` (a path, resolved against `io.cwd`) or, when absent, to stdout.
 * Throws {@link InputError} naming the file when it cannot be written.
 *
 * @example
 * await writeResult(io, "{}\n", "resultat.json")
 */
export async function writeResult(io: Io, text: string, out: string | undefined): Promise<void> {
  if (out === undefined || out === "-") {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd ?? process.cwd(), out), text, "utf8");
  } catch (e) {
    throw new InputError(MSG.cannotWrite(out, (e as Error).message));
  }
}
