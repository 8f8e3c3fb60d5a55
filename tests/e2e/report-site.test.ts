// The monthly report (CLI) and the built site tell one story: the same region figure for the same month and units,
// and no sentence that contradicts its own numbers. Needs `pnpm site:build` first (pnpm test:e2e runs site.test.ts,
// which checks the build, before this file).
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../notebooks/scripts/serve.mjs";
import { ROOT, runCli } from "../cli/helpers.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";
import { gotoQuiet } from "./quiet.mjs";

const DIST = join(ROOT, "notebooks", "dist");
const BASELINE = JSON.parse(readFileSync(join(ROOT, "data/pilot/installningar.json"), "utf8")).baslinje as string;

/** Text of an HTML document without tags, styles and entities that matter here. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<svg[\s\S]*?<\/svg>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ");

/** Sentences that say "ingen säker skillnad" but carry a p-value below 0,05. */
function contradictions(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/)
    .filter((s) => /ingen säker skillnad/i.test(s))
    .filter((s) => /p\s*<\s*0,0(0|1|5)|p\s*=\s*0,0[0-4]\d*/.test(s));
}

let server: { close(): void; address(): AddressInfo | string | null };
let browser: Browser;
let base = "";
let reportHtml = "";

beforeAll(async () => {
  expect(existsSync(join(DIST, "uppfoljning.html")), "run `pnpm site:build` first").toBe(true);
  server = await serveStatic(DIST);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  const r = await runCli(
    [
      "report",
      "data/pilot/syntetisk-handelser.csv",
      "--model",
      "data/pilot/processer.json",
      "--units",
      "data/pilot/enheter.json",
      "--goals",
      "data/pilot/mal.json",
      "--month",
      "2025-12",
      "--baseline",
      BASELINE,
    ],
    { cwd: ROOT },
  );
  expect(r.code).toBe(0);
  reportHtml = r.stdout;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("report and site", () => {
  it("show the same region lead time and flows for the same month and units (December 2025, all units)", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/uppfoljning.html`, { waitUntil: "networkidle" });
    await page.waitForSelector(".rollup-tree summary");
    await page.getByRole("combobox", { name: "Månad" }).selectOption({ label: "december 2025" });
    await page.waitForFunction(
      () => /december 2025/.test(document.body.textContent.match(/Enheter och mål, [a-zåäö]+ \d{4}/)?.[0] ?? ""),
      undefined,
      { timeout: 10_000 },
    );
    const siteRegion = (await page.locator(".rollup-tree > details > summary").first().textContent()) ?? "";
    const monthLabel = await page
      .getByRole("combobox", { name: "Månad" })
      .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
    await page.close();
    expect(monthLabel).toBe("december 2025");
    const site = /([\d\s]+) ärenden · ledtid median ([\d,]+) dagar/.exec(siteRegion.replace(/\u00a0/g, " "));
    expect(site, siteRegion).not.toBeNull();
    const summary = textOf(reportHtml.slice(reportHtml.indexOf('<section id="sammanfattning">'), reportHtml.indexOf('<section id="mal">')));
    const report = /Region Västerbotten\s*:\s*([\d\s]+?) ärenden avslutades\.\s*Ledtid, median\s*([\d,]+) dagar/.exec(summary);
    expect(report, summary).not.toBeNull();
    expect(report![2]).toBe(site![2]);
    expect(report![1]!.trim()).toBe(site![1]!.trim());
  });

  it("the report never puts p < 0,05 beside 'ingen säker skillnad', and says which baseline it compares with", () => {
    const text = textOf(reportHtml);
    expect(text).toContain("baslinje jan–jun 2025");
    expect(text).toMatch(/Ingen säker skillnad|minskade|ökade/);
    expect(contradictions(text)).toEqual([]);
    // The rule itself: a direction only when the interval excludes 0.
    for (const s of text.split(/(?<=\.)\s+/).filter((x) => /(minskade|ökade) med/.test(x) && /KI/.test(x))) {
      const m = /KI (−?[\d,]+)[–\s]+(?:till )?(−?[\d,]+)/.exec(s);
      if (!m) continue;
      const [lo, hi] = [m[1], m[2]].map((x) => Number(x!.replace("−", "-").replace(",", ".")));
      expect(lo! * hi!, s).toBeGreaterThan(0);
    }
  });

  it("no page of the site pairs p < 0,05 with 'ingen säker skillnad' either", async () => {
    const page = await browser.newPage();
    for (const path of ["index.html", "forbattring.html", "uppfoljning.html", "om-metoden.html"]) {
      await gotoQuiet(page, `${base}/${path}`);
      await page.waitForTimeout(500);
      const text = await page.evaluate(() => document.body.textContent.replace(/\s+/g, " "));
      expect(contradictions(text), path).toEqual([]);
    }
    await page.close();
  });
});
