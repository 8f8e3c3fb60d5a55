/** User-facing messages for units and goals files (Swedish first, English second). */

type Msg = { message: string; messageEn: string };

export const orgFilesMessage = {
  missingColumn: (column: string, aliases: readonly string[]): Msg => ({
    message: `Kolumnen ${column} saknas (godtagna namn: ${aliases.join(", ")}).`,
    messageEn: `Column ${column} is missing (accepted names: ${aliases.join(", ")}).`,
  }),
  missingValue: (column: string): Msg => ({
    message: `Värde saknas i kolumnen ${column}.`,
    messageEn: `Value missing in column ${column}.`,
  }),
  badLevel: (value: string): Msg => ({
    message: `Okänd nivå "${value}" (använd enhet, verksamhetsområde, förvaltning eller region).`,
    messageEn: `Unknown level "${value}" (use enhet, verksamhetsområde, förvaltning or region).`,
  }),
  badMetric: (value: string, known: readonly string[]): Msg => ({
    message: `Okänt mått "${value}" (använd ${known.join(", ")}).`,
    messageEn: `Unknown metric "${value}" (use ${known.join(", ")}).`,
  }),
  badNumber: (value: string): Msg => ({
    message: `"${value}" är inget tal.`,
    messageEn: `"${value}" is not a number.`,
  }),
  badDate: (value: string): Msg => ({
    message: `"${value}" är inget datum (ÅÅÅÅ-MM-DD).`,
    messageEn: `"${value}" is not a date (YYYY-MM-DD).`,
  }),
  duplicateUnit: (id: string): Msg => ({
    message: `Enheten ${id} finns redan på en tidigare rad.`,
    messageEn: `Unit ${id} already appears on an earlier row.`,
  }),
  badJson: (detail: string): Msg => ({
    message: `Filen är inte giltig JSON: ${detail}`,
    messageEn: `The file is not valid JSON: ${detail}`,
  }),
  notArray: (): Msg => ({
    message: "JSON-filen ska innehålla en lista (array) av objekt.",
    messageEn: "The JSON file must hold a list (array) of objects.",
  }),
};
