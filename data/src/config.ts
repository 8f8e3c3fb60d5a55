import type { Change } from "./spec.js";

/** Seed of all randomness; change it and every file changes. */
export const SEED = 20250630;

/**
 * Flows arriving before the baseline, at the baseline's rate and without any change: a case register has cases
 * in progress when a measurement starts, so the flows completed in January 2025 include long ones that started in
 * the autumn. Without them early 2025 would hold only quick flows, and the baseline by completion month would
 * look shorter than it was.
 */
export const WARMUP = { from: "2024-09-02", to: "2024-12-31", shareOfHalf: 4 / 6 } as const;

/**
 * Baseline and improvement half-years (inclusive ISO dates) of the arrivals. The analyses attribute a flow to the
 * month of its last end (completion month); the baseline period they compare with is `BASELINE_PERIOD`.
 */
export const PERIODS = {
  baseline: { from: "2025-01-01", to: "2025-06-30", label: "Baslinje (jan–jun 2025)" },
  improvement: { from: "2025-07-01", to: "2025-12-31", label: "Förbättringsperiod (jul–dec 2025)" },
} as const;

/** The baseline period of every comparison (site, goals, report), as `flodes report --baseline` takes it. */
export const BASELINE_PERIOD = "2025-01..2025-06";

/** Summer vacation weeks: fewer arrivals, slightly longer queues (semesterperiod). */
export const SUMMER = { from: "2025-07-01", to: "2025-08-10", arrivalWeight: 0.55, queueFactor: 1.15 } as const;

/** Goal deadline used in mal.csv (the målbild). */
export const GOAL_DEADLINE = "2026-06-30";

/**
 * What each unit changed (or did not) and the effect the generator applies to flows that start on or after
 * `from`. Some improve clearly, some barely, Länssjukvårdsområde 2 gets worse.
 */
export const CHANGES: readonly Change[] = [
  {
    process: "ume-diabetes",
    unit: "narsjukvard-umea",
    from: "2025-07-01",
    waitFactor: 0.5,
    reworkFactor: 0.4,
    outcome: "förbättring",
    description:
      "Provtagning vid samma besök som läkarbesöket, gemensam inkorg för provsvar som bevakas dagligen, remissbedömning varje morgon",
  },
  {
    process: "ume-1177",
    unit: "narsjukvard-umea",
    from: "2025-08-18",
    waitFactor: 0.55,
    reworkFactor: 0.5,
    outcome: "förbättring",
    description: "Sjuksköterskan bokar tid direkt vid triagering, avsatta akuttider samma dag, provsvar återkopplas via 1177 med mall",
  },
  {
    process: "ske-1177",
    unit: "narsjukvard-skelleftea",
    from: "2025-09-01",
    waitFactor: 0.6,
    reworkFactor: 0.6,
    outcome: "förbättring",
    description: "Digital triagering via 1177 med strukturerade frågor, daglig avstämning (tavelmöte) om väntande ärenden",
  },
  {
    process: "ske-rehab",
    unit: "narsjukvard-skelleftea",
    from: "2025-07-01",
    waitFactor: 0.65,
    reworkFactor: 0.55,
    outcome: "förbättring",
    description: "Direktbokning av egenremisser, journalmall som ersätter dubbeldokumentation i kvalitetsregistret",
  },
  {
    process: "sl-1177",
    unit: "narsjukvard-sodra-lappland",
    from: "2025-09-01",
    waitFactor: 0.9,
    reworkFactor: 0.95,
    outcome: "oförändrat",
    description: "Försök med gemensam tidbok för läkare och sjuksköterskor, genomfördes delvis på grund av hög personalomsättning",
  },
  {
    process: "lso1-ortopedi",
    unit: "lansjukvardsomrade-1",
    from: "2025-07-01",
    waitFactor: 0.55,
    reworkFactor: 0.45,
    outcome: "förbättring",
    description:
      "Röntgen beställs redan vid remissbedömning enligt standardiserat flöde, remisser bedöms dagligen, checklista för remissinnehåll",
  },
  {
    process: "lso1-psykiatri",
    unit: "lansjukvardsomrade-1",
    from: "2025-09-01",
    waitFactor: 0.65,
    reworkFactor: 0.5,
    outcome: "förbättring",
    description: "Gemensam bedömningsdag för remissteamet, SMS-påminnelse minskar uteblivna bedömningssamtal",
  },
  {
    process: "lso2-lunga",
    unit: "lansjukvardsomrade-2",
    from: "2025-07-01",
    waitFactor: 1.35,
    reworkFactor: 1.5,
    outcome: "försämring",
    description: "Planerad omställning till direktbokning sköts upp, två vakanta läkartjänster och hög sjukfrånvaro under hösten",
  },
  {
    process: "tand-revision",
    unit: "tandvard",
    from: "2025-08-11",
    waitFactor: 0.7,
    reworkFactor: 0.6,
    outcome: "förbättring",
    description: "Tandhygienist gör undersökningen och tandläkaren godkänner behandlingsplanen samma dag, SMS-påminnelse dagen före",
  },
  {
    process: "bfm-rontgen",
    unit: "bild-och-funktionsmedicin",
    from: "2025-10-06",
    waitFactor: 1.1,
    reworkFactor: 1,
    outcome: "oförändrat",
    description: "Ingen förändring i flödet, byte av datortomograf gav kapacitetsbortfall under två veckor i oktober",
  },
];

/**
 * Downstream flows whose order went to an external lab/hospital (a link key with no upstream flow) or whose
 * link key was not recorded: 0-based flow numbers (in start order) per process. The quality report should
 * show exactly these as missing links.
 */
export const MISSING_LINKS: Readonly<Record<string, { dangling: readonly number[]; empty: readonly number[] }>> = {
  "ume-diabetes": { dangling: [17, 96, 201, 288], empty: [143] },
  "lso1-ortopedi": { dangling: [40, 250, 331], empty: [] },
  "lso2-lunga": { dangling: [66, 212], empty: [120] },
};
