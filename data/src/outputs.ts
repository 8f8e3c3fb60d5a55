import { type Goal, type GoalMetric, monthsOf, type Process, parseBaselinePeriod, type Step, WASTE_LABEL_SV } from "@flodes/core";
import { formatWall } from "./calendar.js";
import { BASELINE_PERIOD, GOAL_DEADLINE, PERIODS, SEED, WARMUP } from "./config.js";
import { flowStats, median } from "./flow-stats.js";
import { PILOT_UNITS, UNITS } from "./org.js";
import { PROCESSES } from "./processes.js";
import { allocationRows, careGuaranteeRows, queueReadmeLines, withEndSteps } from "./queues.js";
import type { SimFlow } from "./simulate.js";
import type { ProcessSpec } from "./spec.js";

const BOM = "\uFEFF";
/** The marker value of the `källa` column. */
export const SOURCE_MARK = "syntetisk";

/** Rows as a `;` CSV with BOM; refuses a field holding the separator (no quoting in the pilot files). */
export function csv(rows: readonly (readonly (string | number)[])[]): string {
  for (const r of rows) for (const v of r) if (String(v).includes(";")) throw new Error(`csv: field contains the separator: ${v}`);
  return `${BOM}${rows.map((r) => r.join(";")).join("\n")}\n`;
}
const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
const decimalComma = (x: number) => String(x).replace(".", ",");
const sv = (x: number, digits: number) => x.toFixed(digits).replace(".", ",");

/** `Process[]` for processer.json. */
export function toProcesses(specs: readonly ProcessSpec[]): Process[] {
  return specs.map((s) => {
    const steps: Step[] = s.steps.map((st) => {
      const step: Step = { id: st.name, name: st.name, category: st.category };
      if (st.wasteType) step.wasteType = st.wasteType;
      step.role = st.role;
      step.hourlyCostSek = s.hourlyCostSek[st.role];
      return step;
    });
    const p: Process = { id: s.id, name: s.name, unit: s.unit, steps };
    const deps = s.steps
      .filter((st) => st.waitsOn)
      .map((st) => ({ step: st.name, upstreamProcess: st.waitsOn!.process, linkColumn: "länk" }));
    if (deps.length) p.dependencies = deps;
    return withEndSteps(p);
  });
}

/** All flows' events, one file, sorted by flow start then event start. */
export function eventsCsv(flows: readonly SimFlow[]): string {
  const sorted = flows
    .map((f) => ({ f, t: Math.min(...f.events.map((e) => e.startWall)) }))
    .sort((a, b) => a.t - b.t || (a.f.id < b.f.id ? -1 : 1));
  const rows: string[][] = [["ärende", "process", "enhet", "steg", "start", "slut", "roll", "kategori", "länk", "källa"]];
  for (const { f } of sorted) {
    const evs = f.events.map((e, i) => ({ e, i })).sort((a, b) => a.e.startWall - b.e.startWall || a.e.endWall - b.e.endWall || a.i - b.i);
    for (const { e } of evs) {
      rows.push([f.id, f.process, f.unit, e.step, formatWall(e.startWall), formatWall(e.endWall), e.role, e.category, f.link, SOURCE_MARK]);
    }
  }
  return csv(rows);
}

/** One process model as a CSV table for the docs. */
export function modelCsv(spec: ProcessSpec): string {
  const rows: (string | number)[][] = [["steg", "kategori", "slöseri", "roll", "timkostnad", "källa"]];
  for (const st of spec.steps) {
    rows.push([st.name, st.category, st.wasteType ? WASTE_LABEL_SV[st.wasteType] : "", st.role, spec.hourlyCostSek[st.role], SOURCE_MARK]);
  }
  return csv(rows);
}

export function unitsCsv(): string {
  return csv([["id", "namn", "nivå", "förälder", "källa"], ...UNITS.map((u) => [u.id, u.name, u.level, u.parent ?? "", SOURCE_MARK])]);
}

export function unitsJson(): string {
  return json(UNITS);
}

const DAY = 86_400_000;

/** The months of BASELINE_PERIOD ("2025-01..2025-06"), inclusive. */
function baselineMonths(): Set<string> {
  return new Set(monthsOf(parseBaselinePeriod(BASELINE_PERIOD)));
}

/** The day after the baseline period: goals draw their straight line from baseline to target from here. */
const GOAL_LINE_START = "2025-07-01";

/**
 * Målbild goals per pilot unit, with baselines computed as flodes computes them (calendar time): from the flows
 * completed in the baseline period (completion month = month of the last end, local time), medians from the flows,
 * shares as ratios of sums.
 */
export function goals(flows: readonly SimFlow[], specs: readonly ProcessSpec[]): { goal: Goal; text: string }[] {
  const cost = new Map(specs.map((s) => [s.id, s.hourlyCostSek]));
  const months = baselineMonths();
  const out: { goal: Goal; text: string }[] = [];
  const add = (unit: string, metric: GoalMetric, baseline: number, target: number, text: string) =>
    out.push({ goal: { unit, metric, baseline, target, deadline: GOAL_DEADLINE, baselineDate: GOAL_LINE_START }, text });
  for (const unit of PILOT_UNITS) {
    const st = flows
      .filter((f) => f.unit === unit)
      .map((f) => flowStats(f, (r) => cost.get(f.process)?.[r] ?? 0))
      .filter((s) => months.has(s.completionMonth));
    const lead = Math.round(median(st.map((s) => s.leadTimeMs)));
    const wait = Math.round(median(st.map((s) => s.waitMs)));
    const leadSum = st.reduce((a, s) => a + s.leadTimeMs, 0);
    const fe = st.reduce((a, s) => a + s.vaMs, 0) / leadSum;
    const costSek = Math.round(st.reduce((a, s) => a + s.nvaCostSek, 0));
    const nvaWork = st.reduce((a, s) => a + s.nvaTouchMs, 0) / st.reduce((a, s) => a + s.touchMs, 0);
    const leadTarget = Math.round((lead * 0.7) / DAY) * DAY;
    add(unit, "leadTimeMedianMs", lead, leadTarget, `Median ledtid ${sv(lead / DAY, 1)} dagar → ${leadTarget / DAY} dagar (−30 %)`);
    const waitTarget = Math.round((wait * 0.6) / DAY) * DAY;
    add(unit, "waitMedianMs", wait, waitTarget, `Median väntetid ${sv(wait / DAY, 1)} dagar → ${waitTarget / DAY} dagar (−40 %)`);
    const feR = Math.round(fe * 100000) / 100000;
    const feTarget = Math.round(fe * 1.5 * 10000) / 10000;
    add(unit, "flowEfficiency", feR, feTarget, `Flödeseffektivitet (Σ VA ÷ Σ ledtid) ${sv(feR * 100, 3)} % → ${sv(feTarget * 100, 2)} %`);
    const nvaR = Math.round(nvaWork * 1000) / 1000;
    const nvaTarget = Math.round(nvaWork * 0.7 * 100) / 100;
    add(
      unit,
      "nvaWorkShare",
      nvaR,
      nvaTarget,
      `Slöseri som andel av arbetad tid ${sv(nvaR * 100, 1)} % → ${sv(nvaTarget * 100, 0)} % (−30 %)`,
    );
    const costTarget = Math.round((costSek * 0.5) / 1000) * 1000;
    add(
      unit,
      "costOfWasteSek",
      costSek,
      costTarget,
      `Kostnad för slöseri (NVA-arbete) per halvår ${costSek} kr → ${costTarget} kr (−50 %)`,
    );
  }
  return out;
}

/** The pilot's settings, shared by the site, the goals and the report: baseline period, zone, working week. */
export function settingsJson(): string {
  return json({
    baslinje: BASELINE_PERIOD,
    tidszon: "Europe/Stockholm",
    arbetstid: "mån-fre 07:30-16:30",
    pilotenheter: PILOT_UNITS,
    syntetiska: true,
    beskrivning:
      "Inställningar för den syntetiska piloten: baslinjeperioden som allt jämförs med (webbplatsen, målen, månadsrapporten med --baseline) och pilotens sex enheter i pilotens ordning.",
  });
}

export function goalsCsv(gs: ReturnType<typeof goals>): string {
  return csv([
    ["enhet", "mått", "baslinje", "mål", "datum", "baslinjedatum", "beskrivning"],
    ...gs.map(({ goal: g, text }) => [
      g.unit,
      g.metric,
      decimalComma(g.baseline),
      decimalComma(g.target),
      g.deadline,
      g.baselineDate ?? "",
      `${text} (syntetiska data)`,
    ]),
  ]);
}

export function goalsJson(gs: ReturnType<typeof goals>): string {
  return json(gs.map((g) => g.goal));
}

/** A small, deliberately messy log for the Datakvalitet page. Each bad row is explained in LÄS_MIG.md. */
export function messyCsv(): string {
  const h = ["ärende", "steg", "start", "slut", "enhet", "roll", "kategori", "källa"];
  const ok = (id: string, step: string, s: string, e: string, role: string, cat: string) => [
    id,
    step,
    s,
    e,
    "narsjukvard-umea",
    role,
    cat,
    SOURCE_MARK,
  ];
  const rows: string[][] = [
    h,
    ok("X-001", "Kontakt via 1177", "2025-03-03 08:02", "2025-03-03 08:06", "Sjuksköterska", "NNVA"),
    ok("X-001", "Triagering", "2025-03-03 10:15", "2025-03-03 10:24", "Sjuksköterska", "NNVA"),
    ok("X-001", "Besök", "2025-03-10 09:00", "2025-03-10 09:25", "Läkare", "VA"),
    ok("X-001", "Återkoppling", "2025-03-12 13:40", "2025-03-12 13:48", "Sjuksköterska", "VA"),
    ok("X-002", "Kontakt via 1177", "2025-03-04 07:45", "2025-03-04 07:49", "Sjuksköterska", "NNVA"),
    // end before start
    ok("X-002", "Triagering", "2025-03-04 11:30", "2025-03-04 11:10", "Sjuksköterska", "NNVA"),
    ok("X-002", "Besök", "2025-03-11 14:15", "2025-03-11 14:40", "Läkare", "VA"),
    // unparseable times
    ok("X-003", "Kontakt via 1177", "2025-03-05 kl 8", "2025-03-05 08:20", "Sjuksköterska", "NNVA"),
    ok("X-003", "Triagering", "2025-02-30 09:00", "2025-02-30 09:10", "Sjuksköterska", "NNVA"),
    ok("X-003", "Besök", "2025-03-12 10:00", "2025-03-12 10:25", "Läkare", "VA"),
    // exact duplicate of the row above
    ok("X-003", "Besök", "2025-03-12 10:00", "2025-03-12 10:25", "Läkare", "VA"),
    // missing flow id and missing step
    ok("", "Besök", "2025-03-13 09:00", "2025-03-13 09:20", "Läkare", "VA"),
    ok("X-004", "", "2025-03-13 09:30", "2025-03-13 09:40", "Sjuksköterska", "NNVA"),
    // missing end time
    ok("X-004", "Triagering", "2025-03-13 10:00", "", "Sjuksköterska", "NNVA"),
    // unknown category
    ok("X-004", "Besök", "2025-03-20 08:30", "2025-03-20 08:55", "Läkare", "VAA"),
    // wall-clock times in the DST gap (spring) and in the repeated hour (autumn)
    ok("X-005", "Provsvar", "2025-03-30 02:30", "2025-03-30 02:35", "Läkare", "NNVA"),
    ok("X-006", "Provsvar", "2025-10-26 02:30", "2025-10-26 02:35", "Läkare", "NNVA"),
    // wrong number of fields
    ["X-007", "Besök", "2025-04-02 09:00"],
    ok("X-007", "Återkoppling", "2025-04-03 13:00", "2025-04-03 13:06", "Sjuksköterska", "VA"),
  ];
  return csv(rows);
}

/** The measurement template: Swedish headers and one example row (matching the importer's column names). */
export function templateCsv(): string {
  return csv([
    ["ärende", "steg", "start", "slut", "enhet", "roll", "kategori", "kommentar"],
    [
      "EX-0001",
      "Bedömning av remiss",
      "2025-09-02 08:40",
      "2025-09-02 08:46",
      "Närsjukvård Umeå",
      "Läkare",
      "NNVA",
      "Exempelrad – ta bort före mätning",
    ],
  ]);
}

/** vardgaranti.csv: care-guarantee rules with the pilot's step names. */
export function careGuaranteeCsv(): string {
  return csv(careGuaranteeRows(SOURCE_MARK));
}

/** forskjuten-vard.csv: allocations for postponed care per pilot unit (synthetic context). */
export function allocationsCsv(flows: readonly SimFlow[]): string {
  return csv(allocationRows(flows, SOURCE_MARK));
}

/** LÄS_MIG.md for data/pilot. */
export function readme(flows: readonly SimFlow[], eventCount: number): string {
  const byUnit = new Map<string, number>();
  for (const f of flows) byUnit.set(f.unit, (byUnit.get(f.unit) ?? 0) + 1);
  const lines = [
    "# SYNTETISKA DATA — inte verkliga patienter",
    "",
    "Alla filer i den här mappen är **syntetiska** (påhittade) exempeldata för HSV-målbildspiloten i",
    `Region Västerbotten. De är framtagna av ett program med slumptalsfrö (seed ${SEED}) och innehåller inga`,
    'verkliga patienter, personer eller personnummer. Ange alltid "syntetiska data" när siffrorna visas.',
    "",
    "Genereras med `pnpm data` (samma innehåll varje gång). Ändra inte filerna för hand — ett test jämför dem",
    "med en ny körning.",
    "",
    `Totalt ${flows.length} ärenden och ${eventCount} händelser. Ärendena startar ${WARMUP.from}–${PERIODS.improvement.to}:`,
    "de som startar hösten 2024 finns med så att ärenden som avslutas tidigt 2025 är lika långa som i verkligheten,",
    "och ärenden som startar i december 2025 avslutas under 2026. Ett ärende räknas till den månad det",
    `avslutas (sista händelsens slut); baslinjen är ärenden som avslutas ${BASELINE_PERIOD} (se installningar.json).`,
    "",
    "| enhet | ärenden |",
    "|---|---|",
    ...UNITS.filter((u) => byUnit.has(u.id)).map((u) => `| ${u.name} | ${byUnit.get(u.id)} |`),
    "",
    "## Processer",
    "| process | namn | enhet |",
    "|---|---|---|",
    ...PROCESSES.map((p) => `| ${p.id} | ${p.name} | ${UNITS.find((u) => u.id === p.unit)?.name ?? p.unit} |`),
    "",
    "## Berättelsen i data",
    `- ${PERIODS.baseline.label}: en stor del av ledtiden är väntan mellan stegen (köer, väntan på svar), och omkring`,
    "  en tredjedel av personalens arbetstid i ärendena är slöseri: dubbeldokumentation, leta provsvar och",
    "  journaluppgifter, jaga uppgifter per telefon, ombokningar och omarbete.",
    `- ${PERIODS.improvement.label}: förbättringsarbete startar (se forbattringar.csv). Vissa enheter`,
    "  förbättras tydligt, någon knappt alls och Länssjukvårdsområde 2 försämras.",
    "- Närsjukvård Umeås diabetesutredning väntar på Laboratoriemedicin (provanalys) och Länssjukvårdsområde 1",
    "  och 2 väntar på röntgensvar från Bild- och funktionsmedicin; kolumnen `länk` kopplar ihop ärendena.",
    "  Några ärenden saknar medvetet koppling (prov till externt laboratorium, ej registrerad beställning).",
    "- Arbete sker vardagar 07:30–16:30, aldrig på helgdagar; väntan löper över nätter, helger och",
    "  sommartidsomställningarna (30 mars och 26 oktober 2025).",
    "",
    "## Filer",
    "- `syntetisk-handelser.csv` — alla händelser: ärende;process;enhet;steg;start;slut;roll;kategori;länk;källa",
    "- `processer.json` — processmodeller (steg, kategori VA/NNVA/NVA, slöseri, roll, timkostnad, beroenden)",
    "- `modell-ume-diabetes.csv` — en processmodell som tabell",
    "- `enheter.csv`/`enheter.json` — organisationen enhet → verksamhetsområde → förvaltning → region",
    "- `mal.csv`/`mal.json` — målbildens mål per enhet (baslinje beräknad på syntetiska data)",
    "- `installningar.json` — baslinjeperiod, tidszon, arbetstid och pilotenheterna som webbplatsen, målen och rapporten delar",
    "- `forbattringar.csv`/`forbattringar.json` — vad som ändrades och när",
    "- `syntetisk-importexempel.csv` — liten fil med avsiktliga fel för sidan Datakvalitet:",
    "  slut före start (X-002), otolkbara tider (X-003), dubblettrad (X-003 Besök), saknat ärende/steg,",
    "  saknad sluttid och okänd kategori (X-004), tid i sommartidens saknade timme (X-005) och i den",
    "  dubblerade hösttimmen (X-006), fel antal fält (X-007).",
    "",
    ...queueReadmeLines(),
  ];
  return lines.join("\n");
}
