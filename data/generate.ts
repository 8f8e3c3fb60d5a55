/**
 * Generates the synthetic (syntetiska) HSV pilot data into data/pilot/ and the measurement template into
 * data/mall/. Deterministic: the same bytes on every run. Run with `pnpm data`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SEED } from "./src/config.js";
import {
  allocationsCsv,
  careGuaranteeCsv,
  eventsCsv,
  goals,
  goalsCsv,
  goalsJson,
  messyCsv,
  modelCsv,
  readme,
  settingsJson,
  templateCsv,
  toProcesses,
  unitsCsv,
  unitsJson,
} from "./src/outputs.js";
import { PROCESSES } from "./src/processes.js";
import { simulate } from "./src/simulate.js";
import {
  contextCsv,
  goalHierarchyCsv,
  goalHierarchyTemplateCsv,
  improvementsCsv,
  improvementsJson,
  improvementsTemplateCsv,
  staffingCsv,
  staffingTemplateCsv,
} from "./src/steering-outputs.js";

/** Options of {@link generateFiles}. */
export interface GenerateOptions {
  /** Multiplies all volumes; tests use a small value. __Default:__ 1 (the committed data). */
  scale?: number;
  /** __Default:__ SEED from data/src/config.ts. */
  seed?: number;
}

/**
 * All generated files as path (relative to data/) → content.
 * @example
 * const files = generateFiles({ scale: 0.05 });
 * files.get("pilot/syntetisk-handelser.csv"); // "\uFEFFärende;process;…"
 */
export function generateFiles(options: GenerateOptions = {}): Map<string, string> {
  const flows = simulate(PROCESSES, options.seed ?? SEED, { scale: options.scale ?? 1 });
  const events = eventsCsv(flows);
  const eventCount = events.split("\n").length - 2;
  const gs = goals(flows, PROCESSES);
  const diabetes = PROCESSES.find((p) => p.id === "ume-diabetes")!;
  return new Map([
    ["pilot/LÄS_MIG.md", readme(flows, eventCount)],
    ["pilot/syntetisk-handelser.csv", events],
    ["pilot/processer.json", `${JSON.stringify(toProcesses(PROCESSES), null, 2)}\n`],
    ["pilot/modell-ume-diabetes.csv", modelCsv(diabetes)],
    ["pilot/enheter.csv", unitsCsv()],
    ["pilot/enheter.json", unitsJson()],
    ["pilot/mal.csv", goalsCsv(gs)],
    ["pilot/mal.json", goalsJson(gs)],
    ["pilot/forbattringar.csv", improvementsCsv()],
    ["pilot/forbattringar.json", improvementsJson()],
    ["pilot/malhierarki.csv", goalHierarchyCsv(flows, PROCESSES)],
    ["pilot/bemanning.csv", staffingCsv(flows, PROCESSES)],
    ["pilot/kontext.csv", contextCsv()],
    ["pilot/installningar.json", settingsJson()],
    ["pilot/syntetisk-importexempel.csv", messyCsv()],
    ["pilot/vardgaranti.csv", careGuaranteeCsv()],
    ["pilot/forskjuten-vard.csv", allocationsCsv(flows)],
    ["mall/matmall.csv", templateCsv()],
    ["mall/bemanning.csv", staffingTemplateCsv()],
    ["mall/forbattringar.csv", improvementsTemplateCsv()],
    ["mall/malhierarki.csv", goalHierarchyTemplateCsv()],
  ]);
}

/** The data/ directory. */
export const DATA_DIR = dirname(fileURLToPath(import.meta.url));

function main(): void {
  const files = generateFiles();
  for (const [rel, content] of files) {
    const path = join(DATA_DIR, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    process.stdout.write(`${rel}  ${Buffer.byteLength(content)} bytes\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
