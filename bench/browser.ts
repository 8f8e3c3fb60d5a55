// The browser bench: a generated log (bench/generate-log.ts, written by bench/write-csv.ts) chosen through the
// Flöde page's file input in headless Chromium, read and analysed in the site's Web Worker. Measures the time from
// choosing the file to the first chart drawn with it, the worker's own read time, the peak JS heap of the worker and
// of the page, and the longest gap between the page's animation frames (the page must never freeze). Needs the
// built site (pnpm site:build) and /usr/bin/chromium.
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CDPSession, chromium } from "playwright-core";
import { prepareInput } from "./end-to-end.js";

/** One run of the browser bench. */
export interface BrowserMeasurement {
  events: number;
  csvMb: number;
  /** Choosing the file → the value stream of Flöde drawn with it (wall time). */
  firstChartMs: number;
  /** The worker's import alone (its own clock). */
  readMs: number;
  flows: number;
  /** Peak JS heap used by the worker and by the page, sampled every 100 ms. */
  peakWorkerHeapMb: number;
  peakPageHeapMb: number;
  /** Longest gap between two animation frames of the page while the worker read the file. */
  maxFrameGapMs: number;
  /** Longest gap while the page drew the charts of the file (main-thread rendering after the worker answered). */
  maxRenderGapMs: number;
  /** Peak bytes of ArrayBuffers (the log's typed columns) in the worker, beside its JS heap. */
  peakWorkerBuffersMb: number;
}

const DIST = fileURLToPath(new URL("../notebooks/dist/", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Heap in use of every worker target (shared or dedicated), through the browser's DevTools protocol. */
async function workerHeaps(cdp: CDPSession): Promise<() => Promise<{ used: number; buffers: number }>> {
  type Usage = { used: number; buffers: number };
  let id = 0;
  const waiting = new Map<number, (u: Usage) => void>();
  cdp.on("Target.receivedMessageFromTarget", (e: { message: string }) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number; backingStorageSize?: number } };
    if (msg.id !== undefined) waiting.get(msg.id)?.({ used: msg.result?.usedSize ?? 0, buffers: msg.result?.backingStorageSize ?? 0 });
  });
  const sessions = new Map<string, string>();
  return async () => {
    const { targetInfos } = (await cdp.send("Target.getTargets")) as { targetInfos: { targetId: string; type: string }[] };
    const total: Usage = { used: 0, buffers: 0 };
    for (const t of targetInfos.filter((x) => x.type === "shared_worker" || x.type === "worker")) {
      let sessionId = sessions.get(t.targetId);
      if (!sessionId) {
        ({ sessionId } = (await cdp.send("Target.attachToTarget", { targetId: t.targetId, flatten: false })) as { sessionId: string });
        sessions.set(t.targetId, sessionId);
      }
      const k = ++id;
      const usage = new Promise<Usage>((resolve) => waiting.set(k, resolve));
      await cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: k, method: "Runtime.getHeapUsage" }) });
      const u = await Promise.race([usage, new Promise<Usage>((r) => setTimeout(() => r({ used: 0, buffers: 0 }), 2000))]);
      total.used += u.used;
      total.buffers += u.buffers;
      waiting.delete(k);
    }
    return total;
  };
}

/**
 * Reads a generated log of `events` events in the site's worker (see the module comment) and measures it.
 *
 * @example
 * const m = await measureBrowser(tmpDir, 1_000_000); // m.firstChartMs, m.peakWorkerHeapMb
 */
export async function measureBrowser(dir: string, events: number): Promise<BrowserMeasurement> {
  if (!existsSync(join(DIST, "flode.html"))) throw new Error("no built site in notebooks/dist: run `pnpm site:build` first");
  const { serveStatic } = (await import(new URL("../notebooks/scripts/serve.mjs", import.meta.url).href)) as {
    serveStatic: (root: string) => Promise<{ close(): void; address(): AddressInfo | string | null }>;
  };
  const { gotoQuiet } = (await import(new URL("../tests/e2e/quiet.mjs", import.meta.url).href)) as {
    gotoQuiet: (page: unknown, url: string) => Promise<unknown>;
  };
  const input = await prepareInput(dir, events);
  const server = await serveStatic(DIST);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await gotoQuiet(page, `${base}/flode.html`);
    await page.waitForSelector('[data-testid="source-file"][disabled]', { timeout: 60_000 });
    const pageCdp = await page.context().newCDPSession(page);
    await pageCdp.send("Performance.enable");
    const workerHeap = await workerHeaps(await browser.newBrowserCDPSession());
    // The page's frame gaps: a frame callback records the longest pause between two frames.
    // (A string, not a function: tsx would wrap a function with helpers the page does not have.)
    await page.evaluate(`(() => {
      window.__maxGap = 0;
      let last = performance.now();
      const tick = (t) => { window.__maxGap = Math.max(window.__maxGap, t - last); last = t; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    let peakWorker = 0;
    let peakBuffers = 0;
    let peakPage = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const h = await workerHeap();
        peakWorker = Math.max(peakWorker, h.used);
        peakBuffers = Math.max(peakBuffers, h.buffers);
        const { metrics } = (await pageCdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
        peakPage = Math.max(peakPage, metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    // The pilot's value stream is on the page before: the first chart of the file is a new one.
    await page.evaluate('document.querySelectorAll("svg").forEach((s) => s.setAttribute("data-pilot", ""))');
    const t0 = performance.now();
    await page.locator('[data-testid="log-file"]').setInputFiles(input.csv);
    await page.waitForFunction("document.querySelector('[data-testid=\"quality-summary\"]')?.textContent", null, {
      timeout: 600_000,
      polling: 20,
    });
    const maxFrameGapMs = Math.round(
      (await page.evaluate("(() => { const g = window.__maxGap; window.__maxGap = 0; return g; })()")) as number,
    );
    await page.waitForFunction(
      'document.querySelector("body.flodes-own-file:not(.flodes-stale) svg.flodes-value-stream:not([data-pilot])")',
      null,
      { timeout: 600_000, polling: 50 },
    );
    const firstChartMs = Math.round(performance.now() - t0);
    sampling = false;
    await sampler;
    const summary = (await page.locator('[data-testid="quality-summary"]').textContent()) ?? "";
    const flows = Number(/([\d\s\u00a0\u202f]+) ärenden/.exec(summary)?.[1]?.replace(/[\s\u00a0\u202f]/g, "") ?? NaN);
    const readMs = Number(await page.locator('[data-testid="quality-summary"]').getAttribute("data-read-ms"));
    const maxRenderGapMs = Math.round((await page.evaluate("window.__maxGap")) as number);
    return {
      events,
      csvMb: Math.round(input.bytes / 1e5) / 10,
      firstChartMs,
      readMs,
      flows,
      peakWorkerHeapMb: Math.round(peakWorker / 2 ** 20),
      peakPageHeapMb: Math.round(peakPage / 2 ** 20),
      maxFrameGapMs,
      maxRenderGapMs,
      peakWorkerBuffersMb: Math.round(peakBuffers / 2 ** 20),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
