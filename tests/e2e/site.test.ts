// Browser test of the built notebook site (notebooks/dist), run by `pnpm test:e2e` after `pnpm site:build`.
// An Observable Framework build exits 0 even when a page is blank, so this checks:
// 1. no bare dynamic import (`import("d3")` etc.) is left in the built HTML/JS (it fails offline);
// 2. the site works under a plain static file server (no rewrites): every sidebar link opens;
// 3. every page opens in headless Chromium at 1280 px and at 390 px without console errors, page errors, cell
//    errors, failed or non-2xx requests, renders at least its expected number of charts, and no chart collapses;
// 4. every axis tick is in the Swedish number format (no "2,000", no "0.5") and count axes have whole numbers;
// 5. Översikt's headline cards follow the period and unit filters;
// 6. no two boxes or edge labels of the process map overlap (real bounding boxes), for every process, both modes;
// 7. every page prints on A4 landscape without half-empty pages.
// Screenshots go to artifacts/screenshots/ (git-ignored); Översikt and Flöde are copied to docs/screenshots/.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../notebooks/scripts/serve.mjs";
import { CHROMIUM_ARGS } from "./chromium.js";
import { gotoQuiet } from "./quiet.mjs";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(repo, "notebooks", "dist");
const shots = join(repo, "artifacts", "screenshots");
const docsShots = join(repo, "docs", "screenshots");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Minimum number of chart elements (svg/canvas inside the page's main content, excluding icons) per page.
 * Pages not listed (added later) must still render at least one.
 */
const MIN_CHARTS: Record<string, number> = {
  index: 5,
  flode: 4,
  datakvalitet: 2,
  "egen-analys": 0, // charts appear once a file is read (tests/e2e/own-file.test.ts)
  "om-metoden": 1,
  sloseri: 5,
  forbattring: 2,
  forbattringsportfolj: 5, // status board, expected vs realised, effect vs effort, freed capacity, efficiency matrix
  beroenden: 2, // dependency diagram + inherited vs own wait
  uppfoljning: 1, // goal trend chart; the drill-down is an HTML tree
  tillganglighet: 7, // WIP, CFD, throughput, aging WIP, lead-time curves, care-guarantee trend, backlog burn-down
};
const DEFAULT_MIN_CHARTS = 1;
const RENDER_TIMEOUT_MS = 30_000;
const NARROW = 390;

/** Problems found by the current check; each test starts with none and ends expecting none. */
let failures: string[] = [];
const fail = (msg: string) => {
  failures.push(msg);
};
const expectNoFailures = () => {
  const found = failures;
  failures = [];
  expect(found).toEqual([]);
};

let snapshot: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let base: string;
let userDataDir: string;
// biome-ignore lint/suspicious/noExplicitAny: playwright's context type is not needed for these calls
let browser: any;
let pages: string[] = [];
const results: { name: string; width: number; charts: number; min: number; ticks: number; ms: number }[] = [];

describe("the built site in headless Chromium", () => {
  beforeAll(async () => {
    if (!existsSync(join(dist, "index.html"))) throw new Error(`No build at ${relative(repo, dist)}; run \`pnpm site:build\` first.`);
    // Serve a snapshot with the plain static server (no ".html" fallback), so a build started meanwhile cannot change
    // pages under the test and a link that needs a rewrite rule shows up as a 404.
    snapshot = mkdtempSync(join(tmpdir(), "flodes-dist-"));
    cpSync(dist, snapshot, { recursive: true });
    server = await serveStatic(snapshot);
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    userDataDir = mkdtempSync(join(tmpdir(), "flodes-e2e-"));
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 1280, height: 900 },
      colorScheme: "light",
      locale: "sv-SE",
      timezoneId: "Europe/Stockholm",
    });
    mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
    mkdirSync(docsShots, { recursive: true });
    for (const [from, to] of [
      ["index.png", "oversikt.png"],
      ["flode.png", "flode.png"],
    ]) {
      if (existsSync(join(shots, from))) copyFileSync(join(shots, from), join(docsShots, to));
    }
  });

  it("leaves no bare dynamic import in the built HTML and JS (it would fail offline)", () => {
    const BARE_IMPORT = /import\(\s*["'`](?!\.\.?\/|\/|[a-z]+:)([^"'`]+)["'`]\s*\)/g;
    for (const file of walk(dist).filter((f) => f.endsWith(".html") || (f.endsWith(".js") && !f.includes(`${sep}_node${sep}`)))) {
      const text = readFileSync(file, "utf-8");
      for (const m of text.matchAll(BARE_IMPORT)) fail(`bare dynamic import("${m[1]}") in ${relative(dist, file)}`);
    }
    expectNoFailures();
  });

  it("opens every sidebar link under a plain static server (links end in .html)", async () => {
    pages = await sidebarPages();
    expectNoFailures();
  });

  it("renders every page at 1280 and 390 px: no errors, its charts, none collapsed, Swedish axis ticks, says the data are synthetic", async () => {
    if (pages.length === 0) pages = await sidebarPages();
    for (const path of pages) {
      const name = path.replace(/\.html$/, "").replace(/^$/, "index");
      results.push(await checkPage(name, path, { width: 1280, shot: `${name}.png` }));
      results.push(await checkPage(name, path, { width: NARROW, shot: `${name}-${NARROW}.png` }));
    }
    expect(results.length).toBe(2 * pages.length);
    expectNoFailures();
  });

  it("changes Översikt's headline cards with the period and with the units", async () => {
    await checkHeadlineCards();
    expectNoFailures();
  });

  it("draws process maps without overlapping boxes or labels, for every process in both modes", async () => {
    await checkProcessMaps();
    expectNoFailures();
  });

  it("prints every page on A4 landscape without half-empty pages", async () => {
    if (pages.length === 0) pages = await sidebarPages();
    await checkPrint(pages);
    expectNoFailures();
  });
});

/** The sidebar's links from the start page, resolved as a browser would, each checked for HTTP 200. */
async function sidebarPages() {
  const page = await browser.newPage();
  const res = await page.goto(`${base}/`, { waitUntil: "domcontentloaded" });
  if (res?.status() !== 200) fail(`start page: HTTP ${res?.status()}`);
  const hrefs = await page.$$eval("#observablehq-sidebar a[href]", (as) => as.map((a) => a.href));
  await page.close();
  const paths: string[] = [];
  for (const href of [...new Set(hrefs)]) {
    const url = new URL(href);
    if (url.origin !== base) continue;
    const r = await fetch(url);
    if (r.status !== 200) fail(`sidebar link ${url.pathname}: HTTP ${r.status} under a plain static server`);
    if (!/\.html$/.test(url.pathname)) fail(`sidebar link ${url.pathname} does not end in .html (needs a rewrite rule)`);
    paths.push(url.pathname.replace(/^\//, ""));
  }
  if (paths.length < 9) fail(`only ${paths.length} sidebar links found`);
  return paths;
}

async function openPage(path, width) {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  const where = `${path || "index.html"} @${width}px`;
  page.on("console", (msg) => {
    if (msg.type() === "error") fail(`${where}: console error: ${msg.text()} ${msg.location()?.url ?? ""}`);
  });
  page.on("pageerror", (err) => fail(`${where}: page error: ${err.message}`));
  page.on("requestfailed", (req) => fail(`${where}: request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on("response", (res) => {
    if (res.status() < 200 || res.status() > 299) fail(`${where}: HTTP ${res.status()} for ${res.url()}`);
  });
  await gotoQuiet(page, `${base}/${path}`);
  return { page, where };
}

async function countCharts(page) {
  return page.evaluate(() => {
    const main = document.querySelector("#observablehq-main") ?? document.body;
    return [...main.querySelectorAll("svg, canvas")].filter((el) => {
      if (el.tagName.toLowerCase() === "svg" && el.parentElement?.closest("svg")) return false; // nested svg
      const box = el.getBoundingClientRect();
      return box.width >= 60 && box.height >= 40; // ignore icons
    }).length;
  });
}

async function checkPage(name, path, { width, shot }) {
  const t0 = Date.now();
  const { page, where } = await openPage(path, width);
  const min = MIN_CHARTS[name] ?? DEFAULT_MIN_CHARTS;
  let charts = await countCharts(page);
  while (charts < min && Date.now() - t0 < RENDER_TIMEOUT_MS) {
    await page.waitForTimeout(250);
    charts = await countCharts(page);
  }
  await page.waitForTimeout(400); // let transitions settle before the screenshot
  charts = await countCharts(page);
  if (charts < min) fail(`${where}: ${charts} chart(s), expected at least ${min}`);
  const cellErrors = await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent?.trim() ?? ""));
  for (const text of cellErrors) fail(`${where}: cell error: ${text.slice(0, 300)}`);
  const synthetic = await page.evaluate(() =>
    /syntetisk/i.test((document.querySelector("#observablehq-main") ?? document.body).textContent),
  );
  if (!synthetic) fail(`${where}: page does not say the data are synthetic`);
  const english = await page.evaluate(() => /No results\.|Körschem/i.test(document.body.textContent));
  if (english) fail(`${where}: English or wrong wording ("No results." / "Körschema") on the page`);
  // 3. No chart collapses: every chart in a card keeps a usable size, also on a phone.
  const collapsed = await page.evaluate(() =>
    [...document.querySelectorAll("#observablehq-main .card")].flatMap((card) =>
      [...card.querySelectorAll(".chart, svg.flodes-value-stream, svg.flodes-process-map")]
        .filter((el) => {
          if (el.closest(".chart") && el.tagName.toLowerCase() === "svg") return false;
          const b = el.getBoundingClientRect();
          return b.width < 150 || b.height < 40;
        })
        .map(
          (el) =>
            `${el.className?.baseVal ?? el.className} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`,
        ),
    ),
  );
  for (const c of collapsed) fail(`${where}: a chart collapsed: ${c}`);
  // A Vega chart can keep its size while its plot area shrinks to nothing (labels and title eat the width): the plot
  // area of every view — the root frame of a single view, each cell of a concatenated one — keeps at least 60 px.
  const thinPlots = await page.evaluate(() =>
    [...document.querySelectorAll("#observablehq-main .chart svg")].flatMap((svg) => {
      const root = svg.querySelector("g.role-frame.root");
      if (!root) return [];
      const cells = [...root.querySelectorAll('g.role-scope[class*="concat_"][class$="_group"]')];
      const views = cells.length > 0 ? cells : [root];
      return views
        .map((g) => /^M0,0h([-\d.]+)v([-\d.]+)/.exec(g.querySelector(":scope > g > path.background")?.getAttribute("d") ?? ""))
        .filter((m) => m && Number(m[1]) < 60)
        .map((m) => `${svg.closest("[aria-label]")?.getAttribute("aria-label")?.slice(0, 60) ?? "chart"}: plot ${m[1]} px wide`);
    }),
  );
  for (const t of thinPlots) fail(`${where}: a chart's plot area collapsed: ${t}`);
  // 4. Swedish numbers on every axis, whole numbers on count axes.
  const ticks = await axisTicks(page);
  for (const t of ticks) {
    if (/\d,\d{3}(?!\d)/.test(t.text)) fail(`${where}: axis tick "${t.text}" (${t.axis}) has an English thousands separator`);
    if (/\d\.\d/.test(t.text)) fail(`${where}: axis tick "${t.text}" (${t.axis}) has a decimal point`);
    if (/antal/i.test(t.axis) && /\d,\d/.test(t.text)) fail(`${where}: count axis "${t.axis}" has a fractional tick "${t.text}"`);
  }
  await page.screenshot({ path: join(shots, shot), fullPage: true });
  const ms = Date.now() - t0;
  await page.close();
  return { name, width, charts, min, ticks: ticks.length, ms };
}

/** Tick labels of every Vega and Plot axis on the page, with the axis title. */
async function axisTicks(page) {
  return page.evaluate(() => {
    const out: { axis: string; text: string }[] = [];
    for (const axis of document.querySelectorAll("g.role-axis")) {
      const title = axis.querySelector(".role-axis-title text")?.textContent ?? axis.getAttribute("aria-label") ?? "";
      for (const t of axis.querySelectorAll(".role-axis-label text")) out.push({ axis: title, text: t.textContent ?? "" });
    }
    for (const g of document.querySelectorAll('g[aria-label$="tick label"]')) {
      const label = g.getAttribute("aria-label") ?? "";
      const svg = g.closest("svg");
      const title = [...(svg?.querySelectorAll('g[aria-label$="axis label"] text') ?? [])].map((t) => t.textContent).join(" ");
      for (const t of g.querySelectorAll("text")) out.push({ axis: `${label} ${title}`, text: t.textContent ?? "" });
    }
    return out;
  });
}

/** 5. Översikt: the four headline cards change with the period and with the units chosen. */
async function checkHeadlineCards() {
  const { page, where } = await openPage("index.html", 1280);
  const cards = () => page.$$eval(".headline .big", (els) => els.map((e) => e.textContent));
  await page.waitForSelector("#kort-arenden");
  const all = await cards();
  await page.getByRole("radio", { name: "Baslinje (jan–jun 2025)" }).check();
  await page
    .waitForFunction((before) => document.querySelector("#kort-arenden")?.textContent !== before, all[0], { timeout: 10_000 })
    .catch(() => undefined);
  const baseline = await cards();
  if (JSON.stringify(all) === JSON.stringify(baseline))
    fail(`${where}: the headline cards did not change with the period (${all.join(" | ")})`);
  await page.getByRole("checkbox", { name: "Tandvård" }).uncheck();
  await page
    .waitForFunction((before) => document.querySelector("#kort-arenden")?.textContent !== before, baseline[0], { timeout: 10_000 })
    .catch(() => undefined);
  const fewer = await cards();
  if (JSON.stringify(fewer) === JSON.stringify(baseline))
    fail(`${where}: the headline cards did not change with the units (${fewer.join(" | ")})`);
  await page.close();
}

/** 6. Process maps: no two boxes (steps, edge labels) overlap, measured in the browser, for every process and mode. */
async function checkProcessMaps() {
  const dataFile = readdirSync(join(snapshot, "_file", "data")).find((f) => /^flode\..*\.json$/.test(f));
  const { processes } = JSON.parse(readFileSync(join(snapshot, "_file", "data", dataFile), "utf-8"));
  let maps = 0;
  for (const p of processes) {
    const { page, where } = await openPage(`flode.html?enhet=${encodeURIComponent(p.unitId)}&process=${encodeURIComponent(p.id)}`, 1280);
    for (const mode of ["Frekvens (antal ärenden)", "Väntan (tid)"]) {
      await page.getByRole("radio", { name: mode }).check();
      await page.waitForSelector("svg.flodes-process-map g.node", { timeout: RENDER_TIMEOUT_MS });
      await page.waitForTimeout(200);
      const overlaps = await page.evaluate(() => {
        const svg = document.querySelector("svg.flodes-process-map");
        const boxes = [...svg.querySelectorAll("g.node > rect:first-of-type, g.edge-label > rect, g.node text, g.edge-label text")].map(
          (el) => {
            const b = el.getBoundingClientRect();
            const g = el.closest("g.node, g.edge-label");
            return {
              id: `${g.getAttribute("class")} ${g.getAttribute("data-step") ?? `${g.getAttribute("data-from")}→${g.getAttribute("data-to")}`}`,
              g,
              b,
            };
          },
        );
        const bad: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i].b;
            const c = boxes[j].b;
            if (boxes[i].g === boxes[j].g) continue; // a box and its own text
            if (a.left < c.right - 0.5 && c.left < a.right - 0.5 && a.top < c.bottom - 0.5 && c.top < a.bottom - 0.5)
              bad.push(`${boxes[i].id} × ${boxes[j].id}`);
          }
        }
        // Text must stay inside its own box.
        for (const g of svg.querySelectorAll("g.node, g.edge-label")) {
          const r = g.querySelector("rect").getBoundingClientRect();
          for (const t of g.querySelectorAll("text")) {
            const b = t.getBoundingClientRect();
            if (b.right > r.right + 1 || b.left < r.left - 1) bad.push(`text "${t.textContent}" sticks out of its box`);
          }
        }
        return [...new Set(bad)];
      });
      for (const o of overlaps) fail(`${where} (${mode}): process map overlap: ${o}`);
      maps++;
    }
    await page.close();
  }
  expect(maps).toBe(2 * processes.length);
}

/** 7. A4 landscape print: no page left half empty by a block that would not fit (pages ≤ content ÷ page + 1). */
async function checkPrint(paths) {
  for (const path of paths) {
    const { page, where } = await openPage(path, 1032);
    await page.waitForTimeout(1500);
    await page.emulateMedia({ media: "print" });
    await page.waitForTimeout(300);
    // A4 landscape, 12 mm margins: 273 × 186 mm printable = 1032 × 703 px at 96 dpi.
    const height = await page.evaluate(
      () => (document.querySelector("#observablehq-center") ?? document.body).getBoundingClientRect().height,
    );
    const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true });
    const pagesInPdf = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const expected = Math.ceil(height / 703);
    if (pagesInPdf > expected + 1) fail(`${where}: prints on ${pagesInPdf} A4 pages for ${expected} pages of content (half-empty pages)`);
    await page.close();
  }
}

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
