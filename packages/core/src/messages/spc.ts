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
  longRun: (len: number, limit: number): Msg => ({
    message: `Ovanligt lång serie: ${len} punkter i rad på samma sida om mittlinjen (gräns ${limit}).`,
    messageEn: `Unusually long run: ${len} points in a row on one side of the centre line (limit ${limit}).`,
  }),
  fewCrossings: (crossings: number, limit: number): Msg => ({
    message: `För få korsningar av mittlinjen: ${crossings} (färre än ${limit} är en signal).`,
    messageEn: `Too few crossings of the centre line: ${crossings} (fewer than ${limit} is a signal).`,
  }),
  outside: (): Msg => ({ message: "Utanför styrgränserna", messageEn: "Outside the control limits" }),
  noSignal: (): Msg => ({ message: "Ingen signal", messageEn: "No signal" }),
} as const;

/** Throws a RangeError whose text holds the English message followed by the Swedish one. */
export function spcRangeError(msg: Msg): RangeError {
  return new RangeError(`${msg.messageEn} / ${msg.message}`);
}
