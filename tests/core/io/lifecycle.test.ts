import { analyze, importCsv } from "@flodes/core";
import { describe, expect, it } from "vitest";

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

  it("pairs each complete with the earliest open start of the same step in the same flow; unmatched events become instants", () => {
    const r = importCsv(text, { file: "lc.csv" });
    expect(r.kind).toBe("lifecycle");
    expect(r.observations.map((o) => [o.flow, o.step, o.startMs, o.endMs, o.row])).toEqual([
      ["1", "Triage", t(8, 0), t(8, 10), 2],
      ["1", "Prov", t(8, 30), t(8, 30), 5],
      ["1", "Registrering", t(7, 50), t(7, 50), 6],
      ["2", "Triage", t(9, 0), t(9, 0), 7],
      ["2", "Triage", t(9, 5), t(9, 30), 8],
      ["3", "Triage", t(10, 0), t(10, 20), 13],
      ["3", "Triage", t(10, 5), t(10, 30), 14],
    ]);
    expect(r.observations[0]!.resource).toBe("N1");
    expect(Array.from(r.log.origin!)).toEqual([0, 1, 3, 2, 0, 0, 0]);
  });

  it("accepts unmatched starts and completes, counts them and warns with their rows; rows reconcile", () => {
    const q = importCsv(text, { file: "lc.csv" }).quality;
    // 15 rows: pairs (2,3) (8,9) (13,15) (14,16) = 8 rows, atomic row 6, unmatched rows 5 and 7, ignored 4, 10, 11, 12 →
    // all 15 accepted. Observations: 4 pairs + 1 atomic + 2 instants = 7.
    expect(q).toMatchObject({
      rowsIn: 15,
      accepted: 15,
      rejected: 0,
      observations: 7,
      ignoredRows: 4,
      unmatchedStarts: 1,
      unmatchedCompletes: 1,
    });
    expect(q.issues.filter((i) => i.code.startsWith("UNMATCHED")).map((i) => [i.row, i.code, i.column, i.file, i.severity])).toEqual([
      [5, "UNMATCHED_START", "lifecycle", "lc.csv", "warning"],
      [7, "UNMATCHED_COMPLETE", "lifecycle", "lc.csv", "warning"],
    ]);
    expect(q.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("keeps a flow's time when a complete has no open start: X start 08:00, X complete 09:00, X complete 12:00 lasts 4 h", () => {
    const r = importCsv(
      "case;activity;timestamp;lifecycle\nA;X;2025-01-01 08:00;start\nA;X;2025-01-01 09:00;complete\nA;X;2025-01-01 12:00;complete\n",
    );
    const a = analyze(r.log);
    expect(a.flows[0]!.leadTimeMs).toBe(4 * 3_600_000);
    expect(r.quality).toMatchObject({ rowsIn: 3, accepted: 3, rejected: 0, unmatchedCompletes: 1 });
  });

  it("keeps a flow still open at the end of the log: a start never completed extends the lead time to it", () => {
    const r = importCsv(
      "case;activity;timestamp;lifecycle\nA;X;2025-01-01 08:00;start\nA;X;2025-01-01 09:00;complete\nA;Y;2025-01-06 08:00;start\n",
    );
    expect(analyze(r.log).flows[0]!.leadTimeMs).toBe(5 * 86_400_000);
    expect(r.quality).toMatchObject({ accepted: 3, rejected: 0, unmatchedStarts: 1 });
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
