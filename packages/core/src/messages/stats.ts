/** User-facing messages for statistics (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

/** The rules an option can break, as the text after "must be". */
const OPTION_RULES = {
  positiveInteger: { sv: "ett positivt heltal", en: "a positive integer" },
  nonNegativeInteger: { sv: "ett icke-negativt heltal", en: "a non-negative integer" },
  between0And1: { sv: "mellan 0 och 1", en: "between 0 and 1" },
  in0To1: { sv: "i [0, 1]", en: "in [0, 1]" },
  asLongAsDurations: { sv: "lika lång som durations", en: "as long as durations" },
  atLeastOneWeek: { sv: "minst en vecka", en: "at least one week" },
  countsNonNegative: { sv: "antal ≥ 0", en: "counts ≥ 0" },
} as const satisfies Record<string, Text>;
type OptionRule = keyof typeof OPTION_RULES;

export const statsMessage = messageTable(
  {
    emptySample: (fn: string, which: string): Text => ({
      sv: `${fn}: gruppen ${which} har inga giltiga värden.`,
      en: `${fn}: the ${which} group has no valid values.`,
    }),
    badOption: (fn: string, option: string, rule: OptionRule): Text => ({
      sv: `${fn}: ${option} måste vara ${OPTION_RULES[rule].sv}.`,
      en: `${fn}: ${option} must be ${OPTION_RULES[rule].en}.`,
    }),
  },
  {},
);
