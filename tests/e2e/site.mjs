// Browser test of the built notebook site (notebooks/dist). Not part of vitest: run `pnpm test:e2e`
// after `pnpm site:build`. An Observable Framework build exits 0 even when a page is blank, so this checks:
// 1. no bare dynamic import (`import("d3")` etc.) is left in the built HTML/JS (it fails offline);
// 2. every page opens in headless Chromium without console errors, page errors, cell errors, failed or
//    non-2xx requests, and renders at least its expected number of charts (SVG/canvas).
// Screenshots go to artifacts/screenshots/ (git-ignored); Översikt and Flöde are copied to docs/screenshots/.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(repo, "notebooks", "dist");
const shots = join(repo, "artifacts", "screenshots");
const docsShots = join(repo, "docs", "screenshots");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Minimum number of chart elements (svg/canvas inside the page's main content, excluding icons) per page.
 * Pages not listed (added later) must still render at least one.
 */
const MIN_CHARTS = {
  index: 4,
  flode: 4,
  datakvalitet: 2,
  "egen-analys": 3,
  "om-metoden": 1,
  sloseri: 4,
  forbattring: 2,
  forbattringsportfolj: 5, // status board, expected vs realised, effect vs effort, freed capacity, efficiency matrix
  beroenden: 2, // dependency diagram + inherited vs own wait
  uppfoljning: 1, // goal trend chart; the drill-down is an HTML tree
  tillganglighet: 7, // WIP, CFD, throughput, aging WIP, lead-time curves, care-guarantee trend, backlog burn-down
};
const DEFAULT_MIN_CHARTS = 1;
const RENDER_TIMEOUT_MS = 30_000;

const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`✗ ${msg}`);
};

if (!existsSync(join(dist, "index.html"))) {
  console.error(`No build at ${relative(repo, dist)}; run \`pnpm site:build\` first.`);
  process.exit(2);
}

// 1. Bare dynamic imports.
const files = walk(dist);
const BARE_IMPORT = /import\(\s*["'`](?!\.\.?\/|\/|[a-z]+:)([^"'`]+)["'`]\s*\)/g;
for (const file of files.filter((f) => f.endsWith(".html") || (f.endsWith(".js") && !f.includes(`${sep}_node${sep}`)))) {
  const text = readFileSync(file, "utf-8");
  for (const m of text.matchAll(BARE_IMPORT)) fail(`bare dynamic import("${m[1]}") in ${relative(dist, file)}`);
}

// 2. Serve dist and open each page.
const pages = files
  .filter((f) => f.endsWith(".html") && !f.endsWith(`${sep}404.html`) && !f.includes(`${sep}_`))
  .map((f) => relative(dist, f).split(sep).join("/").replace(/\.html$/, ""))
  .sort((a, b) => (a === "index" ? -1 : b === "index" ? 1 : a.localeCompare(b)));

// Serve a snapshot, so a build started meanwhile (same working tree) cannot change pages under the test.
const snapshot = mkdtempSync(join(tmpdir(), "flodes-dist-"));
cpSync(dist, snapshot, { recursive: true });
const server = await serve(snapshot);
const base = `http://127.0.0.1:${server.address().port}`;
const userDataDir = mkdtempSync(join(tmpdir(), "flodes-e2e-"));
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  viewport: { width: 1280, height: 900 },
  colorScheme: "light",
  locale: "sv-SE",
  timezoneId: "Europe/Stockholm",
});
mkdirSync(shots, { recursive: true });
const results = [];
try {
  for (const name of pages) {
    const r = await checkPage(name, { width: 1280, shot: `${name}.png` });
    results.push(r);
    if (name === "index") results.push(await checkPage(name, { width: 420, shot: "index-420.png" }));
  }
} finally {
  await browser.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(snapshot, { recursive: true, force: true });
}

mkdirSync(docsShots, { recursive: true });
for (const [from, to] of [["index.png", "oversikt.png"], ["flode.png", "flode.png"]]) {
  if (existsSync(join(shots, from))) copyFileSync(join(shots, from), join(docsShots, to));
}

console.log("\npage            width  charts (min)  time");
for (const r of results) {
  console.log(`${r.name.padEnd(15)} ${String(r.width).padStart(5)}  ${String(r.charts).padStart(6)} (${r.min})  ${r.ms} ms`);
}
if (failures.length) {
  console.error(`\n${failures.length} failure(s).`);
  process.exit(1);
}
console.log(`\nOK: ${pages.length} pages, screenshots in ${relative(repo, shots)}/`);

async function checkPage(name, { width, shot }) {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  const where = `${name} @${width}px`;
  page.on("console", (msg) => {
    if (msg.type() === "error") fail(`${where}: console error: ${msg.text()} ${msg.location()?.url ?? ""}`);
  });
  page.on("pageerror", (err) => fail(`${where}: page error: ${err.message}`));
  page.on("requestfailed", (req) => fail(`${where}: request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on("response", (res) => {
    if (res.status() < 200 || res.status() > 299) fail(`${where}: HTTP ${res.status()} for ${res.url()}`);
  });
  const t0 = Date.now();
  await page.goto(`${base}/${name === "index" ? "" : name}`, { waitUntil: "networkidle" });
  const min = MIN_CHARTS[name] ?? DEFAULT_MIN_CHARTS;
  const count = () =>
    page.evaluate(() => {
      const main = document.querySelector("#observablehq-main") ?? document.body;
      const els = [...main.querySelectorAll("svg, canvas")].filter((el) => {
        if (el.closest("svg") !== el && el.tagName.toLowerCase() === "svg") return false; // nested svg
        const box = el.getBoundingClientRect();
        return box.width >= 60 && box.height >= 40; // ignore icons
      });
      return els.length;
    });
  let charts = await count();
  while (charts < min && Date.now() - t0 < RENDER_TIMEOUT_MS) {
    await page.waitForTimeout(250);
    charts = await count();
  }
  await page.waitForTimeout(300); // let transitions settle before the screenshot
  charts = await count();
  if (charts < min) fail(`${where}: ${charts} chart(s), expected at least ${min}`);
  const cellErrors = await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent?.trim() ?? ""));
  for (const text of cellErrors) fail(`${where}: cell error: ${text.slice(0, 300)}`);
  // The footer says it on every page; the page itself must say it too.
  const synthetic = await page.evaluate(() => /syntetisk/i.test((document.querySelector("#observablehq-main") ?? document.body).innerText));
  if (!synthetic) fail(`${where}: page does not say the data are synthetic`);
  await page.screenshot({ path: join(shots, shot), fullPage: true });
  const ms = Date.now() - t0;
  await page.close();
  return { name, width, charts, min, ms };
}

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function serve(root) {
  const types = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
  };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path.endsWith("/")) path += "index";
    let file = join(root, path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
