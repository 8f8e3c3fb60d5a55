import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests compare wall-clock times in Sweden; the zone must be fixed before any Date is made.
process.env.TZ = "Europe/Stockholm";

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources, so no build is needed before `pnpm test`.
    alias: [
      { find: /^@flodes\/core\/node$/, replacement: src("core/src/node.ts") },
      { find: /^@flodes\/core$/, replacement: src("core/src/index.ts") },
      { find: /^@flodes\/viz\/pages$/, replacement: src("viz/src/pages.ts") },
      { find: /^@flodes\/viz$/, replacement: src("viz/src/index.ts") },
      { find: /^@flodes\/cli$/, replacement: src("cli/src/main.ts") },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "tests/e2e/**", "tests/large/**"],
    env: { TZ: "Europe/Stockholm" },
    testTimeout: 20_000,
  },
});
