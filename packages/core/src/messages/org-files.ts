/** User-facing messages for units and goals files (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

export const orgFilesMessage = messageTable(
  {
    missingColumn: (column: string, aliases: readonly string[]): Text => ({
      sv: `Kolumnen ${column} saknas (godtagna namn: ${aliases.join(", ")}).`,
      en: `Column ${column} is missing (accepted names: ${aliases.join(", ")}).`,
    }),
    missingValue: (column: string): Text => ({
      sv: `Värde saknas i kolumnen ${column}.`,
      en: `Value missing in column ${column}.`,
    }),
    badLevel: (value: string): Text => ({
      sv: `Okänd nivå "${value}" (använd enhet, verksamhetsområde, förvaltning eller region).`,
      en: `Unknown level "${value}" (use enhet, verksamhetsområde, förvaltning or region).`,
    }),
    badMetric: (value: string, known: readonly string[]): Text => ({
      sv: `Okänt mått "${value}" (använd ${known.join(", ")}).`,
      en: `Unknown metric "${value}" (use ${known.join(", ")}).`,
    }),
    badNumber: (value: string): Text => ({
      sv: `"${value}" är inget tal.`,
      en: `"${value}" is not a number.`,
    }),
    badDate: (value: string): Text => ({
      sv: `"${value}" är inget datum (ÅÅÅÅ-MM-DD).`,
      en: `"${value}" is not a date (YYYY-MM-DD).`,
    }),
    duplicateUnit: (id: string): Text => ({
      sv: `Enheten ${id} finns redan på en tidigare rad.`,
      en: `Unit ${id} already appears on an earlier row.`,
    }),
    badJson: (detail: string): Text => ({
      sv: `Filen är inte giltig JSON: ${detail}`,
      en: `The file is not valid JSON: ${detail}`,
    }),
    notArray: (): Text => ({
      sv: "JSON-filen ska innehålla en lista (array) av objekt.",
      en: "The JSON file must hold a list (array) of objects.",
    }),
  },
  {
    missingColumn: "NO_SUCH_COLUMN",
    missingValue: "MISSING_FLOW",
    badLevel: "BAD_CATEGORY",
    badMetric: "BAD_CATEGORY",
    badNumber: "BAD_NUMBER",
    badDate: "UNPARSEABLE_TIME",
    duplicateUnit: "DUPLICATE_ROW",
    badJson: "UNREADABLE",
    notArray: "UNREADABLE",
  },
);
