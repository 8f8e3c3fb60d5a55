/** User-facing messages for run charts and control charts (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

export const spcMessage = messageTable(
  {
    phaseName: (i: number): Text => ({ sv: `Fas ${i + 1}`, en: `Phase ${i + 1}` }),
    badPhaseStarts: (fn: string, n: number): Text => ({
      sv: `${fn}: fasernas startindex måste vara heltal i stigande ordning mellan 1 och ${n - 1}.`,
      en: `${fn}: phase start indices must be increasing integers between 1 and ${n - 1}.`,
    }),
    badFreeze: (fn: string, max: number): Text => ({
      sv: `${fn}: freeze (antal baslinjepunkter) måste vara ett heltal mellan 2 och ${max} (längden på första fasen).`,
      en: `${fn}: freeze (number of baseline points) must be an integer between 2 and ${max} (the length of the first phase).`,
    }),
    badX: (fn: string, n: number): Text => ({
      sv: `${fn}: x måste ha lika många värden som serien (${n}).`,
      en: `${fn}: x must have as many values as the series (${n}).`,
    }),
  },
  {},
);
