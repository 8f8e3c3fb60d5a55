import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import { CliError } from "./cli-error.js";
import type { Io } from "./io.js";
import { MSG } from "./messages.js";

/**
 * Writes a command's result to `out` (a path, resolved against `io.cwd`) or, when absent, to stdout.
 * Throws {@link CliError} naming the file when it cannot be written.
 *
 * @example
 * await writeResult(io, "{}\n", "resultat.json")
 */
export async function writeResult(io: Io, text: string | Iterable<string>, out: string | undefined): Promise<void> {
  const pieces = typeof text === "string" ? [text] : text;
  if (out === undefined || out === "-") {
    for (const piece of pieces) io.stdout.write(piece);
    return;
  }
  const stream = createWriteStream(resolve(io.cwd ?? process.cwd(), out), "utf8");
  try {
    await once(stream, "open");
    for (const piece of pieces) if (!stream.write(piece)) await once(stream, "drain");
    stream.end();
    await once(stream, "finish");
  } catch (e) {
    stream.destroy();
    throw new CliError("input", MSG.cannotWrite(out, (e as Error).message));
  }
}
