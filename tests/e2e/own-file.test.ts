// Your own measurement in the browser (issue 12): a file chosen through the page's file input is read in the site's
// Web Worker with the same import as the CLI, every analysis page shows it, and nothing leaves the machine. Needs
// `pnpm site:build` first (pnpm test:e2e runs site.mjs, which checks the build, before this file).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ImportError } from "@flodes/core";
import { importFile } from "@flodes/core/node";
import { strToU8, zipSync } from "fflate";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../notebooks/scripts/serve.mjs";
import { ROOT, runCli } from "../cli/helpers.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";
import { gotoQuiet } from "./quiet.mjs";

const DIST = join(ROOT, "notebooks", "dist");
const dir = mkdtempSync(join(tmpdir(), "flodes-own-file-"));

/** An .xlsx (inline strings, times as Excel serials in local time) with one row whose time cannot be read. */
function workbook(rows: (string | number)[][]): Uint8Array {
  const cell = (v: string | number) => (typeof v === "number" ? `<c><v>${v}</v></c>` : `<c t="inlineStr"><is><t>${v}</t></is></c>`);
  const xml = `<worksheet><sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r.map(cell).join("")}</row>`).join("")}</sheetData></worksheet>`;
  return zipSync({ "xl/worksheets/sheet1.xml": strToU8(xml) });
}
// 2025-03-14 08:00 is Excel serial 45730 + 8/24 (local time; the import reads serials in the given zone).
const day = 45730;
const XLSX_ROWS: (string | number)[][] = [
  ["ärende", "steg", "start", "slut", "kategori"],
  ["X-1", "Remiss inkommer", day + 8 / 24, day + 8.1 / 24, "NNVA"],
  ["X-1", "Bedömning", day + 10 / 24, day + 10.5 / 24, "VA"],
  ["X-1", "Besök", day + 3 + 9 / 24, day + 3 + 10 / 24, "VA"],
  ["X-2", "Remiss inkommer", day + 1 + 8 / 24, day + 1 + 8.2 / 24, "NNVA"],
  ["X-2", "Bedömning", "i morgon", day + 2 + 11 / 24, "VA"],
  ["X-2", "Besök", day + 6 + 13 / 24, day + 6 + 14 / 24, "VA"],
  ["X-3", "Remiss inkommer", day + 2 + 8 / 24, day + 2 + 8.1 / 24, "NNVA"],
];

const files = {
  csv: join(ROOT, "examples", "trasig.csv"),
  xlsx: join(dir, "matning.xlsx"),
  xesGz: join(dir, "remisser.xes.gz"),
  personnummer: join(dir, "med-personnummer.csv"),
  unusual: join(dir, "egna-kolumner.csv"),
  first: join(ROOT, "notebooks", "src", "data", "syntetisk-egen-matning.txt"),
  second: join(ROOT, "examples", "syntetisk-remissflode.csv"),
};
const PNR = "19121212-1212"; // the Swedish tax agency's test number (valid check digit), never a real person
writeFileSync(files.xlsx, workbook(XLSX_ROWS));
writeFileSync(files.xesGz, gzipSync(readFileSync(join(ROOT, "tests", "fixtures", "import", "small.xes"))));
writeFileSync(
  files.personnummer,
  `ärende;steg;start;slut;patient\nP-1;Besök;2025-03-14 08:00;2025-03-14 08:30;${PNR}\nP-1;Beslut;2025-03-14 09:00;2025-03-14 09:10;${PNR}\n`,
);
writeFileSync(
  files.unusual,
  "Remissnr;Moment;Påbörjad;Avslutad\nA-1;Ankomst;2025-04-01 08:00;2025-04-01 08:05\nA-1;=1+1 Prioritering;2025-04-01 10:00;2025-04-01 10:20\nA-1;Besök;2025-04-03 09:00;2025-04-03 09:40\nA-2;Ankomst;2025-04-01 09:00;2025-04-01 09:05\nA-2;=1+1 Prioritering;2025-04-02 10:00;2025-04-02 10:20\nA-2;Besök;2025-04-08 13:00;2025-04-08 13:30\nA-3;Ankomst;2025-04-02 11:00;ingen tid\n",
);

let server: { close(): void; address(): AddressInfo | string | null };
let browser: Browser;
let base = "";

beforeAll(async () => {
  expect(existsSync(join(DIST, "egen-analys.html")), "run `pnpm site:build` first").toBe(true);
  server = await serveStatic(DIST);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh context (its own SharedWorker, storage) with a page open at `path`, ready for a file. */
async function open(path: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await gotoQuiet(page, `${base}/${path}`);
  // The panel has its state from the worker when the "Din fil" choice is set (disabled: no file yet).
  await page.waitForSelector('[data-testid="source-file"][disabled]', { timeout: 30_000 });
  return { context, page, errors };
}

/** Chooses `file` through the page's file input and resolves with the quality summary (or the refusal). */
async function choose(page: Page, file: string): Promise<{ summary: string; error: string }> {
  const before = await page.locator('[data-testid="quality-summary"]').textContent();
  await page.locator('[data-testid="log-file"]').setInputFiles(file);
  await page.waitForFunction(
    (prev) => {
      const s = document.querySelector('[data-testid="quality-summary"]')?.textContent ?? "";
      const e = document.querySelector('[data-testid="import-error"]')?.textContent ?? "";
      return (s !== "" && s !== prev) || e !== "";
    },
    before,
    { timeout: 60_000 },
  );
  return {
    summary: (await page.locator('[data-testid="quality-summary"]').textContent()) ?? "",
    error: (await page.locator('[data-testid="import-error"]').textContent()) ?? "",
  };
}

/** The four numbers of "12 345 rader · 12 340 godkända · 5 avvisade · 1 234 ärenden". */
function counts(summary: string): { rowsIn: number; accepted: number; rejected: number; flows: number } {
  const m =
    /^([\d\s\u00a0\u202f]+) rad(?:er)? · ([\d\s\u00a0\u202f]+) godkänd[a]? · ([\d\s\u00a0\u202f]+) avvisad[e]? · ([\d\s\u00a0\u202f]+) ärenden?$/.exec(
      summary.trim(),
    );
  expect(m, summary).not.toBeNull();
  const n = (s: string) => Number(s.replace(/[\s\u00a0\u202f]/g, ""));
  return { rowsIn: n(m![1]!), accepted: n(m![2]!), rejected: n(m![3]!), flows: n(m![4]!) };
}

/** What the CLI says about the same file: `flodes validate --json` and the flows of `flodes metrics`. */
async function cli(file: string, extra: string[] = []) {
  const v = await runCli(["validate", file, "--json", ...extra], { cwd: ROOT });
  const m = await runCli(["metrics", file, "--format", "json", ...extra], { cwd: ROOT });
  const q = JSON.parse(v.stdout) as { rowsIn: number; accepted: number; rejected: number };
  const flows = (JSON.parse(m.stdout) as { summary: { flows: number } }).summary.flows;
  return { rowsIn: q.rowsIn, accepted: q.accepted, rejected: q.rejected, flows };
}

/** Chart elements in the page's main content (svg/canvas, no icons). */
const chartCount = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll("#observablehq-main svg, #observablehq-main canvas")].filter(
        (el) => !el.parentElement?.closest("svg") && el.getBoundingClientRect().width >= 60 && el.getBoundingClientRect().height >= 40,
      ).length,
  );

describe("your own file in the browser", () => {
  it.each([
    ["a CSV with broken rows", "csv"],
    ["an Excel workbook", "xlsx"],
    ["a gzipped XES log", "xesGz"],
  ] as const)("reads %s chosen through the input with the same counts as `flodes validate`", async (_what, key) => {
    const { context, page, errors } = await open("datakvalitet.html");
    const { summary, error } = await choose(page, files[key]);
    expect(error).toBe("");
    const expected = await cli(files[key]);
    expect(counts(summary)).toEqual(expected);
    // The Datakvalitet page shows that file's report (not the pilot's files).
    await page.waitForFunction(
      (name) => document.querySelector("#observablehq-main")?.textContent?.includes(name),
      files[key].split("/").pop()!,
      { timeout: 30_000 },
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sends no request after the page has loaded, draws every chart of Flöde, and stores nothing", async () => {
    const { context, page, errors } = await open("flode.html");
    const requests: string[] = [];
    await context.route("**/*", (route) => {
      requests.push(route.request().url());
      return route.continue();
    });
    page.on("request", (r) => requests.push(r.url()));
    const { summary } = await choose(page, files.second);
    expect(counts(summary)).toEqual(await cli(files.second));
    await page.waitForFunction(
      () => document.querySelector("svg.flodes-value-stream") && document.querySelector("svg.flodes-process-map"),
      null,
      { timeout: 30_000 },
    );
    await expect.poll(() => chartCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    expect(requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDb: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, indexedDb: 0, caches: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("refuses a file with personnummer as the CLI does, with the import's message, and the number never reaches the page", async () => {
    const { context, page } = await open("flode.html");
    const { summary, error } = await choose(page, files.personnummer);
    expect(summary).toBe("");
    // The CLI refuses the file too; the page gives the import's own message (as `importFile` does in Node).
    const cliRun = await runCli(["validate", files.personnummer], { cwd: ROOT });
    expect(cliRun.code).toBe(2);
    expect(cliRun.stderr).toContain("personnummer");
    const refusal = await importFile(files.personnummer, { file: "med-personnummer.csv" }).catch((e: unknown) => e as ImportError);
    expect(refusal).toBeInstanceOf(ImportError);
    expect(error.startsWith((refusal as ImportError).messageSv)).toBe(true);
    // Also the mapping dialog's preview of the first rows hides it.
    await page.getByText("Inställningar för din fil").click();
    await page.getByTestId("open-mapping").click();
    await page.waitForSelector(".mapping-dialog table");
    const html = await page.evaluate(() => document.documentElement.outerHTML + document.body.textContent);
    for (const form of [PNR, PNR.replace("-", ""), PNR.slice(2), PNR.slice(2).replace("-", "")]) expect(html).not.toContain(form);
    expect(html).toContain("(personnummer dolt)");
    await context.close();
  });

  it("replaces every chart when another file is chosen", async () => {
    const { context, page } = await open("flode.html");
    await choose(page, files.first);
    await expect.poll(() => chartCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    const charts = () =>
      page.evaluate(() =>
        [
          ...document.querySelectorAll(
            "#observablehq-main .card svg.flodes-value-stream, #observablehq-main .card svg.flodes-process-map, #observablehq-main .card .chart svg",
          ),
        ].map((s) => s.outerHTML),
      );
    const cards = () => page.locator(".headline .big").allTextContents();
    const before = { charts: await charts(), cards: await cards() };
    await choose(page, files.second);
    await expect.poll(async () => (await cards()).join("|"), { timeout: 30_000 }).not.toBe(before.cards.join("|"));
    await expect
      .poll(
        async () => {
          const now = await charts();
          return now.length >= before.charts.length && now.every((svg) => !before.charts.includes(svg));
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await context.close();
  });

  it("rescues a file with unusual column names through the mapping dialog, and saves the mapping as JSON", async () => {
    const { context, page } = await open("egen-analys.html");
    const { error } = await choose(page, files.unusual);
    expect(error).toMatch(/kolumn/i);
    const dialog = page.locator("dialog.mapping-dialog");
    await dialog.waitFor({ state: "visible", timeout: 30_000 });
    await dialog.locator("table").waitFor();
    for (const [field, column] of [
      ["flow", "Remissnr"],
      ["step", "Moment"],
      ["start", "Påbörjad"],
      ["end", "Avslutad"],
    ]) {
      await dialog.locator(`select[data-field="${field}"]`).selectOption(column!);
    }
    const download = page.waitForEvent("download");
    await dialog.getByText("Spara mappningen …").click();
    const saved = JSON.parse(readFileSync(await (await download).path(), "utf8"));
    expect(saved).toMatchObject({
      format: "flodes-kolumnmappning",
      mapping: { flow: "Remissnr", step: "Moment", start: "Påbörjad", end: "Avslutad" },
    });
    await dialog.getByText("Läs filen med de här kolumnerna").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="quality-summary"]')?.textContent, null, { timeout: 30_000 });
    const summary = (await page.locator('[data-testid="quality-summary"]').textContent()) ?? "";
    expect(counts(summary)).toEqual(
      await cli(files.unusual, ["--flow-col", "Remissnr", "--step-col", "Moment", "--start-col", "Påbörjad", "--end-col", "Avslutad"]),
    );
    await context.close();
  });

  it("keeps the file while the user moves to another page, and takes tables and charts away", async () => {
    const { context, page } = await open("flode.html");
    await page.getByTestId("use-sample").click();
    await page.waitForFunction(
      () => /24 ärenden/.test(document.querySelector('[data-testid="quality-summary"]')?.textContent ?? ""),
      null,
      { timeout: 30_000 },
    );
    await page.locator("#observablehq-sidebar a", { hasText: "Slöseri" }).click();
    await page.waitForSelector('[data-testid="quality-summary"]:not(:empty)', { timeout: 30_000 });
    expect(await page.locator('[data-testid="quality-summary"]').textContent()).toMatch(
      /153 rader · 153 godkända · 0 avvisade · 24 ärenden/,
    );
    expect(await page.getByTestId("source-file").isChecked()).toBe(true);
    await expect.poll(() => chartCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    // A table as CSV for Excel: BOM, ";" between fields, decimal comma, Swedish headers.
    const csvDownload = page.waitForEvent("download");
    await page.locator(".tabell .download").first().click();
    const csv = readFileSync(await (await csvDownload).path(), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")[0]).toMatch(/^Enhet;Ärenden;/);
    // A chart as SVG and as PNG.
    const svgDownload = page.waitForEvent("download");
    await page.locator(".chart-downloads button", { hasText: "SVG" }).first().click();
    expect(readFileSync(await (await svgDownload).path(), "utf8")).toMatch(/^<svg/);
    const pngDownload = page.waitForEvent("download");
    await page.locator(".chart-downloads button", { hasText: "PNG" }).first().click();
    expect([...readFileSync(await (await pngDownload).path()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await context.close();
  });

  it("writes CSV cells that would start a formula as text", async () => {
    const { context, page } = await open("flode.html");
    await choose(page, files.unusual);
    const dialog = page.locator("dialog.mapping-dialog");
    await dialog.waitFor({ state: "visible", timeout: 30_000 });
    await dialog.locator("table").waitFor();
    for (const [field, column] of [
      ["flow", "Remissnr"],
      ["step", "Moment"],
      ["start", "Påbörjad"],
      ["end", "Avslutad"],
    ])
      await dialog.locator(`select[data-field="${field}"]`).selectOption(column!);
    await dialog.getByText("Läs filen med de här kolumnerna").click();
    await page.waitForSelector(".tabell .download", { timeout: 30_000 });
    await expect.poll(() => page.locator("#observablehq-main").textContent(), { timeout: 30_000 }).toContain("=1+1 Prioritering");
    const download = page.waitForEvent("download");
    await page.locator(".tabell .download").first().click();
    const csv = readFileSync(await (await download).path(), "utf8");
    expect(csv).toContain("'=1+1 Prioritering");
    expect(csv).not.toMatch(/(^|;)=1\+1/m);
    await context.close();
  });
});
