/** User-facing messages for statistics (Swedish first, English second). */

type Msg = { message: string; messageEn: string };

export const statsMessage = {
  emptySample: (fn: string, which: string): Msg => ({
    message: `${fn}: gruppen ${which} har inga giltiga värden.`,
    messageEn: `${fn}: the ${which} group has no valid values.`,
  }),
  badOption: (fn: string, option: string, rule: string): Msg => ({
    message: `${fn}: ${option} måste vara ${rule}.`,
    messageEn: `${fn}: ${option} must be ${rule}.`,
  }),
} as const;

/**
 * Builds (does not throw) a RangeError whose text holds the Swedish message followed by the English one.
 * Used for programming errors (bad options, empty input); data problems are returned as values instead.
 * @example throw statsRangeError(statsMessage.emptySample("mannWhitney", "x"));
 */
export function statsRangeError(msg: Msg): RangeError {
  return new RangeError(`${msg.message} / ${msg.messageEn}`);
}
