/** User-facing messages of the metrics kernel (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

export const metricsMessage = messageTable(
  {
    endBeforeStart: (flow: string, step: string, row: number | undefined): Text => ({
      sv: `Flöde ${flow}, steg ${step}${row !== undefined ? ` (rad ${row})` : ""}: sluttiden ligger före starttiden eller saknas.`,
      en: `Flow ${flow}, step ${step}${row !== undefined ? ` (row ${row})` : ""}: the end lies before the start or is missing.`,
    }),
    missingColumn: (name: string): Text => ({
      sv: `Kolumnen ${name} saknas i tabellen.`,
      en: `The table has no column ${name}.`,
    }),
    needsEventLog: (fn: string, options: string): Text => ({
      sv: `${fn}: alternativen ${options} kräver en EventLog (t.ex. importFile(…).log).`,
      en: `${fn}: the options ${options} need an EventLog (e.g. importFile(…).log).`,
    }),
    categoriesAssumed: (): Text => ({
      sv: "Ingen processmodell angavs: alla steg utan egen kategori räknas som NNVA (okänt). Värdeskapande tid blir därför 0.",
      en: "No process model was given: every step without its own category counts as NNVA (unknown), so value-adding time is 0.",
    }),
    basis: (working: boolean): Text =>
      working
        ? { sv: "Tider i arbetstid enligt kalendern.", en: "Times in working time by the calendar." }
        : { sv: "Tider i kalendertid.", en: "Times in calendar time." },
    flowEfficiencyAggregate: (): Text => ({
      sv: "Flödeseffektivitet, sammanvägd (Σ VA ÷ Σ ledtid)",
      en: "Flow efficiency, aggregate (Σ VA ÷ Σ lead time)",
    }),
    flowEfficiencyMedian: (): Text => ({ sv: "Flödeseffektivitet, median per flöde", en: "Flow efficiency, median of flows" }),
  },
  { endBeforeStart: "END_BEFORE_START", missingColumn: "NO_SUCH_COLUMN" },
);
