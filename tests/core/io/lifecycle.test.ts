import { describe, expect, it } from "vitest";
import { importCsv } from "@flodes/core";

const t = (h: number, m: number) => Date.UTC(2025, 0, 1, h - 1, m); // Stockholm winter: local − 1 h

describe("lifecycle logs", () => {
  const text = [
    "case;activity;timestamp;lifecycle;resource", // 1
    "1;Triage;2025-01-01 08:00;start;N1", // 2  ┐ pair
    "1;Triage;2025-01-01 08:10;complete;N1", // 3  ┘
    "1;Prov;2025-01-01 08:20;schedule;", // 4  ignored
    "1;Prov;2025-01-01 08:30;start;", // 5  unmatched start
    "1;Registrering;2025-01-01 07:50;complete;", // 6  atomic: Registrering never starts anywhere
    "2;Triage;2025-01-01 09:00;complete;", // 7  unmatched complete: no open start in flow 2
    "2;Triage;2025-01-01 09:05;start;", // 8  ┐ pair
    "2;Triage;2025-01-01 09:30;complete;", // 9  ┘
    "2;Triage;2025-01-01 09:10;suspend;", // 10 ignored
    "2;Triage;2025-01-01 09:20;resume;", // 11 ignored
    "1;Prov;2025-01-01 08:40;schedule;", // 12 ignored
    "3;Triage;2025-01-01 10:00;start;", // 13 ┐ earliest open start pairs with the first complete
    "3;Triage;2025-01-01 10:05;start;", // 14 │┐
    "3;Triage;2025-01-01 10:20;complete;", // 15 ┘│
    "3;Triage;2025-01-01 10:30;complete;", // 16  ┘
  ].join("\n");

  it("pairs each complete with the earliest open start of the same step in the same flow", () => {
    const r = importCsv(text, { file: "lc.csv" });
    expect(r.kind).toBe("lifecycle");
    expect(r.observations.map((o) => [o.flow, o.step, o.startMs, o.endMs, o.row])).toEqual([
      ["1", "Triage", t(8, 0), t(8, 10), 2],
      ["1", "Registrering", t(7, 50), t(7, 50), 6],
      ["2", "Triage", t(9, 5), t(9, 30), 8],
      ["3", "Triage", t(10, 0), t(10, 20), 13],
      ["3", "Triage", t(10, 5), t(10, 30), 14],
    ]);
    expect(r.observations[0]!.resource).toBe("N1");
  });

  it("counts unmatched starts and completes as rejected rows, and reconciles rows", () => {
    const q = importCsv(text, { file: "lc.csv" }).quality;
    // 15 rows: pairs (2,3) (8,9) (13,15) (14,16) = 8 accepted rows, atomic row 6 = 1, ignored 4, 10, 11, 12 = 4 → 13 accepted;
    // unmatched start row 5 and unmatched complete row 7 → 2 rejected. 13 + 2 = 15. Observations: 4 pairs + 1 atomic = 5.
    expect(q).toMatchObject({ rowsIn: 15, accepted: 13, rejected: 2, observations: 5, ignoredRows: 4, unmatchedStarts: 1, unmatchedCompletes: 1 });
    expect(q.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.code, i.column, i.file])).toEqual([
      [5, "UNMATCHED_START", "lifecycle", "lc.csv"],
      [7, "UNMATCHED_COMPLETE", "lifecycle", "lc.csv"],
    ]);
  });

  it("counts schedule, suspend and resume and reports one summarising issue per value", () => {
    const q = importCsv(text).quality;
    expect(q.lifecycle).toEqual({ start: 5, complete: 6, schedule: 2, suspend: 1, resume: 1 });
    expect(q.issues.filter((i) => i.code === "LIFECYCLE_IGNORED").map((i) => [i.value, i.count, i.row, i.severity])).toEqual([
      ["schedule", 2, 4, "warning"],
      ["suspend", 1, 10, "warning"],
      ["resume", 1, 11, "warning"],
    ]);
    expect(q.counts.LIFECYCLE_IGNORED).toBe(4);
  });

  it("pairs a start and complete with the same timestamp, whatever their input order", () => {
    const r = importCsv("case;activity;timestamp;lifecycle\n1;A;2025-01-01 08:00;complete\n1;A;2025-01-01 08:00;start\n");
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({ startMs: t(8, 0), endMs: t(8, 0), row: 3 });
    expect(r.quality).toMatchObject({ accepted: 2, rejected: 0 });
  });
});
