import { splitByDate, splitByGroup, splitByPeriod } from "@flodes/core";
import { describe, expect, it } from "vitest";

interface F {
  id: string;
  startMs: number | null;
  unit?: string;
}
const flows: F[] = [
  { id: "a", startMs: 100, unit: "u1" },
  { id: "b", startMs: 200, unit: "u2" },
  { id: "c", startMs: 300, unit: "u1" },
  { id: "d", startMs: null },
];

describe("split helpers", () => {
  it("splits at an instant: before is strictly earlier, undated kept apart", () => {
    const s = splitByDate(flows, 200, (f) => f.startMs);
    expect([s.before.map((f) => f.id), s.after.map((f) => f.id), s.undated.map((f) => f.id)]).toEqual([["a"], ["b", "c"], ["d"]]);
  });

  it("groups by half-open periods and by key in first-seen order", () => {
    const p = splitByPeriod(
      flows,
      [
        { name: "Baslinje", startMs: 0, endMs: 200 },
        { name: "Förbättring", startMs: 200, endMs: 300 },
      ],
      (f) => f.startMs,
    );
    expect(p.map((g) => [g.name, g.items.map((f) => f.id)])).toEqual([
      ["Baslinje", ["a"]],
      ["Förbättring", ["b"]],
    ]);
    const g = splitByGroup(flows, (f) => f.unit);
    expect([...g.entries()].map(([k, v]) => [k, v.map((f) => f.id)])).toEqual([
      ["u1", ["a", "c"]],
      ["u2", ["b"]],
    ]);
  });
});
