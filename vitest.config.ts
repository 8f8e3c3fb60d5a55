import { defineConfig } from "vitest/config";

// Tests compare wall-clock times in Sweden; the zone must be fixed before any Date is made.
process.env.TZ = "Europe/Stockholm";

// Tests run against the TypeScript sources, so no build is needed before `pnpm test`: every workspace package
// exports its `src` under the `source` condition, resolved here ahead of Vite's defaults.
const conditions = ["source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "tests/e2e/**", "tests/large/**"],
    env: { TZ: "Europe/Stockholm" },
    testTimeout: 20_000,
  },
});
