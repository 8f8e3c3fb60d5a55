import type { Category } from "./category.js";
import type { WasteType } from "./waste.js";

const norm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s,\-_/.]+/g, " ")
    .trim();

const CATEGORY_WORDS: Readonly<Record<string, Category>> = {
  va: "VA",
  värdeskapande: "VA",
  vardeskapande: "VA",
  "value adding": "VA",
  valueadding: "VA",
  nnva: "NNVA",
  bnva: "NNVA",
  nödvändig: "NNVA",
  nodvandig: "NNVA",
  nödvändigt: "NNVA",
  "nödvändig men ej värdeskapande": "NNVA",
  "nödvändig men inte värdeskapande": "NNVA",
  "nödvändig ej värdeskapande": "NNVA",
  "nodvandig men ej vardeskapande": "NNVA",
  "nödvändigt men ej värdeskapande": "NNVA",
  necessary: "NNVA",
  "necessary non value adding": "NNVA",
  "business non value adding": "NNVA",
  nva: "NVA",
  "ej värdeskapande": "NVA",
  "icke värdeskapande": "NVA",
  "inte värdeskapande": "NVA",
  "ej vardeskapande": "NVA",
  "icke vardeskapande": "NVA",
  slöseri: "NVA",
  sloseri: "NVA",
  "non value adding": "NVA",
  waste: "NVA",
};

/**
 * Reads a category written as VA/NNVA/NVA or in Swedish (värdeskapande; nödvändig [men ej värdeskapande];
 * ej/icke värdeskapande, slöseri), case-insensitively. Null when not recognised.
 *
 * @example
 * parseCategory("Nödvändig men ej värdeskapande") // → "NNVA"
 */
export function parseCategory(s: string): Category | null {
  return CATEGORY_WORDS[norm(s)] ?? null;
}

const WASTE_WORDS: Readonly<Record<string, WasteType>> = {
  överproduktion: "overproduction",
  overproduktion: "overproduction",
  overproduction: "overproduction",
  väntan: "waiting",
  vantan: "waiting",
  väntetid: "waiting",
  waiting: "waiting",
  wait: "waiting",
  transport: "transport",
  transporter: "transport",
  transportation: "transport",
  överarbete: "overprocessing",
  overarbete: "overprocessing",
  överbearbetning: "overprocessing",
  overprocessing: "overprocessing",
  "over processing": "overprocessing",
  lager: "inventory",
  inventory: "inventory",
  rörelse: "motion",
  rörelser: "motion",
  rorelse: "motion",
  "onödiga rörelser": "motion",
  motion: "motion",
  defekter: "defects",
  defekt: "defects",
  omarbete: "defects",
  "defekter omarbete": "defects",
  fel: "defects",
  defects: "defects",
  rework: "defects",
  "outnyttjad kompetens": "unusedTalent",
  "outnyttjad kreativitet": "unusedTalent",
  "outnyttjad potential": "unusedTalent",
  "unused talent": "unusedTalent",
  unusedtalent: "unusedTalent",
  skills: "unusedTalent",
};

/**
 * Reads a waste type written in Swedish (överproduktion, väntan, transport, överarbete, lager, rörelse,
 * defekter/omarbete, outnyttjad kompetens) or as a {@link WasteType} id. Null when not recognised.
 *
 * @example
 * parseWasteType("Defekter/omarbete") // → "defects"
 */
export function parseWasteType(s: string): WasteType | null {
  return WASTE_WORDS[norm(s)] ?? null;
}

/**
 * Reads a decimal number written with a decimal comma or point, with spaces (incl. non-breaking) as
 * thousands separators and an optional "kr"/"SEK"/"%" suffix. NaN when unreadable.
 *
 * @example
 * parseDecimal("1 250,50 kr") // → 1250.5
 */
export function parseDecimal(s: string): number {
  let t = s
    .trim()
    .replace(/(kr|sek|%)$/i, "")
    .replace(/[\s\u00a0\u202f]/g, "");
  if (t === "") return Number.NaN;
  const comma = t.lastIndexOf(",");
  const dot = t.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) t = comma > dot ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
  else if (comma >= 0) t = t.replace(",", ".");
  t = t.replace(/^\u2212/, "-");
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : Number.NaN;
}
