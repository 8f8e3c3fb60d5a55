// Datakvalitet: the import quality report of each synthetic sample file, as @flodes/core's importFile gives it.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ImportError, type QualityReport } from "@flodes/core";
import { importFile } from "@flodes/core/node";
import { PILOT_DIR, TZ } from "./lib/pilot.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const FILES = [
  { path: join(PILOT_DIR, "syntetisk-handelser.csv"), name: "data/pilot/syntetisk-handelser.csv", about: "Hela pilotens händelselogg" },
  { path: join(PILOT_DIR, "syntetisk-importexempel.csv"), name: "data/pilot/syntetisk-importexempel.csv", about: "Avsiktligt rörig liten logg" },
  { path: join(FIXTURES, "syntetisk-livscykel.csv"), name: "notebooks/src/data/fixtures/syntetisk-livscykel.csv", about: "Liten livscykellogg (start/complete)" },
];
const MAX_ISSUES = 50;

const reports = [];
for (const f of FILES) {
  try {
    const { quality, kind, mapping } = await importFile(f.path, { tz: TZ, file: f.name });
    reports.push({ file: f.name, about: f.about, kind, mapping, refused: null, ...summarize(quality) });
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    reports.push({ file: f.name, about: f.about, kind: null, mapping: null, refused: { code: e.code, message: e.message }, ...summarize(null) });
  }
}

function summarize(q: QualityReport | null) {
  if (!q) return { rowsIn: 0, accepted: 0, rejected: 0, unmatchedStarts: 0, unmatchedCompletes: 0, lifecycle: {}, counts: [], issues: [], issuesShown: 0, issuesTotal: 0 };
  const byCode = new Map<string, { code: string; severity: string; n: number; message: string }>();
  for (const i of q.issues) {
    const c = byCode.get(i.code);
    if (!c) byCode.set(i.code, { code: i.code, severity: i.severity, n: 1, message: i.message });
  }
  const counts = Object.entries(q.counts).map(([code, n]) => ({ ...(byCode.get(code) ?? { code, severity: "", message: "" }), n: n ?? 0 }));
  counts.sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
  const issues = q.issues.slice(0, MAX_ISSUES).map((i) => ({ row: i.row, column: i.column, code: i.code, severity: i.severity, message: i.message }));
  return {
    rowsIn: q.rowsIn,
    accepted: q.accepted,
    rejected: q.rejected,
    unmatchedStarts: q.unmatchedStarts,
    unmatchedCompletes: q.unmatchedCompletes,
    lifecycle: q.lifecycle,
    counts,
    issues,
    issuesShown: issues.length,
    issuesTotal: counts.reduce((s, c) => s + c.n, 0),
  };
}

process.stdout.write(JSON.stringify({ synthetic: true, files: reports }));
