import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, min, runCli } from "../helpers.js";

// tests/cli/fixtures/liten-logg.csv, hand-computed (Europe/Stockholm, CET = UTC+1 in early March 2025):
// F1 Tue 4 Mar: Remiss inkommer 08:00–08:05 (NNVA) · Bedömning 09:00–09:20 (VA) · Provtagning 09:10–09:30 (VA)
//    · Beslut 12:00–12:10 (VA)
//    lead 08:00→12:10 = 250 min; ∪VA = [09:00,09:30] 30 + [12:00,12:10] 10 = 40 min; NNVA 5 min;
//    ∪all = 5 + 30 + 10 = 45 → wait = 250 − 45 = 205 min = nva (no NVA work); touch 5+20+20+10 = 55 min;
//    flow efficiency 40 / 250 = 0.16
// F2 Fri 7 Mar 15:00–15:10 Remiss inkommer (NNVA) · Mon 10 Mar 09:00–09:30 Bedömning (VA)
//    lead = Fri 15:00 → Mon 09:30 = 66 h 30 min = 3990 min; VA 30; NNVA 10; wait 3990 − 40 = 3950 min;
//    flow efficiency 30 / 3990
const F1_START = Date.UTC(2025, 2, 4, 7, 0); // 08:00 CET
const F1_END = Date.UTC(2025, 2, 4, 11, 10); // 12:10 CET

interface Dist {
  median: number | null;
  p85: number | null;
  mean: number | null;
}

interface MetricsDoc {
  quality: {
    rowsIn: number;
    accepted: number;
    rejected: number;
    issues: { row: number; column: string | null; code: string; message: string }[];
    unmatchedStarts: number;
    unmatchedCompletes: number;
  };
  summary: { flows: number; observations: number; leadTimeMs: Dist; flowEfficiency: { aggregate: number | null; median: number | null } };
  flows: Record<string, number | string | null>[];
  steps: { step: string; category: string; n: number; durationMs: Dist; waitBeforeMs: Dist }[];
  categoriesAssumed: boolean;
}

// A model that lacks "Beslut", next to a copy of the log.
const PARTIAL_DIR = mkdtempSync(join(tmpdir(), "flodes-cli-partial-"));
writeFileSync(
  join(PARTIAL_DIR, "fixtures-partial.json"),
  JSON.stringify({ id: "p", name: "p", steps: [{ id: "Bedömning", name: "Bedömning", category: "VA" }] }),
);
copyFileSync(join(FIXTURES, "liten-logg.csv"), join(PARTIAL_DIR, "liten-logg.csv"));

const parse = (s: string): MetricsDoc => JSON.parse(s) as MetricsDoc;

describe("flodes metrics --format json", () => {
  it("prints every contract key with the right types and nothing but JSON on stdout", async () => {
    const r = await runCli(["metrics", "liten-logg.csv", "--model", "liten-modell.json"]);
    expect(r.code).toBe(0);
    const doc = parse(r.stdout);
    expect(Object.keys(doc).slice(0, 4)).toEqual(["quality", "summary", "flows", "steps"]);
    expect(Object.keys(doc.quality).slice(0, 6)).toEqual([
      "rowsIn",
      "accepted",
      "rejected",
      "issues",
      "unmatchedStarts",
      "unmatchedCompletes",
    ]);
    expect(Object.keys(doc.summary).slice(0, 4)).toEqual(["flows", "observations", "leadTimeMs", "flowEfficiency"]);
    for (const key of ["median", "p85", "mean"] as const) expect(typeof doc.summary.leadTimeMs[key]).toBe("number");
    expect(Object.keys(doc.flows[0]).slice(0, 11)).toEqual([
      "flow",
      "startMs",
      "endMs",
      "leadTimeMs",
      "vaMs",
      "nnvaMs",
      "nvaMs",
      "waitMs",
      "touchTimeMs",
      "flowEfficiency",
      "observations",
    ]);
    for (const [key, value] of Object.entries(doc.flows[0]).slice(1, 11)) expect(typeof value, key).toBe("number");
    expect(typeof doc.flows[0].flow).toBe("string");
    expect(Object.keys(doc.steps[0]).slice(0, 5)).toEqual(["step", "category", "n", "durationMs", "waitBeforeMs"]);
    expect(doc.categoriesAssumed).toBe(false);
    expect(r.stderr).toBe("");
  });

  it("computes the hand-checked per-flow values", async () => {
    const doc = parse((await runCli(["metrics", "liten-logg.csv", "--model", "liten-modell.json"])).stdout);
    expect(doc.quality).toMatchObject({ rowsIn: 6, accepted: 6, rejected: 0, issues: [] });
    expect(doc.flows[0]).toMatchObject({
      flow: "F1",
      startMs: F1_START,
      endMs: F1_END,
      leadTimeMs: min(250),
      vaMs: min(40),
      nnvaMs: min(5),
      nvaMs: min(205),
      waitMs: min(205),
      touchTimeMs: min(55),
      flowEfficiency: 0.16,
      observations: 4,
    });
    expect(doc.flows[1]).toMatchObject({ flow: "F2", leadTimeMs: min(3990), vaMs: min(30), nnvaMs: min(10), waitMs: min(3950) });
    expect(doc.flows[1].flowEfficiency).toBeCloseTo(30 / 3990, 12);
    // Σva / Σlead = (40 + 30) / (250 + 3990) = 70 / 4240; median of (0.16, 30/3990) is their mean
    expect(doc.summary.flows).toBe(2);
    expect(doc.summary.observations).toBe(6);
    expect(doc.summary.flowEfficiency.aggregate).toBeCloseTo(70 / 4240, 12);
    expect(doc.summary.flowEfficiency.median).toBeCloseTo((0.16 + 30 / 3990) / 2, 12);
    expect(doc.summary.leadTimeMs.median).toBe(min((250 + 3990) / 2));
    // Bedömning: durations 20 and 30 min; waits before 55 min (08:05→09:00) and 3950 min (Fri 15:10→Mon 09:00)
    const bedomning = doc.steps.find((s) => s.step === "Bedömning");
    expect(bedomning).toMatchObject({ category: "VA", n: 2, durationMs: { median: min(25) }, waitBeforeMs: { median: min(2002.5) } });
  });

  it("without --model takes every step as NNVA and says so on stderr and in categoriesAssumed", async () => {
    const r = await runCli(["metrics", "liten-logg.csv"]);
    expect(r.code).toBe(0);
    const doc = parse(r.stdout);
    expect(doc.categoriesAssumed).toBe(true);
    expect(doc.steps.every((s) => s.category === "NNVA")).toBe(true);
    // F1: ∪all = 45 min is all NNVA now; the wait is unchanged
    expect(doc.flows[0]).toMatchObject({ vaMs: 0, nnvaMs: min(45), waitMs: min(205), flowEfficiency: 0 });
    expect(r.stderr).toContain("alla steg räknas som NNVA");
    expect(r.stderr).toContain("every step counts as NNVA");
  });

  it("accepts a JSON array of processes as --model, and notes steps missing from the model", async () => {
    const all = await runCli(["metrics", "liten-logg.csv", "--model", "liten-modeller.json"]);
    expect(all.code).toBe(0);
    expect(parse(all.stdout).flows[0]).toMatchObject({ vaMs: min(40), nnvaMs: min(5) });
    expect(all.stderr).toBe("");
    const partial = await runCli(["metrics", "liten-logg.csv", "--model", "fixtures-partial.json"], { cwd: PARTIAL_DIR });
    expect(partial.code).toBe(0);
    expect(partial.stderr).toContain("finns inte i processmodellen fixtures-partial.json");
    expect(partial.stderr).toContain("Beslut");
  });

  it("exits 1 when rows were rejected, with the report on stderr and valid JSON on stdout", async () => {
    const r = await runCli(["metrics", "liten-med-fel.csv", "--model", "liten-modell.json"]);
    expect(r.code).toBe(1);
    const doc = parse(r.stdout);
    expect(doc.quality).toMatchObject({ rowsIn: 3, accepted: 1, rejected: 2 });
    expect(doc.quality.issues.map((i) => i.code).sort()).toEqual(["END_BEFORE_START", "UNPARSEABLE_TIME"]);
    expect(r.stderr).toContain("2 av 3 rader avvisades");
    expect(r.stderr).toContain("END_BEFORE_START");
  });

  it("writes to --out instead of stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "flodes-cli-"));
    const out = join(dir, "m.json");
    const r = await runCli(["metrics", "liten-logg.csv", "--model", "liten-modell.json", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(parse(readFileSync(out, "utf8")).flows).toHaveLength(2);
  });
});

describe("flodes metrics --format csv", () => {
  const F1_ROW = ["F1", F1_START, F1_END, min(250), min(40), min(5), min(205), min(205), min(55), "0.16", 4, 0, 0, 0, 0, "calendar"];

  it("writes one row per flow with the JSON field names as header, , and decimal point", async () => {
    const r = await runCli(["metrics", "liten-logg.csv", "--model", "liten-modell.json", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "flow,startMs,endMs,leadTimeMs,vaMs,nnvaMs,nvaMs,waitMs,touchTimeMs,flowEfficiency,observations," +
        "nvaWorkMs,reworkCount,reworkMs,assumedStarts,basis",
    );
    expect(lines[1]).toBe(F1_ROW.join(","));
    expect(lines).toHaveLength(3);
  });

  it("--out-sep ';' writes ; and a decimal comma with the JSON field names", async () => {
    const r = await runCli(["metrics", "liten-logg.csv", "--model", "liten-modell.json", "--format", "csv", "--out-sep", ";"]);
    const lines = r.stdout.split(/\r?\n/);
    expect(lines[1]).toBe(F1_ROW.join(";").replace("0.16", "0,16"));
  });

  it("--excel writes Swedish headers, local date-times and hours or days with at most 2 decimals", async () => {
    const r = await runCli(["metrics", "liten-logg.csv", "--model", "liten-modell.json", "--format", "csv", "--excel"]);
    expect(r.stdout.startsWith("\uFEFF")).toBe(true);
    const lines = r.stdout.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Ärende;Start;Slut;Ledtid (dagar);Värdeskapande tid (timmar);Nödvändig tid (timmar);Slöseri inkl. väntan (dagar);Väntan (dagar);" +
        "Arbetad tid (timmar);Flödeseffektivitet (%);Observationer;Slöseri i arbete (timmar);Omarbeten;Tid i omarbete (timmar);Antagna starttider;Tidsbas",
    );
    // F1, 2025-03-04 08:00–12:10: lead 250 min = 0,17 dagar; VA 40 min = 0,67 h; NNVA 5 min = 0,08 h; NVA and wait
    // 205 min = 0,14 dagar; worked 55 min = 0,92 h; flow efficiency 40/250 = 16 %.
    expect(lines[1]).toBe("F1;2025-03-04 08:00;2025-03-04 12:10;0,17;0,67;0,08;0,14;0,14;0,92;16;4;0;0;0;0;kalendertid");
    const steps = await runCli([
      "metrics",
      "liten-logg.csv",
      "--model",
      "liten-modell.json",
      "--format",
      "csv",
      "--excel",
      "--table",
      "steps",
    ]);
    expect(steps.stdout.replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(
      /^Steg;Kategori;Antal;Ärenden;Andel av ärendena \(%\);Arbetstid, median \(timmar\);/,
    );
  });

  it("--table steps and --table handoffs write those tables", async () => {
    const steps = await runCli(["metrics", "liten-logg.csv", "--model", "liten-modell.json", "--format", "csv", "--table", "steps"]);
    expect(steps.stdout.split("\n")[0]).toMatch(/^step,category,n,flows,shareOfFlows,durationMs\.median,/);
    expect(steps.stdout).toContain("Bedömning,VA,2,2,1,1500000,");
    const handoffs = await runCli(["metrics", "liten-logg.csv", "--format", "csv", "--table", "handoffs"]);
    expect(handoffs.stdout.split("\n")[0]).toBe("from,to,n,waitMs.median,waitMs.p85,waitMs.mean,waitMs.min,waitMs.max,totalWaitMs");
    // Remiss inkommer → Bedömning: waits 55 and 3950 min, total 4005 min
    expect(handoffs.stdout).toContain(`Remiss inkommer,Bedömning,2,${min(2002.5)},`);
    expect(handoffs.stdout).toContain(`,${min(4005)}\n`);
  });

  it("refuses CSV-only flags without --format csv", async () => {
    for (const flags of [["--table", "steps"], ["--excel"], ["--out-sep", ";"]]) {
      const r = await runCli(["metrics", "liten-logg.csv", ...flags]);
      expect(r.code, flags.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
    }
  });
});

describe("flodes metrics input errors (exit 2)", () => {
  it("a missing file names the file", async () => {
    const r = await runCli(["metrics", "finns-inte.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("filen finns inte: finns-inte.csv");
    expect(r.stderr).toContain("file not found: finns-inte.csv");
    expect(r.stdout).toBe("");
  });

  it("a log without a step column names the file", async () => {
    const r = await runCli(["metrics", "utan-steg.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("utan-steg.csv");
  });

  it("a model that cannot be read names the model file", async () => {
    const r = await runCli(["metrics", "liten-logg.csv", "--model", "liten-logg.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("processmodellen liten-logg.csv");
  });

  it("personnummer in the input exit 2 without echoing the number", async () => {
    // 19121212-1212 is Skatteverket's published test personnummer (valid Luhn), not a real person.
    const r = await runCli(["metrics", "personnummer.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("personnummer.csv");
    expect(r.stderr).toContain("--pseudonymise");
    for (const part of ["1212-1212", "121212", "19121212"]) expect(r.stderr + r.stdout).not.toContain(part);
  });

  it("--pseudonymise reads the file and the number never reaches the output", async () => {
    const r = await runCli(["metrics", "personnummer.csv", "--pseudonymise", "--key", "test-nyckel"]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).flows).toHaveLength(1);
    expect(r.stdout + r.stderr).not.toContain("121212");
  });

  it("unknown flags, bad zones and --key without --pseudonymise are usage errors", async () => {
    for (const argv of [
      ["metrics", "liten-logg.csv", "--bogus"],
      ["metrics", "liten-logg.csv", "--tz", "Europe/Atlantis"],
      ["metrics", "liten-logg.csv", "--key", "k"],
      ["metrics", "liten-logg.csv", "--format", "xml"],
      ["metrics"],
      ["metrics", "a.csv", "b.csv"],
    ]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr, argv.join(" ")).toContain("(en)");
    }
  });
});
