// Files of the steering data (see steering.ts): the extended improvements file, the goal hierarchy, the staffing,
// the context figures, and the Swedish templates in data/mall/.
import { csv, SOURCE_MARK } from "./outputs.js";
import type { SimFlow } from "./simulate.js";
import type { ProcessSpec } from "./spec.js";
import { BUDGET_DEVIATION_2025, goalHierarchy, type PortfolioEntry, portfolio, staffing } from "./steering.js";

const pct = (x: number | null) => (x === null ? "" : `${x < 0 ? "−" : "+"}${Math.abs(x)} %`);

const IMPROVEMENT_HEADER = [
  "id",
  "enhet",
  "process",
  "titel",
  "status",
  "startdatum",
  "prioritet",
  "stödbehov",
  "ägarroll",
  "mål",
  "effektmått",
  "förväntad_effekt",
  "insats",
  "förväntat_utfall",
  "förändring",
  "källa",
];

/** `forbattringar.csv`: the improvement portfolio (older columns kept: startdatum, förväntat_utfall, förändring). */
export function improvementsCsv(): string {
  const row = (p: PortfolioEntry) => [
    p.id,
    p.unit,
    p.process,
    p.title,
    p.status,
    p.from,
    p.priority,
    p.support,
    p.ownerRole,
    p.goal,
    p.effectMeasure,
    pct(p.expectedPct),
    p.effort,
    p.outcome,
    p.description,
    SOURCE_MARK,
  ];
  return csv([IMPROVEMENT_HEADER, ...portfolio().map(row)]);
}

const EFFECT_ID = { ledtid: "leadTime", väntetid: "wait" } as const;

/** `forbattringar.json`: the same as `Improvement[]` of @flodes/core (older readers keep unit, process, from, outcome, description). */
export function improvementsJson(): string {
  const items = portfolio().map((p) => ({
    id: p.id,
    unit: p.unit,
    ...(p.process ? { process: p.process } : {}),
    title: p.title,
    description: p.description,
    status: p.status,
    ...(p.from ? { from: p.from } : {}),
    priority: p.priority,
    ...(p.support ? { supportNeed: p.support } : {}),
    ownerRole: p.ownerRole,
    ...(p.goal ? { goal: p.goal } : {}),
    ...(p.effectMeasure && p.expectedPct !== null
      ? { expectedEffect: { measure: EFFECT_ID[p.effectMeasure], changePct: p.expectedPct } }
      : {}),
    effort: p.effort,
    ...(p.outcome ? { outcome: p.outcome } : {}),
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** `malhierarki.csv`: regionmål → fokusområde → delmål → enhetsmål, baselines as in mal.csv. */
export function goalHierarchyCsv(flows: readonly SimFlow[], specs: readonly ProcessSpec[]): string {
  return csv([
    ["id", "nivå", "förälder", "titel", "enhet", "mått", "baslinje", "målvärde", "förändring", "referens", "datum", "källa"],
    ...goalHierarchy(flows, specs).map((g) => [
      g.id,
      g.level,
      g.parent,
      g.title,
      g.unit,
      g.measure,
      g.baseline ?? "",
      "",
      pct(g.changePct),
      g.reference,
      g.deadline,
      SOURCE_MARK,
    ]),
  ]);
}

/** `bemanning.csv`: staff per unit and role in the measured flows, with hourly cost. */
export function staffingCsv(flows: readonly SimFlow[], specs: readonly ProcessSpec[]): string {
  return csv([
    ["enhet", "roll", "antal", "tjänstgöringsgrad", "timmar_per_vecka", "andel_i_flödet", "timkostnad", "från", "till", "källa"],
    ...staffing(flows, specs).map((s) => [
      s.unit,
      s.role,
      s.staff,
      `${s.ratePct} %`,
      s.hoursPerWeek,
      `${String(s.sharePct).replace(".", ",")} %`,
      s.hourlyCostSek,
      s.from,
      s.to,
      SOURCE_MARK,
    ]),
  ]);
}

/** `kontext.csv`: example budget deviations, labelled as invented. */
export function contextCsv(): string {
  const text = "Syntetiskt exempel — inte enhetens verkliga budgetutfall";
  return csv([
    ["enhet", "typ", "period", "belopp", "beskrivning", "källa"],
    ...Object.entries(BUDGET_DEVIATION_2025).map(([unit, sek]) => [unit, "budgetavvikelse", "2025", String(sek), text, SOURCE_MARK]),
  ]);
}

/** Swedish templates for data/mall/: header and example rows to replace. */
export function staffingTemplateCsv(): string {
  return csv([
    ["enhet", "roll", "antal", "tjänstgöringsgrad", "timmar_per_vecka", "andel_i_flödet", "timkostnad", "från", "till", "kommentar"],
    ["Närsjukvård Umeå", "Läkare", 4, "100 %", 40, "60 %", 1250, "", "", "Exempelrad – ta bort"],
    ["Närsjukvård Umeå", "Sjuksköterska", 6, "80 %", 40, "100 %", 620, "", "2025-08", "Exempelrad – ta bort"],
    [
      "Närsjukvård Umeå",
      "Sjuksköterska",
      5,
      "80 %",
      40,
      "100 %",
      620,
      "2025-09",
      "",
      "Exempelrad – ta bort (från september en sjuksköterska färre)",
    ],
  ]);
}

export function improvementsTemplateCsv(): string {
  return csv([
    [...IMPROVEMENT_HEADER.slice(0, 13), "förändring", "kommentar"],
    [
      "UME-1",
      "Närsjukvård Umeå",
      "ume-diabetes",
      "Provtagning vid läkarbesöket",
      "pågår",
      "2025-09-01",
      "hög",
      "Stöd med uppföljning",
      "Enhetschef",
      "EM-UME-LEDTID",
      "ledtid",
      "−30 %",
      "medel",
      "Provet tas vid besöket i stället för på separat tid",
      "Exempelrad – ta bort",
    ],
  ]);
}

export function goalHierarchyTemplateCsv(): string {
  return csv([
    ["id", "nivå", "förälder", "titel", "enhet", "mått", "baslinje", "målvärde", "förändring", "referens", "datum", "kommentar"],
    ["RP-1", "regionmål", "", "God och jämlik tillgänglighet till vård", "", "", "", "", "", "", "", "Exempelrad – ta bort"],
    ["FO-1", "fokusområde", "RP-1", "Kortare väntan genom hela vårdkedjan", "", "", "", "", "", "", "", "Exempelrad – ta bort"],
    [
      "DM-2026-1",
      "delmål",
      "FO-1",
      "Median ledtid −15 % under 2026",
      "Region Västerbotten",
      "leadTimeMedianMs",
      "",
      "",
      "−15 %",
      "2025",
      "2026-12-31",
      "Exempelrad – ta bort",
    ],
    [
      "EM-UME-1",
      "enhetsmål",
      "DM-2026-1",
      "Flödeseffektivitet 0,2 %",
      "Närsjukvård Umeå",
      "flowEfficiency",
      "0,0014",
      "0,002",
      "",
      "",
      "2026-12-31",
      "Exempelrad – ta bort",
    ],
  ]);
}
