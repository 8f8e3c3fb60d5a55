// Opening a page and waiting until its network is quiet. Playwright's "networkidle" never comes on pages that start
// the site's SharedWorker (Chromium reports the worker script's request to the page but never its end), so the
// quiet is measured here, leaving that one request out.

const WORKER_SCRIPT = /\/_file\/data\/flodes-worker\.[^/]*js/;

/**
 * Navigates `page` to `url` and resolves when no request (other than the worker script) has been in flight for
 * `quietMs`, or after `timeoutMs`.
 * @param {import("playwright-core").Page} page
 * @param {string} url
 * @param {{quietMs?: number, timeoutMs?: number}} [options]
 */
export async function gotoQuiet(page, url, { quietMs = 500, timeoutMs = 30_000 } = {}) {
  const inflight = new Set();
  const track = (r) => {
    if (!WORKER_SCRIPT.test(r.url())) inflight.add(r);
  };
  const done = (r) => inflight.delete(r);
  page.on("request", track);
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  try {
    const response = await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
    const t0 = Date.now();
    let quietSince = Date.now();
    while (Date.now() - t0 < timeoutMs) {
      if (inflight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) break;
      await page.waitForTimeout(50);
    }
    return response;
  } finally {
    page.off("request", track);
    page.off("requestfinished", done);
    page.off("requestfailed", done);
  }
}
