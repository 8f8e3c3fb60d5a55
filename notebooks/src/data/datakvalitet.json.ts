// Datakvalitet: the import quality report of each synthetic sample file, as @flodes/core's importFile gives it, laid
// out by @flodes/viz/pages' qualityFileReport — the same function the browser's worker runs on a user's own file.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FlodesError } from "@flodes/core";
import { importFile } from "@flodes/core/node";
import { type QualityFileReport, qualityFileReport } from "@flodes/viz/pages";
import { PILOT_DIR, TZ } from "./lib/pilot.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const FILES = [
  { path: join(PILOT_DIR, "syntetisk-handelser.csv"), name: "data/pilot/syntetisk-handelser.csv", about: "Hela pilotens händelselogg" },
  {
    path: join(PILOT_DIR, "syntetisk-importexempel.csv"),
    name: "data/pilot/syntetisk-importexempel.csv",
    about: "Avsiktligt rörig liten logg",
  },
  {
    path: join(FIXTURES, "syntetisk-livscykel.csv"),
    name: "notebooks/src/data/fixtures/syntetisk-livscykel.csv",
    about: "Liten livscykellogg (start/complete)",
  },
];

const reports: QualityFileReport[] = [];
for (const f of FILES) {
  try {
    const { quality, kind, mapping } = await importFile(f.path, { tz: TZ, file: f.name });
    reports.push(qualityFileReport(quality, { file: f.name, about: f.about, kind, mapping }));
  } catch (e) {
    if (!(e instanceof FlodesError)) throw e;
    reports.push(qualityFileReport(null, { file: f.name, about: f.about, refused: { code: e.code, message: e.sv, messageEn: e.en } }));
  }
}

process.stdout.write(JSON.stringify({ synthetic: true, files: reports }));
