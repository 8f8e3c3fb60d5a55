import { timeBuckets } from "@flodes/core";
import { describe, expect, it } from "vitest";

describe("timeBuckets", () => {
  it("puts items in Stockholm calendar months and fills empty months", () => {
    // 2025-04-01 00:30 CEST = 2025-03-31 22:30 UTC → April, although UTC says March.
    const items = [
      { t: Date.UTC(2025, 0, 15, 12), v: 4 },
      { t: Date.UTC(2025, 0, 20, 12), v: 6 },
      { t: Date.UTC(2025, 2, 31, 21, 30), v: 1 }, // 23:30 local, 31 March
      { t: Date.UTC(2025, 2, 31, 22, 30), v: 9 }, // 00:30 local, 1 April
      { t: Date.UTC(2025, 3, 2, 8), v: null },
    ];
    const b = timeBuckets(items, { dateOf: (d) => d.t, valueOf: (d) => d.v });
    expect(b).toEqual([
      { key: "2025-01", startMs: Date.UTC(2024, 11, 31, 23), n: 2, median: 5 },
      { key: "2025-02", startMs: Date.UTC(2025, 0, 31, 23), n: 0, median: null },
      { key: "2025-03", startMs: Date.UTC(2025, 1, 28, 23), n: 1, median: 1 },
      // April starts in summer time: local midnight = 22:00 UTC the day before.
      { key: "2025-04", startMs: Date.UTC(2025, 2, 31, 22), n: 1, median: 9 },
    ]);
  });

  it("uses ISO weeks starting on Monday", () => {
    // 2025-01-01 is a Wednesday → ISO week 2025-W01, which starts Monday 2024-12-30 00:00 CET = 12-29 23:00 UTC.
    const b = timeBuckets([{ t: Date.UTC(2025, 0, 1, 12) }, { t: Date.UTC(2025, 0, 13, 12) }], {
      period: "week",
      dateOf: (d) => d.t,
      valueOf: () => 1,
    });
    expect(b.map((x) => [x.key, x.startMs, x.n])).toEqual([
      ["2025-W01", Date.UTC(2024, 11, 29, 23), 1],
      ["2025-W02", Date.UTC(2025, 0, 5, 23), 0],
      ["2025-W03", Date.UTC(2025, 0, 12, 23), 1],
    ]);
  });
});
