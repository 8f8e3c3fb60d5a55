// Steering data of the synthetic pilot: the improvement portfolio (status, priority, support, goal, expected effect,
// effort), the goal hierarchy from the region plan to the unit goals, the staffing of the measured flows and example
// budget deviations. All of it is invented (syntetiska data) and says so.

import { wallOfDate } from "./calendar.js";
import { CHANGES, PERIODS } from "./config.js";
import { flowStats, median } from "./flow-stats.js";
import { PILOT_UNITS, UNITS } from "./org.js";
import { goals } from "./outputs.js";
import type { SimFlow } from "./simulate.js";
import type { ProcessSpec } from "./spec.js";

/** Portfolio fields of an improvement (the generator's `Change` holds unit, process, date and description). */
export interface PortfolioEntry {
  id: string;
  unit: string;
  /** Process the change acts on; empty for ideas not tied to one measured flow. */
  process: string;
  title: string;
  description: string;
  status: "idé" | "planerad" | "pågår" | "klar" | "uppföljd";
  from: string;
  priority: "hög" | "medel" | "låg";
  support: string;
  ownerRole: string;
  goal: string;
  effectMeasure: "ledtid" | "väntetid" | "";
  expectedPct: number | null;
  effort: "liten" | "medel" | "stor";
  outcome: string;
}

const UNIT_CODE: Readonly<Record<string, string>> = {
  "narsjukvard-umea": "UME",
  "narsjukvard-skelleftea": "SKE",
  "narsjukvard-sodra-lappland": "SL",
  "lansjukvardsomrade-1": "LSO1",
  "lansjukvardsomrade-2": "LSO2",
  tandvard: "TAND",
};

/** Portfolio fields of each improvement in CHANGES, by process. */
const CHANGE_PORTFOLIO: Readonly<Record<string, Omit<PortfolioEntry, "id" | "unit" | "process" | "description" | "from" | "outcome">>> = {
  "ume-diabetes": {
    title: "Provtagning vid läkarbesöket",
    status: "uppföljd",
    priority: "hög",
    support: "",
    ownerRole: "Enhetschef",
    goal: "EM-UME-LEDTID",
    effectMeasure: "ledtid",
    expectedPct: -30,
    effort: "medel",
  },
  "ume-1177": {
    title: "Direktbokning vid triagering",
    status: "klar",
    priority: "hög",
    support: "",
    ownerRole: "Vårdenhetschef",
    goal: "EM-UME-LEDTID",
    effectMeasure: "väntetid",
    expectedPct: -40,
    effort: "liten",
  },
  "ske-1177": {
    title: "Digital triagering och tavelmöte",
    status: "pågår",
    priority: "medel",
    support: "Stöd från förbättringsledare vid tavelmötena",
    ownerRole: "Enhetschef",
    goal: "EM-SKE-LEDTID",
    effectMeasure: "ledtid",
    expectedPct: -20,
    effort: "medel",
  },
  "ske-rehab": {
    title: "Direktbokning och en journalmall",
    status: "klar",
    priority: "medel",
    support: "",
    ownerRole: "Fysioterapeut (samordnare)",
    goal: "EM-SKE-KOSTNAD",
    effectMeasure: "ledtid",
    expectedPct: -20,
    effort: "liten",
  },
  "sl-1177": {
    title: "Gemensam tidbok läkare–sjuksköterskor",
    status: "pågår",
    priority: "hög",
    support: "Bemanning: hög personalomsättning, stöd att införa gemensam tidbok",
    ownerRole: "Verksamhetschef",
    goal: "EM-SL-LEDTID",
    effectMeasure: "ledtid",
    expectedPct: -15,
    effort: "stor",
  },
  "lso1-ortopedi": {
    title: "Röntgen redan vid remissbedömning",
    status: "uppföljd",
    priority: "hög",
    support: "",
    ownerRole: "Verksamhetschef",
    goal: "EM-LSO1-LEDTID",
    effectMeasure: "ledtid",
    expectedPct: -30,
    effort: "medel",
  },
  "lso1-psykiatri": {
    title: "Gemensam bedömningsdag och SMS-påminnelse",
    status: "klar",
    priority: "medel",
    support: "",
    ownerRole: "Enhetschef",
    goal: "EM-LSO1-LEDTID",
    effectMeasure: "väntetid",
    expectedPct: -25,
    effort: "liten",
  },
  "lso2-lunga": {
    title: "Direktbokning (uppskjuten)",
    status: "pågår",
    priority: "hög",
    support: "Rekrytering: två vakanta läkartjänster, stöd med inhyrd läkare under omställningen",
    ownerRole: "Verksamhetschef",
    goal: "EM-LSO2-LEDTID",
    effectMeasure: "ledtid",
    expectedPct: -25,
    effort: "stor",
  },
  "tand-revision": {
    title: "Tandhygienist undersöker, tandläkare godkänner",
    status: "klar",
    priority: "medel",
    support: "",
    ownerRole: "Klinikchef",
    goal: "EM-TAND-KOSTNAD",
    effectMeasure: "ledtid",
    expectedPct: -20,
    effort: "medel",
  },
  "bfm-rontgen": {
    title: "Byte av datortomograf",
    status: "klar",
    priority: "låg",
    support: "",
    ownerRole: "Verksamhetschef",
    goal: "",
    effectMeasure: "",
    expectedPct: null,
    effort: "stor",
  },
};

/** Ideas and planned improvements not yet started (no before/after yet). */
const NOT_STARTED: readonly Omit<PortfolioEntry, "outcome">[] = [
  {
    id: "UME-3",
    unit: "narsjukvard-umea",
    process: "ume-1177",
    title: "Normala provsvar direkt i 1177",
    description: "Normala provsvar publiceras direkt i 1177 med förklarande text, utan återkopplingssamtal",
    status: "idé",
    from: "",
    priority: "medel",
    support: "IT-stöd för automatisk publicering av provsvar",
    ownerRole: "Vårdenhetschef",
    goal: "EM-UME-KOSTNAD",
    effectMeasure: "ledtid",
    expectedPct: -10,
    effort: "medel",
  },
  {
    id: "SKE-3",
    unit: "narsjukvard-skelleftea",
    process: "ske-rehab",
    title: "Gemensam bedömning av egenremisser",
    description: "En fysioterapeut per dag bedömer alla egenremisser i stället för var och en i mån av tid",
    status: "planerad",
    from: "",
    priority: "hög",
    support: "",
    ownerRole: "Enhetschef",
    goal: "EM-SKE-LEDTID",
    effectMeasure: "ledtid",
    expectedPct: -15,
    effort: "liten",
  },
  {
    id: "SL-2",
    unit: "narsjukvard-sodra-lappland",
    process: "sl-1177",
    title: "Videobesök med läkare för glesbygd",
    description: "Läkarbesök på distans från närmaste hälsocentral när ingen läkare finns på plats",
    status: "idé",
    from: "",
    priority: "hög",
    support: "Teknik och avtal för videobesök, utbildning av personalen",
    ownerRole: "Verksamhetschef",
    goal: "EM-SL-LEDTID",
    effectMeasure: "ledtid",
    expectedPct: -20,
    effort: "stor",
  },
  {
    id: "LSO1-3",
    unit: "lansjukvardsomrade-1",
    process: "lso1-psykiatri",
    title: "Standardiserat förlopp för utredning",
    description: "Utredningen planeras som ett paket med fasta tider redan vid bedömningssamtalet",
    status: "planerad",
    from: "",
    priority: "medel",
    support: "",
    ownerRole: "Enhetschef",
    goal: "EM-LSO1-LEDTID",
    effectMeasure: "ledtid",
    expectedPct: -20,
    effort: "medel",
  },
  {
    id: "LSO2-2",
    unit: "lansjukvardsomrade-2",
    process: "lso2-lunga",
    title: "Sjuksköterskeledd spirometri",
    description: "Sjuksköterska gör spirometri och bedömer svaret enligt rutin, läkare bara vid avvikelse",
    status: "idé",
    from: "",
    priority: "medel",
    support: "Kompetens: utbildning i spirometribedömning",
    ownerRole: "Vårdenhetschef",
    goal: "EM-LSO2-KOSTNAD",
    effectMeasure: "ledtid",
    expectedPct: -15,
    effort: "medel",
  },
  {
    id: "TAND-2",
    unit: "tandvard",
    process: "tand-revision",
    title: "Digital kallelse med självbokning",
    description: "Patienten bokar själv sin undersökningstid via webben efter digital kallelse",
    status: "planerad",
    from: "",
    priority: "låg",
    support: "",
    ownerRole: "Klinikchef",
    goal: "EM-TAND-LEDTID",
    effectMeasure: "ledtid",
    expectedPct: -10,
    effort: "liten",
  },
];

/** Every improvement of the portfolio: the changes the data carry (with ids per unit) and the ones not yet started. */
export function portfolio(): PortfolioEntry[] {
  const counter = new Map<string, number>();
  const started = CHANGES.map((c): PortfolioEntry => {
    const code = UNIT_CODE[c.unit] ?? "BFM";
    const n = (counter.get(code) ?? 0) + 1;
    counter.set(code, n);
    const p = CHANGE_PORTFOLIO[c.process];
    if (!p) throw new Error(`steering: no portfolio fields for ${c.process}`);
    return { id: `${code}-${n}`, unit: c.unit, process: c.process, description: c.description, from: c.from, outcome: c.outcome, ...p };
  });
  return [...started, ...NOT_STARTED.map((x) => ({ ...x, outcome: "" }))];
}

/** One row of the goal hierarchy file. */
export interface GoalRow {
  id: string;
  level: "regionmål" | "fokusområde" | "delmål" | "enhetsmål";
  parent: string;
  title: string;
  unit: string;
  measure: string;
  /** Baseline measured on the baseline half-year's flows (as in mal.csv); null for goals without a measure. */
  baseline: number | null;
  changePct: number | null;
  reference: string;
  deadline: string;
}

const REFERENCE = `${PERIODS.baseline.from.slice(0, 7)}..${PERIODS.baseline.to.slice(0, 7)}`;
const DEADLINE = "2026-06-30";

/**
 * The goal hierarchy: two goals of an (invented) region plan, a focus area each, two yearly milestones and, per pilot
 * unit, a lead-time and a waste-cost goal stated as "−X % against the baseline half-year". Baselines are measured on
 * the flows that started in the baseline half-year, exactly as mal.csv's (so both pages agree): a log that starts in
 * January has only short flows finished in its first months, and a baseline by completion month would flatter it.
 */
export function goalHierarchy(flows: readonly SimFlow[], specs: readonly ProcessSpec[]): GoalRow[] {
  const unitGoals = goals(flows, specs);
  const baselineOf = (unit: string, metric: string) =>
    unitGoals.find((g) => g.goal.unit === unit && g.goal.metric === metric)?.goal.baseline ?? null;
  const end = wallOfDate(PERIODS.improvement.from);
  const cost = new Map(specs.map((x) => [x.id, x.hourlyCostSek]));
  const stats = flows.filter((f) => f.arrivalWall < end).map((f) => flowStats(f, (r) => cost.get(f.process)?.[r] ?? 0));
  const regionLead = Math.round(median(stats.map((x) => x.leadTimeMs)));
  const regionCost = Math.round(stats.reduce((sum, x) => sum + x.nvaCostSek, 0));
  const none = { unit: "", measure: "", baseline: null, changePct: null, reference: "", deadline: "" };
  const rows: GoalRow[] = [
    { id: "RP-1", level: "regionmål", parent: "", title: "God och jämlik tillgänglighet till vård", ...none },
    {
      id: "RP-2",
      level: "regionmål",
      parent: "",
      title: "Vi använder våra resurser effektivt — vi behöver bli effektivare, inte fler",
      ...none,
    },
    { id: "FO-1", level: "fokusområde", parent: "RP-1", title: "Kortare väntan genom hela vårdkedjan", ...none },
    { id: "FO-2", level: "fokusområde", parent: "RP-2", title: "Mindre slöseri i det dagliga arbetet", ...none },
    {
      id: "DM-2026-1",
      level: "delmål",
      parent: "FO-1",
      title: "Regionens median ledtid −15 % till halvårsskiftet 2026",
      unit: "region-vasterbotten",
      measure: "leadTimeMedianMs",
      baseline: regionLead,
      changePct: -15,
      reference: REFERENCE,
      deadline: DEADLINE,
    },
    {
      id: "DM-2026-2",
      level: "delmål",
      parent: "FO-2",
      title: "Kostnaden för slöseriarbete i regionen −30 % till halvårsskiftet 2026",
      unit: "region-vasterbotten",
      measure: "costOfWasteSek",
      baseline: regionCost,
      changePct: -30,
      reference: REFERENCE,
      deadline: DEADLINE,
    },
  ];
  for (const unit of PILOT_UNITS) {
    const code = UNIT_CODE[unit]!;
    rows.push({
      id: `EM-${code}-LEDTID`,
      level: "enhetsmål",
      parent: "DM-2026-1",
      title: "Median ledtid −30 %",
      unit,
      measure: "leadTimeMedianMs",
      baseline: baselineOf(unit, "leadTimeMedianMs"),
      changePct: -30,
      reference: REFERENCE,
      deadline: DEADLINE,
    });
    rows.push({
      id: `EM-${code}-KOSTNAD`,
      level: "enhetsmål",
      parent: "DM-2026-2",
      title: "Kostnad för slöseriarbete −50 %",
      unit,
      measure: "costOfWasteSek",
      baseline: baselineOf(unit, "costOfWasteSek"),
      changePct: -50,
      reference: REFERENCE,
      deadline: DEADLINE,
    });
  }
  return rows;
}

/** One row of the staffing file. */
export interface StaffingLine {
  unit: string;
  role: string;
  staff: number;
  ratePct: number;
  hoursPerWeek: number;
  sharePct: number;
  hourlyCostSek: number;
  from: string;
  to: string;
}

/**
 * How busy each unit's staff are in the measured flows at baseline (touch time ÷ available time). Invented to show
 * the efficiency matrix: busy units ("effektiva öar") where patients wait longest.
 */
const TARGET_UTILISATION: Readonly<Record<string, number>> = {
  "narsjukvard-umea": 0.82,
  "narsjukvard-skelleftea": 0.78,
  "narsjukvard-sodra-lappland": 0.9,
  "lansjukvardsomrade-1": 0.75,
  "lansjukvardsomrade-2": 0.86,
  tandvard: 0.8,
  laboratoriemedicin: 0.7,
  "bild-och-funktionsmedicin": 0.88,
};

/** Weekday hours of a full-time post per month on average (40 h/week × 52 weeks ÷ 12, less ~10 closed weekdays a year). */
const FULL_TIME_HOURS_PER_MONTH = (40 * 52 - 10 * 8) / 12;

/** Invented headcount per role of a unit and its tjänstgöringsgrad (%): the people who share the flows' work. */
const HEADCOUNT: Readonly<Record<string, [staff: number, ratePct: number]>> = {
  Läkare: [6, 100],
  Röntgenläkare: [5, 100],
  Sjuksköterska: [8, 90],
  Diabetessjuksköterska: [2, 100],
  Röntgensjuksköterska: [10, 90],
  Undersköterska: [5, 80],
  "Medicinsk sekreterare": [4, 100],
  "Biomedicinsk analytiker": [12, 90],
  Fysioterapeut: [5, 90],
  Psykolog: [4, 100],
  Kurator: [3, 90],
  Tandläkare: [6, 100],
  Tandhygienist: [4, 90],
  Tandsköterska: [8, 80],
};

/**
 * The staffing of the measured flows, derived from the baseline half-year: per unit and role, the average touch
 * hours per month of March–June 2025 ÷ the unit's target utilisation = the staff time the flows need, spread over an invented headcount
 * as the share of their time spent in the measured flows (rounded to 0,1 %; the rest of their time goes to other
 * work). Länssjukvårdsområde 2 has two physician posts vacant from September 2025 (the vacancies in forbattringar.csv).
 */
export function staffing(flows: readonly SimFlow[], specs: readonly ProcessSpec[]): StaffingLine[] {
  // Steady state of the baseline: March–June (in January and February the flows of the log are only starting up).
  const from = wallOfDate("2025-03-01");
  const baselineEnd = wallOfDate(PERIODS.improvement.from);
  const months = 4;
  const touch = new Map<string, Map<string, number>>();
  const cost = new Map<string, number>();
  for (const f of flows) {
    const spec = specs.find((s) => s.id === f.process);
    for (const e of f.events) {
      if (e.startWall < from || e.startWall >= baselineEnd) continue;
      const byRole = touch.get(f.unit) ?? new Map<string, number>();
      touch.set(f.unit, byRole);
      byRole.set(e.role, (byRole.get(e.role) ?? 0) + (e.endWall - e.startWall) / 3_600_000);
      if (spec) cost.set(`${f.unit}/${e.role}`, Math.max(cost.get(`${f.unit}/${e.role}`) ?? 0, spec.hourlyCostSek[e.role] ?? 0));
    }
  }
  const lines: StaffingLine[] = [];
  const order = (unit: string) => UNITS.findIndex((u) => u.id === unit);
  for (const [unit, byRole] of [...touch].sort((a, b) => order(a[0]) - order(b[0]))) {
    const u = TARGET_UTILISATION[unit] ?? 0.8;
    for (const [role, hours] of [...byRole].sort((a, b) => a[0].localeCompare(b[0], "sv"))) {
      const fte = hours / months / u / FULL_TIME_HOURS_PER_MONTH;
      const [staff, ratePct] = HEADCOUNT[role] ?? [2, 100];
      const sharePct = Math.max(0.1, Math.round((fte / (staff * (ratePct / 100))) * 1000) / 10);
      const base = {
        unit,
        role,
        staff,
        ratePct,
        hoursPerWeek: 40,
        sharePct,
        hourlyCostSek: cost.get(`${unit}/${role}`) ?? 0,
        from: "",
        to: "",
      };
      if (unit === "lansjukvardsomrade-2" && role === "Läkare")
        lines.push({ ...base, to: "2025-08" }, { ...base, staff: staff - 2, from: "2025-09" });
      else lines.push(base);
    }
  }
  return lines;
}

/** Example budget deviations 2025 per pilot unit (SEK, negative = deficit). Invented, labelled as such. */
export const BUDGET_DEVIATION_2025: Readonly<Record<string, number>> = {
  "narsjukvard-umea": -18_400_000,
  "narsjukvard-skelleftea": -12_600_000,
  "narsjukvard-sodra-lappland": -21_300_000,
  "lansjukvardsomrade-1": -34_800_000,
  "lansjukvardsomrade-2": -27_900_000,
  tandvard: -5_700_000,
};
