import { existsSync } from "node:fs";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monthlyReport } from "@flodes/core";
import { renderReportHtml } from "@flodes/viz";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../cli/helpers.js";
import { goals, observations, processes, units } from "../core/report/fixture.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";

// Runs with `pnpm test:e2e` (not `pnpm test`, so a newcomer needs no browser); it fails, never skips, when Chromium
// is missing — .ci/run installs it first.

describe("monthly report in headless Chromium", () => {
  it("needs Chromium at /usr/bin/chromium", () => {
    expect(existsSync(CHROMIUM), `Chromium saknas: ${CHROMIUM} (apt-get install chromium)`).toBe(true);
  });

  it("opens offline, shows every section and draws its SVG charts without requests", async () => {
    const html = await renderReportHtml(monthlyReport({ observations, processes, units, goals }, { month: "2025-10", synthetic: true }));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.setContent(html, { waitUntil: "load" });
      const sections = await page.$$eval("section h2", (hs) => hs.map((h) => h.textContent));
      expect(sections).toEqual([
        "Sammanfattning",
        "Måluppfyllelse",
        "Enheter",
        "Förändring mot baslinjen",
        "Seriediagram",
        "Beroenden mellan processer",
        "Datakvalitet",
        "Om måtten",
      ]);
      // 3 run charts (the Region → Förvaltning → VO chain once, E1, E2) + 4 goal progress bars; each has a visible size
      const boxes = await page.$$eval(".chart > svg", (svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => [r.width, r.height]));
      expect(boxes).toHaveLength(7);
      for (const [w, h] of boxes) expect(w! * h!).toBeGreaterThan(0);
      expect(await page.locator(".chart.run svg [aria-roledescription='point']").count()).toBeGreaterThan(0);
      expect(await page.textContent("#syntetiska-data")).toContain("syntetiska data");
      expect(requests.filter((u) => !u.startsWith("about:") && !u.startsWith("data:"))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it("flodes report --pdf writes an A4 PDF next to the HTML", async () => {
    const dir = await mkdtemp(join(tmpdir(), "flodes-pdf-"));
    const out = join(dir, "rapport.html");
    const r = await runCli(
      [
        "report",
        "data/pilot/syntetisk-handelser.csv",
        "--model",
        "data/pilot/processer.json",
        "--units",
        "data/pilot/enheter.csv",
        "--goals",
        "data/pilot/mal.json",
        "--month",
        "2025-10",
        "--out",
        out,
        "--pdf",
      ],
      { cwd: ROOT },
    );
    expect(r.stderr).toContain("PDF skrevs till");
    expect(r.code).toBe(0);
    const pdf = await readFile(join(dir, "rapport.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // A4 = 210 × 297 mm = 595.3 × 841.9 pt; Chromium writes e.g. "MediaBox [0 0 594.95996 841.91998]"
    const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString("latin1"));
    expect(Number(box?.[1])).toBeCloseTo(595.3, 0);
    expect(Number(box?.[2])).toBeCloseTo(841.9, 0);
    expect((await stat(join(dir, "rapport.pdf"))).size).toBeGreaterThan(10_000);
  }, 120_000);
});
