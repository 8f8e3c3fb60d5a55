import { createProgress } from "@flodes/cli/internal";
import { describe, expect, it } from "vitest";

function fakeIo(isTTY: boolean, stepMs: number) {
  let t = 0;
  let stderr = "";
  let stdout = "";
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY },
    now: () => (t += stepMs),
  };
  return { io, err: () => stderr, out: () => stdout };
}

describe("createProgress", () => {
  it("on a terminal rewrites one line with Swedish row counts and clears it at the end", () => {
    const f = fakeIo(true, 600); // readings at 0.6 s, 1.2 s, … after the start
    const p = createProgress(f.io);
    p.rows(100_000, 250_000); // 1.2 s − 0.6 s = 0.6 s elapsed: below the threshold, silent
    p.rows(200_000, 250_000); // 1.2 s elapsed: shown
    p.analyzing();
    p.done();
    expect(f.err()).toBe("\r\x1b[Kimporterar… 200\u00a0000 / 250\u00a0000 rader\r\x1b[Kberäknar…\r\x1b[K");
    expect(f.out()).toBe("");
  });

  it("is silent when stderr is not a terminal unless forced, then writes whole lines", () => {
    const quiet = fakeIo(false, 2000);
    const p = createProgress(quiet.io);
    p.rows(1, 2);
    p.analyzing();
    p.done();
    expect(quiet.err()).toBe("");
    const forced = fakeIo(false, 2000);
    const q = createProgress(forced.io, { force: true });
    q.analyzing();
    q.done();
    expect(forced.err()).toBe("beräknar…\n");
  });

  it("reports bytes as percent, MB, MB/s and time left, at most five times a second on a terminal", () => {
    const f = fakeIo(true, 100); // the clock reads 0.1 s later at each look: start 0.1 s
    const p = createProgress(f.io, { thresholdMs: 0 });
    p.bytes(10_000_000, 100_000_000); // 0.1 s after the start: 100 MB/s, 90 MB left = 0,9 s → "1 s"
    p.bytes(20_000_000, 100_000_000); // 0.1 s after the last line: not redrawn
    p.bytes(40_000_000, 100_000_000); // 0.3 s: 40 MB / 0.3 s = 133 MB/s, 60 MB left = 0,45 s → "1 s"
    p.done();
    expect(f.err()).toBe(
      "\r\x1b[Kimporterar… 10 % (10 av 100 MB, 100 MB/s, ca 1 s kvar)" +
        "\r\x1b[Kimporterar… 40 % (40 av 100 MB, 133 MB/s, ca 1 s kvar)\r\x1b[K",
    );
  });
});
