/**
 * The queue story of the synthetic pilot data (issue 11): the log is an extract taken at the end of 2026-03-31, so
 * flows still running then are open; arrivals go on after the improvement half-year up to the extract; two units get
 * more work than they have capacity for a while (growing queues, care-guarantee breaches); every process has end steps;
 * and the files for the care guarantee (vårdgaranti) and the allocation for postponed care (förskjuten vård).
 */
import type { Process } from "@flodes/core";
import { DAY_MS, fitInOpening, wallOfDate } from "./calendar.js";
import { PILOT_UNITS, UNITS } from "./org.js";
import type { Rng } from "./prng.js";
import type { SimFlow } from "./simulate.js";
import type { ProcessSpec } from "./spec.js";

/** The extract: the log holds what had happened by the end of this day (the analysis date of the queue pages). */
export const EXTRACT_DATE = "2026-03-31";

/** Arrivals continue after the improvement half-year up to the extract (flows starting here are mostly open). */
export const CONTINUATION = { from: "2026-01-01", to: EXTRACT_DATE, shareOfHalfYear: 0.5 } as const;

/** Referrals beyond the usual volume: a unit whose arrivals outrun its capacity for a while. */
export interface Surge {
  process: string;
  from: string;
  to: string;
  /** Extra flows over the window (scaled with the volumes). */
  extra: number;
  description: string;
}

export const SURGES: readonly Surge[] = [
  {
    process: "lso1-psykiatri",
    from: "2025-09-15",
    to: EXTRACT_DATE,
    extra: 140,
    description: "Fler remisser till vuxenpsykiatrin från hösten 2025 (bland annat ADHD-utredningar) utan mer bemanning",
  },
];

/** A step whose bookings are limited to `perWeek` per ISO week from `from` until `to` (exclusive; open-ended when absent). */
export interface Capacity {
  process: string;
  step: string;
  from: string;
  to?: string;
  perWeek: number;
  description: string;
}

export const CAPACITY: readonly Capacity[] = [
  {
    process: "lso1-psykiatri",
    step: "Bedömningssamtal",
    from: "2025-10-01",
    perWeek: 6,
    description: "Sex bedömningssamtal i veckan, lika många som före remissökningen",
  },
  {
    process: "lso2-lunga",
    step: "Besök",
    from: "2025-10-01",
    to: "2026-02-01",
    perWeek: 3,
    description: "Två vakanta läkartjänster och hög sjukfrånvaro: tre läkarbesök i veckan oktober–januari",
  },
  {
    process: "lso2-lunga",
    step: "Besök",
    from: "2026-02-01",
    perWeek: 10,
    description: "Hyrläkare och extra mottagningar från februari 2026 för att arbeta av kön",
  },
];

/** End steps per process (processer.json `endSteps`): reaching one closes the flow. */
export const END_STEPS: Readonly<Record<string, readonly string[]>> = {
  "ume-diabetes": ["Åtgärd"],
  "ume-1177": ["Återkoppling"],
  "ske-1177": ["Återkoppling"],
  "ske-rehab": ["Avslut"],
  "sl-1177": ["Återkoppling"],
  "lso1-ortopedi": ["Åtgärd"],
  "lso1-psykiatri": ["Behandlingsstart"],
  "lso2-lunga": ["Åtgärd"],
  "tand-revision": ["Avslut"],
  "lab-provanalys": ["Svar skickat"],
  "bfm-rontgen": ["Svar skickat"],
};

/** Adds the end steps to a process of processer.json. */
export function withEndSteps(p: Process): Process {
  const ends = END_STEPS[p.id];
  return ends ? { ...p, endSteps: [...ends] } : p;
}

/**
 * Arrivals of a process beyond its two half-years: the continuation up to the extract and any surge, drawn with the
 * generator's own arrival function from a stream of their own (so the half-years' draws stay as they were).
 */
export function extraArrivals(
  spec: ProcessSpec,
  rng: Rng,
  scale: number,
  draw: (rng: Rng, n: number, from: string, to: string) => number[],
): number[] {
  const out = draw(
    rng,
    Math.max(1, Math.round(spec.volumePerHalf[1] * CONTINUATION.shareOfHalfYear * scale)),
    CONTINUATION.from,
    CONTINUATION.to,
  );
  for (const s of SURGES) if (s.process === spec.id) out.push(...draw(rng, Math.max(1, Math.round(s.extra * scale)), s.from, s.to));
  return out;
}

/** Books steps with limited capacity: the first week with a free slot at or after the planned start. */
export interface CapacityBook {
  /** The start of `step` planned at `startWall`, moved whole weeks later while its week is full. */
  book(process: string, step: string, startWall: number, durMin: number): number;
}

const mondayOf = (wall: number): number => {
  const d = Math.floor(wall / DAY_MS) * DAY_MS;
  return d - ((new Date(d).getUTCDay() + 6) % 7) * DAY_MS;
};

/**
 * A fresh booking ledger for one simulation. Flows are simulated in arrival order, so bookings are first come, first
 * served: while arrivals outrun the weekly capacity the booked week drifts further away and the queue grows.
 */
export function createCapacityBook(scale: number): CapacityBook {
  const booked = new Map<string, number>();
  return {
    book(process, step, startWall, durMin) {
      const rules = CAPACITY.filter((c) => c.process === process && c.step === step);
      if (rules.length === 0) return startWall;
      const planned = mondayOf(startWall);
      for (let week = planned; ; week += 7 * DAY_MS) {
        const rule = rules.find((c) => week >= wallOfDate(c.from) && (c.to === undefined || week < wallOfDate(c.to)));
        const key = `${process}\u0000${step}\u0000${week}`;
        const n = booked.get(key) ?? 0;
        if (rule && n >= Math.max(1, Math.round(rule.perWeek * scale))) continue;
        booked.set(key, n + 1);
        // Same weekday and time in the free week; a holiday moves it to the next opening.
        return week === planned ? startWall : fitInOpening(startWall + (week - planned), durMin);
      }
    },
  };
}

/** Keeps what had started by the end of the extract day; flows with nothing left (ordered upstream, not yet arrived) go. */
export function truncateAtExtract(flows: SimFlow[]): SimFlow[] {
  const cutoff = wallOfDate(EXTRACT_DATE) + DAY_MS;
  const kept: SimFlow[] = [];
  for (const f of flows) {
    f.events = f.events.filter((e) => e.startWall < cutoff);
    if (f.events.length > 0) kept.push(f);
  }
  return kept;
}

const endStepOf = (f: SimFlow): number | null => {
  const ends = END_STEPS[f.process] ?? [];
  const hit = f.events.filter((e) => ends.includes(e.step)).map((e) => e.endWall);
  return hit.length > 0 ? Math.min(...hit) : null;
};

/** Open flows per unit at the start of a date (wall time): first start before it, not closed before it. */
function openAt(flows: readonly SimFlow[], unit: string, date: string): number {
  const t = wallOfDate(date);
  return flows.filter((f) => {
    if (f.unit !== unit) return false;
    const start = Math.min(...f.events.map((e) => e.startWall));
    const close = endStepOf(f);
    return start < t && (close === null || close >= t);
  }).length;
}

/** Allocations for postponed care per pilot unit: SEK and the share of the queue at the start the unit aims to remove. */
const ALLOCATIONS: Readonly<Record<string, { sek: number; reduce: number }>> = {
  "narsjukvard-umea": { sek: 1_800_000, reduce: 0.4 },
  "narsjukvard-skelleftea": { sek: 1_500_000, reduce: 0.4 },
  "narsjukvard-sodra-lappland": { sek: 900_000, reduce: 0.3 },
  "lansjukvardsomrade-1": { sek: 6_000_000, reduce: 0.5 },
  "lansjukvardsomrade-2": { sek: 4_500_000, reduce: 0.5 },
  tandvard: { sek: 2_400_000, reduce: 0.4 },
};
const ALLOCATION_PERIOD = { from: "2025-10-01", to: "2026-06-30" } as const;

/** Rows of forskjuten-vard.csv (header first); the target is computed from the queue at the start. */
export function allocationRows(flows: readonly SimFlow[], mark: string): (string | number)[][] {
  const rows: (string | number)[][] = [["enhet", "namn", "tilldelning_kr", "från", "till", "målkö", "beskrivning", "källa"]];
  for (const unit of PILOT_UNITS) {
    const a = ALLOCATIONS[unit];
    if (!a) continue;
    const start = openAt(flows, unit, ALLOCATION_PERIOD.from);
    const target = Math.round(start * (1 - a.reduce));
    const name = UNITS.find((u) => u.id === unit)?.name ?? unit;
    rows.push([
      unit,
      name,
      a.sek,
      ALLOCATION_PERIOD.from,
      ALLOCATION_PERIOD.to,
      target,
      `Medel för förskjuten vård: kön (${start} väntande vid start) ska minska med ${Math.round(a.reduce * 100)} procent till ${ALLOCATION_PERIOD.to} (syntetiskt exempel)`,
      mark,
    ]);
  }
  return rows;
}

const LAW = "Hälso- och sjukvårdsförordningen (2017:80) 6 kap. 1 §";

/** Rows of vardgaranti.csv (header first): 0-3-90-90 mapped to the pilot's step names, plus one regional rule in working days. */
export function careGuaranteeRows(mark: string): string[][] {
  const specialised = "ume-diabetes|lso1-ortopedi|lso1-psykiatri|lso2-lunga";
  return [
    ["regel", "namn", "från_steg", "till_steg", "gräns_dagar", "dagtyp", "processer", "beskrivning", "källa"],
    [
      "0-kontakt",
      "Kontakt med primärvården samma dag",
      "Kontakt via 1177",
      "Triagering",
      "0",
      "kalenderdagar",
      "",
      "Sjuksköterskan ringer upp och gör en första bedömning samma dag som kontakten",
      `${LAW} (stegnamn i ${mark}a data)`,
    ],
    [
      "3-bedömning",
      "Medicinsk bedömning inom 3 dagar",
      "Kontakt via 1177",
      "Besök",
      "3",
      "kalenderdagar",
      "",
      "Läkarbesök inom tre dagar från kontakten",
      `${LAW} (stegnamn i ${mark}a data)`,
    ],
    [
      "90-besök",
      "Besök i specialiserad vård inom 90 dagar",
      "Remiss inkommer",
      "Besök|Bedömningssamtal",
      "90",
      "kalenderdagar",
      specialised,
      "Första besök inom 90 dagar från att remissen kom in",
      `${LAW} (stegnamn i ${mark}a data)`,
    ],
    [
      "90-behandling",
      "Behandling inom 90 dagar efter beslut",
      "Beslut|Behandlingsplan",
      "Åtgärd|Behandlingsstart",
      "90",
      "kalenderdagar",
      specialised,
      "Åtgärd eller behandlingsstart inom 90 dagar från beslutet",
      `${LAW} (stegnamn i ${mark}a data)`,
    ],
    [
      "3-remissbedömning",
      "Remiss bedömd inom 3 arbetsdagar",
      "Remiss inkommer|Egenremiss inkommer",
      "Bedömning av remiss|Bedömning av egenremiss|Bedömning i remissteam",
      "3",
      "arbetsdagar",
      "",
      "Regional riktlinje: remissen bedöms inom tre arbetsdagar (helgdagar räknas inte)",
      `${mark}t exempel på regional riktlinje`,
    ],
  ];
}

/** Lines for LÄS_MIG.md about the extract, the queues and the two files. */
export function queueReadmeLines(): string[] {
  return [
    "## Uttag, öppna ärenden och köer",
    `- Loggen är ett uttag gjort vid dagens slut ${EXTRACT_DATE}: det som inte hade hänt då finns inte med. Ärenden`,
    "  som ännu inte nått sitt slutsteg (`endSteps` i processer.json) är öppna. Nya ärenden kommer in även",
    `  ${CONTINUATION.from}–${CONTINUATION.to}, efter förbättringsperioden.`,
    ...SURGES.map((s) => `- ${s.process}: ${s.description} (${s.from}–${s.to}).`),
    ...CAPACITY.map(
      (c) =>
        `- ${c.process}, steget ${c.step}: högst ${c.perWeek} i veckan från ${c.from}${c.to ? ` till ${c.to}` : ""} (${c.description}).`,
    ),
    "- Där remisserna är fler än kapaciteten växer kön och vårdgarantins gränser passeras.",
    "- `vardgaranti.csv` — vårdgarantins regler (0-3-90-90) med pilotens stegnamn, plus en regional riktlinje i arbetsdagar.",
    "- `forskjuten-vard.csv` — **syntetiskt** sammanhang: tilldelade medel för förskjuten vård per verksamhet och målkö.",
    "",
  ];
}
