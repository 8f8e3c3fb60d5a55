import { CSV_EXCEL, excelTable, toCsv } from "@flodes/cli/internal";
import { describe, expect, it } from "vitest";

describe("excelTable", () => {
  it("turns epoch ms into local date-times and durations into hours or days, rounded to 2 decimals", () => {
    const t = excelTable({
      header: ["flow", "startMs", "leadTimeMs", "touchTimeMs", "flowEfficiency", "durationMs.median", "waitMs.p85", "basis"],
      // 2025-10-26 00:30 UTC is 02:30 CEST (before the change back at 03:00 CEST).
      rows: [
        ["F1", Date.parse("2025-10-26T00:30:00Z"), 1.5 * 86_400_000 + 1, 100 * 60_000, 0.0016, 20 * 60_000, 3 * 86_400_000, "working"],
      ],
    });
    expect(t.header).toEqual([
      "Ärende",
      "Start",
      "Ledtid (dagar)",
      "Arbetad tid (timmar)",
      "Flödeseffektivitet (%)",
      "Arbetstid, median (timmar)",
      "Väntan, p85 (dagar)",
      "Tidsbas",
    ]);
    // 100 min = 1,666… h → 1,67; 20 min = 0,333… h → 0,33; 0,0016 → 0,16 %
    expect(t.rows[0]).toEqual(["F1", "2025-10-26 02:30", 1.5, 1.67, 0.16, 0.33, 3, "arbetstid"]);
    expect(toCsv(t, CSV_EXCEL).split("\r\n")[1]).toBe("F1;2025-10-26 02:30;1,5;1,67;0,16;0,33;3;arbetstid");
  });

  it("writes times in the zone it is given and leaves missing values empty", () => {
    const t = excelTable({ header: ["endMs", "waitBeforeMs.median"], rows: [[Date.parse("2025-03-14T07:30:00Z"), null]] }, { tz: "UTC" });
    expect(t.rows[0]).toEqual(["2025-03-14 07:30", null]);
  });

  it("never lets a text cell start a formula in Excel", () => {
    const csv = toCsv({ header: ["step"], rows: [['=HYPERLINK("x")'], ["+46 70"], ["-5"], ["@SUM(A1)"]] }, CSV_EXCEL);
    expect(csv.split("\r\n").slice(1, 5)).toEqual(['"\'=HYPERLINK(""x"")"', "'+46 70", "-5", "'@SUM(A1)"]);
  });
});
