/** User-facing messages for run charts and control charts (Swedish first, English second). */

type Msg = { message: string; messageEn: string };

export const spcMessage = {
  phaseName: (i: number): Msg => ({ message: `Fas ${i + 1}`, messageEn: `Phase ${i + 1}` }),
  badPhaseStarts: (fn: string, n: number): Msg => ({
    message: `${fn}: fasernas startindex måste vara heltal i stigande ordning mellan 1 och ${n - 1}.`,
    messageEn: `${fn}: phase start indices must be increasing integers between 1 and ${n - 1}.`,
  }),
  badFreeze: (fn: string, max: number): Msg => ({
    message: `${fn}: freeze (antal baslinjepunkter) måste vara ett heltal mellan 2 och ${max} (längden på första fasen).`,
    messageEn: `${fn}: freeze (number of baseline points) must be an integer between 2 and ${max} (the length of the first phase).`,
  }),
  badX: (fn: string, n: number): Msg => ({
    message: `${fn}: x måste ha lika många värden som serien (${n}).`,
    messageEn: `${fn}: x must have as many values as the series (${n}).`,
  }),
} as const;

/**
 * Builds (does not throw) a RangeError whose text holds the Swedish message followed by the English one.
 * Used for programming errors (bad options, empty input); data problems are returned as values instead.
 * @example throw spcRangeError(spcMessage.badFreeze("xmrChart", 6));
 */
export function spcRangeError(msg: Msg): RangeError {
  return new RangeError(`${msg.message} / ${msg.messageEn}`);
}
