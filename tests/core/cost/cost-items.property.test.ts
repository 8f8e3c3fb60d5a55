import { analyze, costItems, createCalendar, type Observation } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const CAL = createCalendar();
const BASE = Date.parse("2025-03-24T06:00:00Z");
const HOUR = 3_600_000;

const flowArb = fc.array(
  fc.record({
    step: fc.constantFrom("a", "b", "c"),
    startH: fc.integer({ min: 0, max: 24 * 14 }),
    lenMin: fc.integer({ min: 0, max: 600 }),
    category: fc.constantFrom("VA", "NNVA", "NVA") as fc.Arbitrary<"VA" | "NNVA" | "NVA">,
  }),
  { minLength: 1, maxLength: 8 },
);

function toObs(rows: { step: string; startH: number; lenMin: number; category: "VA" | "NNVA" | "NVA" }[]): Observation[] {
  return rows.map((r) => ({
    flow: "F",
    step: r.step,
    startMs: BASE + r.startH * HOUR,
    endMs: BASE + r.startH * HOUR + r.lenMin * 60_000,
    category: r.category,
  }));
}

describe("costItems invariants", () => {
  it("its waits of a flow sum to the kernel's waitMs, in calendar and in working time", () => {
    fc.assert(
      fc.property(flowArb, (rows) => {
        const obs = toObs(rows);
        for (const calendar of [undefined, CAL]) {
          const waits = costItems(obs, { calendar })
            .items.filter((i) => i.kind === "wait")
            .reduce((s, i) => s + i.ms, 0);
          expect(waits).toBe(analyze(obs, { calendar }).flows[0]!.waitMs);
        }
      }),
      { seed: 4711, numRuns: 200 },
    );
  });

  it("its NVA and NNVA items sum to the person-time of those observations", () => {
    fc.assert(
      fc.property(flowArb, (rows) => {
        const obs = toObs(rows);
        const items = costItems(obs).items;
        const personMs = (c: string) => obs.filter((o) => o.category === c).reduce((s, o) => s + (o.endMs - o.startMs), 0);
        expect(items.filter((i) => i.kind === "nvaWork").reduce((s, i) => s + i.ms, 0)).toBe(personMs("NVA"));
        expect(items.filter((i) => i.kind === "nnva").reduce((s, i) => s + i.ms, 0)).toBe(personMs("NNVA"));
      }),
      { seed: 815, numRuns: 200 },
    );
  });
});
