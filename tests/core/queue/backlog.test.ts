import { backlog, eventLogFromObservations, type Observation, parseBacklogAllocations } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { t } from "./small-log.js";

const ev = (flow: string, step: string, at: string): Observation => ({ flow, step, startMs: t(at), endMs: t(at), unit: "U" });

// Three flows open at the start of the allocation (1 Feb); one of them closes in February, one in March.
// Two new flows arrive in February, one of them closes in March. As-of: end of 2025-03-15.
const LOG = eventLogFromObservations([
  ev("A", "In", "2024-10-20 09:00"),
  ev("A", "Ut", "2025-02-10 09:00"),
  ev("B", "In", "2025-01-10 09:00"),
  ev("B", "Ut", "2025-03-03 09:00"),
  ev("C", "In", "2025-01-20 09:00"),
  ev("D", "In", "2025-02-05 09:00"),
  ev("D", "Ut", "2025-03-05 09:00"),
  ev("E", "In", "2025-02-20 09:00"),
]);
const AS_OF = t("2025-03-16 00:00") - 1;
const ALLOCATION = { unit: "U", amountSek: 300_000, from: "2025-02-01", to: "2025-04-30", targetBacklog: 0 };

describe("backlog", () => {
  it("counts the queue at each month's end, the part older than the limit, and the burn-down against the allocation", () => {
    const [u] = backlog(LOG, { endSteps: ["Ut"], asOfMs: AS_OF, allocations: [ALLOCATION], limitDays: 90 });
    expect(u.unit).toBe("U");
    const m = Object.fromEntries(u.months.map((x) => [x.month, [x.backlog, x.beyondLimit, x.arrivals, x.departures, x.cleared]]));
    // A waits from 2024-10-20: 102 days at 2025-01-31 (> 90), so beyond the limit in January.
    expect(m["2024-12"]).toEqual([1, 0, 0, 0, null]);
    expect(m["2025-01"]).toEqual([3, 1, 2, 0, null]);
    // February: A closed (cleared), D and E arrived → B, C, D, E.
    expect(m["2025-02"]).toEqual([4, 0, 2, 1, 1]);
    // To 15 March: B (cleared) and D (new) closed → C, E.
    expect(m["2025-03"]).toEqual([2, 0, 0, 2, 2]);
    expect(u).toMatchObject({
      startBacklog: 3,
      currentBacklog: 2,
      cleared: 2,
      kronorPerCaseCleared: 150_000,
      netReduction: 1,
      kronorPerNetReduction: 300_000,
    });
    // Burn-down from 3 on 1 Feb (00:00) to 0 at the end of 30 April (89 days minus 1 ms later), read at as-of.
    const from = t("2025-02-01 00:00");
    const to = Date.parse("2025-05-01T00:00:00+02:00") - 1;
    expect(u.targetNow).toBeCloseTo(3 - (3 * (AS_OF - from)) / (to - from), 10);
    expect(u.onTrack).toBe(false);
    expect(u.months.find((x) => x.month === "2025-01")!.target).toBeNull();
    expect(u.text!.message).toBe(
      "Tilldelning 300 000 kr för förskjuten vård: av 3 väntande vid start har 2 avslutats, 150 000 kr per avslutat köärende. Kön har netto minskat med 1 till 2 (300 000 kr per ärende netto). Nedtrappningen kräver 2 nu.",
    );
  });

  it("leaves the money out for units without an allocation", () => {
    const [u] = backlog(LOG, { endSteps: ["Ut"], asOfMs: AS_OF });
    expect(u).toMatchObject({
      allocation: null,
      startBacklog: null,
      cleared: null,
      kronorPerCaseCleared: null,
      targetNow: null,
      onTrack: null,
      text: null,
    });
    expect(u.currentBacklog).toBe(2);
  });

  it("reads allocations with Swedish amounts and reports bad rows with row and column", () => {
    const csv =
      "enhet;tilldelning_kr;från;till;målkö;källa\n" +
      "U;4 500 000;2025-10-01;2026-06-30;40;syntetisk\n" +
      "V;fyra;2025-10-01;2026-06-30;40;syntetisk\n" +
      "W;100;2026-06-30;2025-10-01;40;syntetisk\n";
    const { allocations, issues } = parseBacklogAllocations(csv, { file: "medel.csv" });
    expect(allocations).toEqual([
      { unit: "U", amountSek: 4_500_000, from: "2025-10-01", to: "2026-06-30", targetBacklog: 40, source: "syntetisk" },
    ]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, "tilldelning_kr", "BAD_NUMBER"],
      [4, "till", "UNPARSEABLE_TIME"],
    ]);
  });
});
