import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { htmlToPdf } from "@flodes/cli/internal";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers.js";

const PILOT = [
  "data/pilot/syntetisk-handelser.csv",
  "--model",
  "data/pilot/processer.json",
  "--units",
  "data/pilot/enheter.json",
  "--goals",
  "data/pilot/mal.csv",
];

describe("flodes report", () => {
  it("writes a self-contained Swedish HTML report of the pilot data for October 2025", async () => {
    const dir = await mkdtemp(join(tmpdir(), "flodes-report-"));
    const out = join(dir, "rapport.html");
    const r = await runCli(["report", ...PILOT, "--month", "2025-10", "--out", out], { cwd: ROOT });
    expect(r.stderr).toContain("Rapporten skrevs till");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const html = await readFile(out, "utf8");
    expect(html).toContain("oktober 2025");
    expect(html).toContain("syntetiska data");
    expect(html).toContain("Region Västerbotten");
    expect(html).not.toMatch(/<script|https?:\/\//i);
    expect(html.match(/<svg /g)?.length ?? 0).toBeGreaterThan(10);
  }, 60_000);

  it("measures in working time with --working-time and says so in the report and on stderr", async () => {
    const r = await runCli(["report", ...PILOT, "--month", "2025-10", "--working-time"], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("tider i arbetstid (öppettider)");
    expect(r.stderr).toContain("mätt i arbetstid");
  }, 60_000);

  it("exits 2 with a usage error when --month is missing or malformed", async () => {
    const missing = await runCli(["report", ...PILOT], { cwd: ROOT });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--month");
    const bad = await runCli(["report", ...PILOT, "--month", "okt-2025"], { cwd: ROOT });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("ÅÅÅÅ-MM");
  });

  it("exits 2 naming file, row and column of a bad goals file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "flodes-report-"));
    await writeFile(join(dir, "mal.csv"), "enhet;mått;baslinje;mål;datum\nhsf;nvaShare;hälften;0,3;2026-06-30\n");
    const r = await runCli(
      [
        "report",
        join(ROOT, "data/pilot/syntetisk-handelser.csv"),
        "--model",
        join(ROOT, "data/pilot/processer.json"),
        "--units",
        join(ROOT, "data/pilot/enheter.csv"),
        "--goals",
        "mal.csv",
        "--month",
        "2025-10",
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("mal.csv");
    expect(r.stderr).toContain("rad/row 2");
    expect(r.stderr).toContain('"baslinje"');
  });

  it("gives a clear message instead of a PDF when Chromium is missing", async () => {
    const text = await htmlToPdf("<p>x</p>", join(tmpdir(), "x.pdf"), "/finns/inte/chromium");
    expect(text?.sv).toContain("Chromium saknas");
    expect(text?.en).toContain("Chromium is missing");
  });
});

describe("flodes report with steering files", () => {
  it("adds the efficiency matrix, freed capacity, portfolio and goal hierarchy sections", async () => {
    const r = await runCli(
      [
        "report",
        ...PILOT,
        "--month",
        "2025-12",
        "--staffing",
        "data/pilot/bemanning.csv",
        "--improvements",
        "data/pilot/forbattringar.csv",
        "--goal-tree",
        "data/pilot/malhierarki.csv",
        "--context",
        "data/pilot/kontext.csv",
      ],
      { cwd: ROOT },
    );
    expect(r.code).toBe(0);
    for (const id of ["effektivitetsmatris", "frigjord-kapacitet", "portfolj", "malhierarki"])
      expect(r.stdout).toContain(`<section id="${id}">`);
    expect(r.stdout).toContain("Frigjord tid är inte sparade pengar förrän den används.");
    expect(r.stdout).toContain("God och jämlik tillgänglighet till vård");
  }, 60_000);
});
