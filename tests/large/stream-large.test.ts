import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CHILD = fileURLToPath(new URL("./stream-large.child.ts", import.meta.url));
/** Peak RSS allowed for streaming a 520 MiB log (the node process included): the log lives in columns, not text. */
const MAX_RSS_MB = 1024;

describe("streaming a log larger than 512 MiB", () => {
  it("reads every row of a generated 520 MiB CSV within the memory bound (the old importer aborted node past 512 MiB)", () => {
    const r = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", CHILD], { encoding: "utf8", maxBuffer: 1 << 20 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim());
    expect(out.bytes).toBeGreaterThan(512 * 1024 * 1024);
    expect(out.rowsIn).toBe(out.rows);
    expect(out.accepted).toBe(out.rows);
    expect(out.flows).toBe(Math.ceil(out.rows / 20));
    expect(out.peakRssMb).toBeLessThan(MAX_RSS_MB);
  });
});
