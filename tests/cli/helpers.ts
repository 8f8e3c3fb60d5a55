import { fileURLToPath } from "node:url";
import { run } from "@flodes/cli";
import type { Io } from "@flodes/cli/internal";

/** Directory of the hand-made fixtures (all synthetic). */
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
/** Repository root, for the committed examples. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A finished in-process CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with buffered streams; relative paths resolve against `cwd` (fixtures by default). */
export async function runCli(argv: string[], io: Partial<Io> & { cwd?: string } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    cwd: FIXTURES,
    env: {},
    ...io,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: io.stderr?.isTTY ?? false },
  });
  return { code, stdout, stderr };
}

const MIN = 60_000;
/** Minutes to milliseconds, so expected values read like the hand computation. */
export const min = (m: number): number => m * MIN;
