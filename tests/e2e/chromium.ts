// The headless Chromium every browser test launches (Debian's package; `apt-get install chromium`). No network
// extras: the tests also assert that a page makes no request of its own, so Chromium must not make any either.
export const CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
