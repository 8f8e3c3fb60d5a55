import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// Browser tests (headless Chromium at /usr/bin/chromium): run by `pnpm test:e2e`, not by `pnpm test`.
// The include list replaces the base one (mergeConfig would concatenate it). One file at a time: each drives its own
// Chromium, and two at once on two cores make the render timeouts flaky.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/e2e/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
