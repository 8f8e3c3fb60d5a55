import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateFiles } from "../../data/generate.js";
import { DATA_DIR } from "./pilot-log.js";

const sha = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");

describe("data generator", () => {
  it("produces identical bytes on two runs with the same seed", () => {
    const a = generateFiles({ scale: 0.08 });
    const b = generateFiles({ scale: 0.08 });
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(sha(b.get(k)!), k).toBe(sha(v));
    expect(a.get("pilot/syntetisk-handelser.csv")!.split("\n").length).toBeGreaterThan(100);
  });

  it("produces a different event log for a different seed", () => {
    const a = generateFiles({ scale: 0.08 }).get("pilot/syntetisk-handelser.csv");
    const b = generateFiles({ scale: 0.08, seed: 7 }).get("pilot/syntetisk-handelser.csv");
    expect(sha(a!)).not.toBe(sha(b!));
  });

  it("matches the committed files in data/ (regenerate with `pnpm data`, never edit by hand)", () => {
    const files = generateFiles();
    expect(files.size).toBe(21);
    for (const [rel, content] of files) {
      expect(sha(readFileSync(DATA_DIR + rel)), rel).toBe(sha(Buffer.from(content, "utf8")));
    }
  });
});
