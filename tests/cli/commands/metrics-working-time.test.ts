import { parseOpeningHours } from "@flodes/cli/internal";
import { describe, expect, it } from "vitest";
import { min, runCli } from "../helpers.js";

interface FlowRow {
  flow: string;
  leadTimeMs: number;
  vaMs: number;
  nnvaMs: number;
  waitMs: number;
  basis: string;
}

describe("flodes metrics --working-time / --hours", () => {
  it("measures in working time and labels it", async () => {
    const r = await runCli(["metrics", "liten-logg.csv", "--model", "liten-modell.json", "--hours", "mån-fre 08:00-17:00"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { basis: string; flows: FlowRow[] };
    expect(doc.basis).toBe("working");
    const f1 = doc.flows.find((f) => f.flow === "F1")!;
    const f2 = doc.flows.find((f) => f.flow === "F2")!;
    // F1 lies inside Tuesday 08:00–17:00: unchanged, lead 250 min.
    expect(f1.leadTimeMs).toBe(min(250));
    // F2 Fri 15:00 → Mon 09:30: Fri 15:00–17:00 (120) + Mon 08:00–09:30 (90) = 210 min of working time;
    // VA 30, NNVA 10, wait 210 − 40 = 170.
    expect(f2).toMatchObject({ leadTimeMs: min(210), vaMs: min(30), nnvaMs: min(10), waitMs: min(170), basis: "working" });
    expect(r.stderr).toContain("mätt i arbetstid");
    expect(r.stderr).toContain("measured in working time");
  });

  it("keeps calendar time by default and says so in the JSON", async () => {
    const r = await runCli(["metrics", "liten-logg.csv", "--model", "liten-modell.json"]);
    const doc = JSON.parse(r.stdout) as { basis: string; flows: FlowRow[] };
    expect(doc.basis).toBe("calendar");
    expect(doc.flows.find((f) => f.flow === "F2")!.leadTimeMs).toBe(min(3990));
  });

  it("exits 2 with a message for opening hours it cannot read", async () => {
    const r = await runCli(["metrics", "liten-logg.csv", "--hours", "varje dag"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("öppettiderna");
  });
});

describe("parseOpeningHours", () => {
  it("reads Swedish and English day ranges, several groups and split days", () => {
    expect(parseOpeningHours("mån-tor 08:00-12:00+13:00-17:00, fre 8:00-15:00")).toEqual({
      mon: [
        ["08:00", "12:00"],
        ["13:00", "17:00"],
      ],
      tue: [
        ["08:00", "12:00"],
        ["13:00", "17:00"],
      ],
      wed: [
        ["08:00", "12:00"],
        ["13:00", "17:00"],
      ],
      thu: [
        ["08:00", "12:00"],
        ["13:00", "17:00"],
      ],
      fri: [["08:00", "15:00"]],
    });
    expect(parseOpeningHours("sat-sun 10:00-14:00")).toEqual({ sat: [["10:00", "14:00"]], sun: [["10:00", "14:00"]] });
  });
  it("refuses a backwards day range and a malformed span", () => {
    expect(() => parseOpeningHours("fre-mån 08:00-17:00")).toThrow(/opening hours/);
    expect(() => parseOpeningHours("mån 8-17")).toThrow(/opening hours/);
  });
});
