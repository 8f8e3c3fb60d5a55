// Every error that crosses the CLI's boundary is a FlodesError with a code and its text in Swedish and English, and
// `flodes` prints both languages with exit code 2 — whether the CLI threw it (usage, files) or the library did
// (import, model, calendar, months, queue options).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dispatch } from "@flodes/cli/internal";
import { FlodesError } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "flodes-errors-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const LOG = join(FIXTURES, "liten-logg.csv");
const MODEL = join(FIXTURES, "liten-modell.json");

/** Calls that must fail, with the code each must carry. */
const FAILURES: [string, string[], string][] = [
  ["an unknown command", ["frobnicate"], "unknownCommand"],
  ["an unknown option", ["metrics", LOG, "--bogus"], "unknownOption"],
  ["a bad choice", ["metrics", LOG, "--format", "xml"], "badChoice"],
  ["no file", ["metrics"], "missingFile"],
  ["a missing file", ["metrics", join(dir, "saknas.csv")], "fileNotFound"],
  ["a directory", ["validate", dir], "isDirectory"],
  ["an unknown time zone", ["metrics", LOG, "--tz", "Mars/Olympus"], "badTimeZone"],
  ["bad opening hours", ["metrics", LOG, "--hours", "alltid"], "badHours"],
  ["an empty file", ["validate", file("tom.csv", "")], "EMPTY"],
  ["a file with personnummer", ["validate", join(FIXTURES, "personnummer.csv")], "PERSONNUMMER"],
  ["a log without a step column", ["metrics", join(FIXTURES, "utan-steg.csv")], "NO_STEP_COLUMN"],
  ["a model that is not JSON", ["metrics", LOG, "--model", file("modell.json", "{ inte json")], "UNREADABLE"],
  ["a missing model", ["metrics", LOG, "--model", join(dir, "saknas.json")], "fileNotFound"],
  ["an unknown process", ["metrics", LOG, "--process", "finns-inte"], "unknownProcess"],
  ["a bad report month", ["report", LOG, "--month", "2025-13"], "report.badMonth"],
  ["a bad baseline", ["report", LOG, "--month", "2025-10", "--baseline", "2025-06..2025-01"], "report.badBaseline"],
  ["a bad as-of date", ["queue", LOG, "--as-of", "2026-02-30"], "queue.badAsOf"],
  ["a missing rules file", ["queue", LOG, "--rules", join(dir, "saknas-regler.csv")], "fileNotFound"],
  ["rules without their columns", ["queue", LOG, "--rules", file("regler.csv", "namn\nx\n")], "NO_SUCH_COLUMN"],
  ["convert without a format", ["convert", LOG, "--out", join(dir, "ut")], "convertNeedsTo"],
  ["effect without input files", ["effect", LOG, "--model", MODEL], "effect.needsOne"],
];

describe("errors across the CLI boundary", () => {
  for (const [what, argv, code] of FAILURES) {
    it(`${what}: a FlodesError with code ${code}, Swedish and English text, printed in both with exit code 2`, async () => {
      const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: dir, env: {} };
      const error = await dispatch(argv, io).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FlodesError);
      const e = error as FlodesError;
      expect(e.code).toBe(code);
      expect(e.sv.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
      expect(e.sv).not.toBe(e.en);
      const printed = await runCli(argv, { cwd: dir });
      expect(printed.code).toBe(2);
      // Terminal output neutralises control characters; the texts are plain here, so both appear as they are.
      expect(printed.stderr).toContain(e.sv.slice(0, 40));
      expect(printed.stderr).toContain(`(en) ${e.en.slice(0, 40)}`);
    });
  }
});
