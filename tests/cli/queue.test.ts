import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers.js";

const DAY = 86_400_000;
let dir: string;

// A small synthetic log: R1 closed (Åtgärd), R2 waiting after Besök, R3 waiting since its referral, R4's Åtgärd
// comes after 2025-01-31. Times are Stockholm winter time.
const LOG = [
  "ärende;steg;start;slut;enhet",
  "R1;Remiss inkommer;2025-01-07 08:00;2025-01-07 08:05;Ortopedi",
  "R1;Besök;2025-01-10 09:00;2025-01-10 09:30;Ortopedi",
  "R1;Åtgärd;2025-01-20 10:00;2025-01-20 11:00;Ortopedi",
  "R2;Remiss inkommer;2025-01-08 08:00;2025-01-08 08:05;Ortopedi",
  "R2;Besök;2025-01-15 13:00;2025-01-15 13:30;Ortopedi",
  "R3;Remiss inkommer;2025-01-02 10:00;2025-01-02 10:05;Ortopedi",
  "R4;Remiss inkommer;2025-01-09 08:00;2025-01-09 08:05;Ortopedi",
  "R4;Besök;2025-01-13 09:00;2025-01-13 09:30;Ortopedi",
  "R4;Åtgärd;2025-02-03 09:00;2025-02-03 10:00;Ortopedi",
].join("\n");

const RULES = [
  "regel;namn;från_steg;till_steg;gräns_dagar;dagtyp",
  "besök-5;Besök inom 5 dagar;Remiss inkommer;Besök;5;kalenderdagar",
  "besök-3a;Besök inom 3 arbetsdagar;Remiss inkommer;Besök;3;arbetsdagar",
].join("\n");

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "flodes-queue-"));
  writeFileSync(join(dir, "logg.csv"), LOG);
  writeFileSync(join(dir, "regler.csv"), RULES);
  writeFileSync(join(dir, "trasiga-regler.csv"), "regel;från_steg;till_steg;gräns_dagar\nx;Remiss inkommer;Besök;tre\n");
  writeFileSync(join(dir, "med-fel.csv"), `${LOG}\nR5;Remiss inkommer;igår;2025-01-09 08:05;Ortopedi\n`);
});

interface QueueJson {
  asOf: string;
  flows: { closed: number; open: number };
  open: {
    flow: string;
    process: string | null;
    unit: string;
    startMs: number;
    ageMs: number;
    currentStep: string;
    waitingSinceMs: number;
  }[];
  wip: { date: string; unit: string; wip: number }[];
  throughput: { week: string; unit: string; closed: number }[];
  leadTime: {
    closedOnly: { median: number; p85: number };
    kaplanMeier: { median: number | null; p85: number | null; medianCi: { lower: number | null; upper: number | null } };
  };
  careGuarantee: { rule: string; unit: string; month: string; reached: number; within: number; openBeyond: number }[];
  careGuaranteeNow: { rule: string; unit: string; waiting: number; beyond: number }[];
  forecast: {
    runs: number;
    total: { queue: number; whenDone: { confidence: number; weeks: number | null }[]; texts: { message: string }[] };
  };
}

const q = (...args: string[]) => runCli(["queue", "logg.csv", ...args], { cwd: dir });

describe("flodes queue", () => {
  it("prints the documented JSON: open and closed flows at as-of, WIP, throughput, lead time, care guarantee, forecast", async () => {
    const r = await q("--end-steps", "Åtgärd", "--as-of", "2025-01-31", "--rules", "regler.csv");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as QueueJson;
    expect(j.asOf).toBe("2025-01-31");
    expect(j.flows).toEqual({ closed: 1, open: 3 });
    const asOf = Date.parse("2025-02-01T00:00:00+01:00") - 1;
    expect(j.open.map((o) => [o.flow, o.currentStep])).toEqual([
      ["R3", "Remiss inkommer"],
      ["R2", "Besök"],
      ["R4", "Besök"],
    ]);
    expect(j.open[0]).toEqual({
      flow: "R3",
      process: null,
      unit: "Ortopedi",
      startMs: Date.parse("2025-01-02T10:00:00+01:00"),
      ageMs: asOf - Date.parse("2025-01-02T10:00:00+01:00"),
      currentStep: "Remiss inkommer",
      waitingSinceMs: asOf - Date.parse("2025-01-02T10:05:00+01:00"),
      stage: "Remiss inkommer",
      band: "over95",
    });
    expect(j.wip.find((w) => w.date === "2025-01-20")).toMatchObject({ unit: "Ortopedi", wip: 3 });
    expect(j.wip[j.wip.length - 1]).toMatchObject({ date: "2025-01-31", wip: 3 });
    expect(j.throughput.find((w) => w.week === "2025-W04")).toMatchObject({ closed: 1 });
    // R1 took 13 days + 3 h to close; the three open flows are censored at 29, 23 and 22 days → KM never reaches ½.
    expect(j.leadTime.closedOnly.median).toBe(13 * DAY + 3 * 3_600_000);
    expect(j.leadTime.kaplanMeier).toMatchObject({ median: null, p85: null });
    // Besök within 5 calendar days: R1 (3 d) yes, R4 (4 d) yes, R2 (7 d) no; R3 has waited 29 days → open beyond.
    expect(j.careGuarantee.find((g) => g.rule === "besök-5")).toEqual({
      rule: "besök-5",
      unit: "Ortopedi",
      month: "2025-01",
      reached: 3,
      within: 2,
      waiting: 1,
      openBeyond: 1,
      compliance: 0.5,
    });
    // 3 working days: R1 Tue→Fri = 3 (within), R4 Thu→Mon = 2 (within), R2 Wed→Wed = 5 (beyond).
    expect(j.careGuarantee.find((g) => g.rule === "besök-3a")).toMatchObject({ reached: 3, within: 2, openBeyond: 1 });
    expect(j.careGuaranteeNow.find((g) => g.rule === "besök-5")).toMatchObject({ waiting: 1, beyond: 1 });
    expect(j.forecast.runs).toBe(10_000);
    expect(j.forecast.total.queue).toBe(3);
    expect(r.stderr).toContain("Analysdatum 2025-01-31: 3 öppna och 1 avslutade ärenden.");
  });

  it("leaves out events after --as-of: R4's Åtgärd on 3 February closes it only when as-of is later", async () => {
    const late = JSON.parse((await q("--end-steps", "Åtgärd")).stdout) as QueueJson;
    expect(late.asOf).toBe("2025-02-03");
    expect(late.flows).toEqual({ closed: 2, open: 2 });
    const early = JSON.parse((await q("--end-steps", "Åtgärd", "--as-of", "2025-01-12")).stdout) as QueueJson;
    // By 12 January R1 had its visit but no Åtgärd, R4 only its referral.
    expect(early.flows).toEqual({ closed: 0, open: 4 });
    expect(early.open.find((o) => o.flow === "R4")!.currentStep).toBe("Remiss inkommer");
    expect(early.wip[early.wip.length - 1].date).toBe("2025-01-12");
  });

  it("writes a table as CSV, for Swedish Excel with --excel", async () => {
    const r = await q("--end-steps", "Åtgärd", "--as-of", "2025-01-31", "--rules", "regler.csv", "--format", "csv", "--table", "guarantee");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "rule,unit,month,reached,within,waiting,openBeyond,compliance",
      "besök-5,Ortopedi,2025-01,3,2,1,1,0.5",
    ]);
    const x = await q("--end-steps", "Åtgärd", "--as-of", "2025-01-31", "--format", "csv", "--table", "open", "--excel");
    expect(x.stdout.startsWith("\uFEFFflow;process;unit;startMs;ageMs;currentStep;waitingSinceMs;stage;band\r\nR3;;Ortopedi;")).toBe(true);
  });

  it("exits 2 with a Swedish and English message when no end steps can be found, or for a bad date or rules file", async () => {
    const none = await q();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("inga slutsteg: ange --end-steps");
    expect(none.stderr).toContain("(en) no end steps");
    const date = await q("--end-steps", "Åtgärd", "--as-of", "2025-13-01");
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('ogiltigt analysdatum: "2025-13-01"');
    const rules = await q("--end-steps", "Åtgärd", "--rules", "trasiga-regler.csv");
    expect(rules.code).toBe(2);
    expect(rules.stderr).toMatch(/kan inte läsa trasiga-regler\.csv: .*tre.* \(rad\/row 2, "gräns_dagar"\)/);
    expect((await q("--end-steps", " , ")).code).toBe(2);
    expect((await q("--end-steps", "Åtgärd", "--table", "open")).stderr).toContain("--table gäller bara --format csv");
    expect((await q("--end-steps", "Åtgärd", "--history-weeks", "0")).code).toBe(2);
  });

  it("exits 1 when rows were rejected, with the quality report on stderr and clean JSON on stdout", async () => {
    const r = await runCli(["queue", "med-fel.csv", "--end-steps", "Åtgärd"], { cwd: dir });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as QueueJson).flows).toEqual({ closed: 2, open: 2 });
    expect(r.stderr).toContain("UNPARSEABLE_TIME");
  });

  it("has Swedish help with examples", async () => {
    const r = await runCli(["queue", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--as-of <ÅÅÅÅ-MM-DD>");
    expect(r.stdout).toContain("vårdgarantins regler");
    expect(r.stdout).toContain(
      "flodes queue data/pilot/syntetisk-handelser.csv --model data/pilot/processer.json --rules data/pilot/vardgaranti.csv",
    );
    expect((await runCli(["--help"])).stdout).toMatch(/queue\s+köer och tillgänglighet/);
  });

  it("reads the synthetic pilot data with its model, rules and allocations", async () => {
    const r = await runCli(
      [
        "queue",
        "data/pilot/syntetisk-handelser.csv",
        "--model",
        "data/pilot/processer.json",
        "--rules",
        "data/pilot/vardgaranti.csv",
        "--allocation",
        "data/pilot/forskjuten-vard.csv",
        "--format",
        "csv",
        "--table",
        "forecast",
      ],
      { cwd: ROOT },
    );
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => l.split(","));
    expect(rows[0]).toEqual([
      "scope",
      "unit",
      "queue",
      "confidence",
      "whenDone.weeks",
      "whenDone.beforeWeek",
      "closeNext.weeks",
      "closeNext.atLeast",
      "newFlowMs",
    ]);
    const lso1 = rows.filter((x) => x[1] === "lansjukvardsomrade-1");
    expect(lso1.map((x) => x[3])).toEqual(["50", "85", "95"]);
    expect(Number(lso1[0][2])).toBeGreaterThan(150);
    expect(r.stderr).toContain("Analysdatum 2026-03-31");
  });
});
