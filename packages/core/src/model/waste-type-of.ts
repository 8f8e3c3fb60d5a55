import { parseWasteType } from "./category-words.js";
import type { Observation } from "./observation.js";
import { isWasteType, WASTE_LABEL_SV, type WasteType } from "./waste.js";

/** A waste type, or `"unclassified"` for NVA work whose type nobody has given. */
export type WasteTypeOrUnclassified = WasteType | "unclassified";

/** Swedish label of {@link WasteTypeOrUnclassified} values ("Ej klassat" for unclassified). */
export const WASTE_TYPE_LABEL_SV: Readonly<Record<WasteTypeOrUnclassified, string>> = { ...WASTE_LABEL_SV, unclassified: "Ej klassat" };

/**
 * Waste type of an NVA observation: its attribute `slöseri` or `wasteType` when that names a type (English key,
 * Swedish label or common word, read by `parseWasteType`), else the step's `wasteType` from the model, else
 * `"defects"` (omarbete) when the observation repeats a step already seen in the flow (rework, as in design.md),
 * else `"unclassified"`.
 * @example wasteTypeOf({ flow: "F", step: "S", startMs: 0, endMs: 1, attrs: { slöseri: "Transport" } }, undefined) // → "transport"
 */
export function wasteTypeOf(observation: Observation, stepWasteType: WasteType | undefined, isRepeat = false): WasteTypeOrUnclassified {
  const a = observation.attrs;
  const fromAttr = a ? (read(a.slöseri) ?? read(a.wasteType)) : null;
  return fromAttr ?? stepWasteType ?? (isRepeat ? "defects" : "unclassified");
}

/** {@link wasteTypeOf} from the text of the observation's `slöseri`/`wasteType` attribute (undefined when none). */
export function wasteTypeFrom(
  attribute: string | undefined,
  stepWasteType: WasteType | undefined,
  isRepeat = false,
): WasteTypeOrUnclassified {
  return read(attribute) ?? stepWasteType ?? (isRepeat ? "defects" : "unclassified");
}

function read(text: string | undefined): WasteType | null {
  if (text === undefined) return null;
  return isWasteType(text) ? text : parseWasteType(text);
}
