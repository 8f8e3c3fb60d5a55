import { describe, expect, it } from "vitest";
import { formatsTable, generateXes, generateXlsx, measureFormats } from "../../bench/formats.js";

describe("bench/formats", () => {
  it("measures every reader on generated inputs, delivering every record (timings are not checked here)", async () => {
    const ms = await measureFormats({ xesEvents: 3000, xlsxRows: 2000, runs: 1 });
    expect(ms.map((m) => m.name.split(" ")[0])).toEqual(["readXes", "importXesStream", "gunzip", "readXlsx"]);
    expect(ms[0].records).toBe(3000);
    expect(ms[1].records).toBe(3000);
    expect(ms[2].records).toBe(1); // gunzip output equals the input
    expect(ms[3].records).toBe(2000);
    for (const m of ms) expect(m.bytes).toBeGreaterThan(0);
    expect(formatsTable(ms).split("\n")).toHaveLength(6);
  });

  it("generates the same inputs for the same seed", () => {
    expect(generateXes(500)).toEqual(generateXes(500));
    expect(generateXlsx(300).sheetBytes).toBe(generateXlsx(300).sheetBytes);
  });
});
