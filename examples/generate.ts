/**
 * Generates the SYNTHETIC example files in examples/: a small referral flow (remissflöde) event log, its
 * process model (CSV and JSON) and a deliberately broken log for `flodes validate`. Deterministic (seeded):
 * the same bytes on every run. Run from the repo root: `node --conditions=source --import tsx examples/generate.ts`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRandom } from "@flodes/core";

const SEED = 20250303;
const FLOWS = 30;
const FIRST_DAY = Date.UTC(2025, 2, 3); // Monday 3 March 2025 (wall-clock dates, no zone involved)

interface StepDef {
  name: string;
  category: "VA" | "NNVA" | "NVA";
  wasteSv: string;
  wasteType?: "defects" | "motion";
  role: string;
  hourlyCostSek: number;
  /** Typical duration in minutes. */
  minutes: number;
  /** Typical wait before the step in working minutes. */
  waitMinutes: number;
}

const STEPS: readonly StepDef[] = [
  { name: "Remiss inkommer", category: "NNVA", wasteSv: "", role: "Medicinsk sekreterare", hourlyCostSek: 520, minutes: 5, waitMinutes: 0 },
  { name: "Registrering", category: "NNVA", wasteSv: "", role: "Medicinsk sekreterare", hourlyCostSek: 520, minutes: 10, waitMinutes: 240 },
  { name: "Bedömning av remiss", category: "VA", wasteSv: "", role: "Läkare", hourlyCostSek: 1250, minutes: 15, waitMinutes: 900 },
  {
    name: "Komplettering av remiss",
    category: "NVA",
    wasteSv: "Defekter/omarbete",
    wasteType: "defects",
    role: "Medicinsk sekreterare",
    hourlyCostSek: 520,
    minutes: 20,
    waitMinutes: 300,
  },
  { name: "Kallelse", category: "NNVA", wasteSv: "", role: "Medicinsk sekreterare", hourlyCostSek: 520, minutes: 10, waitMinutes: 600 },
  { name: "Provtagning", category: "VA", wasteSv: "", role: "Biomedicinsk analytiker", hourlyCostSek: 560, minutes: 15, waitMinutes: 1500 },
  { name: "Läkarbesök", category: "VA", wasteSv: "", role: "Läkare", hourlyCostSek: 1250, minutes: 30, waitMinutes: 2400 },
  { name: "Besked till patient", category: "VA", wasteSv: "", role: "Sjuksköterska", hourlyCostSek: 640, minutes: 10, waitMinutes: 700 },
];

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const OPEN = 8 * 60; // 08:00
const CLOSE = 16 * 60 + 30; // 16:30

// Times are wall-clock minutes counted as if UTC: the log holds local Stockholm times without offset.
const minuteOfDay = (t: number): number => Math.floor((t % DAY) / MIN);
const weekday = (t: number): number => new Date(t).getUTCDay(); // 0 Sunday … 6 Saturday
const isWorkday = (t: number): boolean => weekday(t) >= 1 && weekday(t) <= 5;

/** Moves `t` into opening hours: the same day if before opening, else the next workday at opening. */
function intoOpeningHours(t: number): number {
  let day = t - (t % DAY);
  const m = minuteOfDay(t);
  if (isWorkday(day) && m >= OPEN && m < CLOSE) return t;
  if (!(isWorkday(day) && m < OPEN)) day += DAY;
  while (!isWorkday(day)) day += DAY;
  return day + OPEN * MIN;
}

/** Adds `minutes` of opening hours to `t` (so waits stretch over nights and weekends). */
function addWorkingMinutes(t: number, minutes: number): number {
  let cur = intoOpeningHours(t);
  let left = minutes;
  for (;;) {
    const untilClose = CLOSE - minuteOfDay(cur);
    if (left < untilClose) return cur + left * MIN;
    left -= untilClose;
    cur = intoOpeningHours(cur - (cur % DAY) + DAY);
  }
}

function fmt(t: number): string {
  return new Date(t).toISOString().slice(0, 16).replace("T", " ");
}

interface Row {
  flow: string;
  step: string;
  start: number;
  end: number;
  role: string;
}

function simulate(): Row[] {
  const rand = createRandom(SEED);
  const vary = (x: number): number => Math.max(1, Math.round(x * (0.5 + rand())));
  const step = (name: string): StepDef => STEPS.find((s) => s.name === name) as StepDef;
  const rows: Row[] = [];
  for (let i = 0; i < FLOWS; i++) {
    const flow = `R-${String(i + 1).padStart(3, "0")}`;
    // Referrals arrive over four weeks, at any minute of opening hours.
    const arrival = intoOpeningHours(FIRST_DAY + Math.floor(rand() * 26) * DAY + (OPEN + Math.floor(rand() * 500)) * MIN);
    const path = ["Remiss inkommer", "Registrering", "Bedömning av remiss"];
    if (rand() < 0.25) path.push("Komplettering av remiss", "Bedömning av remiss");
    path.push("Kallelse", "Provtagning");
    if (rand() < 0.2) path.push("Provtagning"); // a sample that had to be retaken
    path.push("Läkarbesök", "Besked till patient");
    let t = arrival;
    let previous = "";
    for (const name of path) {
      const def = step(name);
      const wait = name === previous ? vary(1200) : def.waitMinutes === 0 ? 0 : vary(def.waitMinutes);
      const start = wait === 0 ? t : addWorkingMinutes(t, wait);
      const end = start + vary(def.minutes) * MIN;
      rows.push({ flow, step: name, start, end, role: def.role });
      t = end;
      previous = name;
    }
  }
  return rows.sort((a, b) => a.flow.localeCompare(b.flow) || a.start - b.start);
}

function logCsv(rows: readonly Row[]): string {
  const lines = ["ärende;aktivitet;start;slut;roll", ...rows.map((r) => `${r.flow};${r.step};${fmt(r.start)};${fmt(r.end)};${r.role}`)];
  return `${lines.join("\n")}\n`;
}

function modelCsv(): string {
  const lines = [
    "steg;kategori;slöseri;roll;timkostnad",
    ...STEPS.map((s) => `${s.name};${s.category};${s.wasteSv};${s.role};${s.hourlyCostSek}`),
  ];
  return `${lines.join("\n")}\n`;
}

function modelJson(): string {
  const process = {
    id: "remiss",
    name: "Remiss till besked (syntetiskt exempel)",
    steps: STEPS.map((s) => ({
      id: s.name,
      name: s.name,
      category: s.category,
      ...(s.wasteType !== undefined ? { wasteType: s.wasteType } : {}),
      role: s.role,
      hourlyCostSek: s.hourlyCostSek,
    })),
  };
  return `${JSON.stringify(process, null, 2)}\n`;
}

/** A short log with a few bad rows, each a different problem, for trying `flodes validate` (exit 1). */
function brokenCsv(): string {
  return [
    "ärende;aktivitet;start;slut;roll",
    "T-001;Remiss inkommer;2025-03-03 08:10;2025-03-03 08:15;Medicinsk sekreterare",
    "T-001;Registrering;2025-03-03 13:02;2025-03-03 13:12;Medicinsk sekreterare",
    "T-001;Bedömning av remiss;2025-03-04 10:00;2025-03-04 09:45;Läkare",
    "T-001;Kallelse;2025-03-05 09:30;2025-03-05 09:40;Medicinsk sekreterare",
    "T-002;Remiss inkommer;2025-03-03 09:00;2025-03-03 09:04;Medicinsk sekreterare",
    "T-002;Registrering;igår eftermiddag;2025-03-03 14:10;Medicinsk sekreterare",
    "T-002;Bedömning av remiss;2025-03-05 11:00;2025-03-05 11:20;Läkare",
    ";Kallelse;2025-03-06 08:30;2025-03-06 08:40;Medicinsk sekreterare",
    "T-003;Remiss inkommer;2025-03-04 08:20;2025-03-04 08:25;Medicinsk sekreterare",
    "T-003;;2025-03-04 15:00;2025-03-04 15:10;Medicinsk sekreterare",
    "T-003;Bedömning av remiss;2025-03-06 13:30;2025-03-06 13:50;Läkare",
    "T-003;Läkarbesök;2025-03-31 25:00;2025-03-31 10:30;Läkare",
    "",
  ].join("\n");
}

const here = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

writeFileSync(here("syntetisk-remissflode.csv"), logCsv(simulate()));
writeFileSync(here("remiss-modell.csv"), modelCsv());
writeFileSync(here("remiss-modell.json"), modelJson());
writeFileSync(here("trasig.csv"), brokenCsv());
