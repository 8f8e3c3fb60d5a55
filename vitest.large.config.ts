import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// Tests over generated inputs larger than memory-light unit tests should hold: run by `pnpm test:large` (and CI),
// not by `pnpm test`.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["tests/large/**/*.test.ts"], exclude: ["**/node_modules/**"], testTimeout: 600_000 },
});
