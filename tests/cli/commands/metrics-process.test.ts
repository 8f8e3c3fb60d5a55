import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers.js";

const H = 3_600_000;
const dir = mkdtempSync(join(tmpdir(), "flodes-process-"));
writeFileSync(
  join(dir, "logg.csv"),
  `${[
    "ärende;process;enhet;steg;start;slut",
    "T1;tand;tandvard;Undersökning;2025-01-02 08:00;2025-01-02 09:00",
    "T1;tand;tandvard;Behandlingsplan;2025-01-02 10:00;2025-01-02 11:00",
    "D1;diabetes;umea;Besök;2025-01-02 08:00;2025-01-02 08:30",
    "D1;diabetes;umea;Behandlingsplan;2025-01-03 08:00;2025-01-03 09:00",
    "D2;diabetes;umea;Besök;2025-01-02 13:00;2025-01-02 13:30",
  ].join("\n")}\n`,
);
writeFileSync(
  join(dir, "modell.json"),
  JSON.stringify([
    {
      id: "tand",
      name: "Tandvård",
      steps: [
        { id: "Undersökning", name: "Undersökning", category: "VA" },
        { id: "Behandlingsplan", name: "Behandlingsplan", category: "NNVA" },
      ],
    },
    {
      id: "diabetes",
      name: "Diabetes",
      steps: [
        { id: "Besök", name: "Besök", category: "VA" },
        { id: "Behandlingsplan", name: "Behandlingsplan", category: "VA" },
      ],
    },
  ]),
);

describe("flodes metrics with several processes", () => {
  it("keeps one step name of two processes apart, each with its own category and process", async () => {
    const r = await runCli(["metrics", "logg.csv", "--model", "modell.json"], { cwd: dir });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const plans = j.steps
      .filter((s: { step: string }) => s.step === "Behandlingsplan")
      .map((s: { process: string; category: string }) => [s.process, s.category]);
    expect(plans).toEqual([
      ["tand", "NNVA"],
      ["diabetes", "VA"],
    ]);
    expect(j.flows.map((f: { flow: string; process: string; unit: string }) => [f.flow, f.process, f.unit])).toEqual([
      ["T1", "tand", "tandvard"],
      ["D1", "diabetes", "umea"],
      ["D2", "diabetes", "umea"],
    ]);
  });

  it("--process narrows the analysis to that process (by id or name)", async () => {
    const r = await runCli(["metrics", "logg.csv", "--model", "modell.json", "--process", "Diabetes"], { cwd: dir });
    const j = JSON.parse(r.stdout);
    expect(j.summary.flows).toBe(2);
    expect(j.flows.map((f: { flow: string }) => f.flow)).toEqual(["D1", "D2"]);
    // D1: 08:00 → next day 09:00 = 25 h; VA = 0,5 h + 1 h.
    expect(j.flows[0]).toMatchObject({ leadTimeMs: 25 * H, vaMs: 1.5 * H });
  });

  it("--by process gives one group per process with its own summary and steps", async () => {
    const r = await runCli(["metrics", "logg.csv", "--model", "modell.json", "--by", "process"], { cwd: dir });
    const j = JSON.parse(r.stdout);
    expect(j.by).toBe("process");
    expect(j.groups.map((g: { key: string; summary: { flows: number } }) => [g.key, g.summary.flows])).toEqual([
      ["tand", 1],
      ["diabetes", 2],
    ]);
    expect(j.groups[0].steps.map((s: { step: string }) => s.step)).toEqual(["Undersökning", "Behandlingsplan"]);
  });

  it("names the processes of the log when --process matches none (exit 2)", async () => {
    const r = await runCli(["metrics", "logg.csv", "--process", "okänd"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tand, diabetes");
  });

  it("says nothing about assumed categories when the file's own category column is complete", async () => {
    writeFileSync(join(dir, "kategori.csv"), "ärende;steg;start;slut;kategori\nA;X;2025-01-02 08:00;2025-01-02 09:00;VA\n");
    const r = await runCli(["metrics", "kategori.csv"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).categoriesAssumed).toBe(false);
  });

  it("never lets terminal control characters from the input reach stderr", async () => {
    writeFileSync(
      join(dir, "esc.csv"),
      "ärende;steg;start;slut\nA;Tri\x1b[2Jage;2025-01-02 08:00;2025-01-02 09:00\nB;X;ig\x1b]0;x;2025-01-02 08:00\n",
    );
    const v = await runCli(["validate", "esc.csv"], { cwd: dir });
    const m = await runCli(["metrics", "esc.csv", "--model", "modell.json"], { cwd: dir });
    for (const text of [v.stdout, v.stderr, m.stderr]) expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(m.stderr).toContain("Tri\\x1b[2Jage");
  });
});
