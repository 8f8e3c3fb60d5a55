/**
 * The 7+1 types of waste (slöserier) of lean, as used in Swedish healthcare improvement work.
 */
export type WasteType =
  | "overproduction" // överproduktion
  | "waiting" // väntan
  | "transport" // transport
  | "overprocessing" // överarbete
  | "inventory" // lager
  | "motion" // rörelse
  | "defects" // defekter/omarbete
  | "unusedTalent"; // outnyttjad kompetens

/** All waste types in their conventional order. */
export const WASTE_TYPES: readonly WasteType[] = [
  "overproduction",
  "waiting",
  "transport",
  "overprocessing",
  "inventory",
  "motion",
  "defects",
  "unusedTalent",
];

/** Swedish display labels. */
export const WASTE_LABEL_SV: Readonly<Record<WasteType, string>> = {
  overproduction: "Överproduktion",
  waiting: "Väntan",
  transport: "Transport",
  overprocessing: "Överarbete",
  inventory: "Lager",
  motion: "Rörelse",
  defects: "Defekter/omarbete",
  unusedTalent: "Outnyttjad kompetens",
};

/**
 * Type guard for {@link WasteType}.
 * @example
 * isWasteType("waiting") // → true
 * isWasteType("väntan") // → false — Swedish words are read by parseWasteType
 */
export function isWasteType(x: unknown): x is WasteType {
  return typeof x === "string" && (WASTE_TYPES as readonly string[]).includes(x);
}
