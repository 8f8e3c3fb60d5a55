/** User-facing messages of the metrics kernel (Swedish first, English second). */

type Msg = { message: string; messageEn: string };

export const metricsMessage = {
  endBeforeStart: (flow: string, step: string, row: number | undefined): Msg => ({
    message: `Flöde ${flow}, steg ${step}${row !== undefined ? ` (rad ${row})` : ""}: sluttiden ligger före starttiden eller saknas.`,
    messageEn: `Flow ${flow}, step ${step}${row !== undefined ? ` (row ${row})` : ""}: the end lies before the start or is missing.`,
  }),
  missingColumn: (name: string): Msg => ({
    message: `Kolumnen ${name} saknas i tabellen.`,
    messageEn: `The table has no column ${name}.`,
  }),
  categoriesAssumed: (): Msg => ({
    message:
      "Ingen processmodell angavs: alla steg utan egen kategori räknas som NNVA (okänt). Värdeskapande tid blir därför 0.",
    messageEn:
      "No process model was given: every step without its own category counts as NNVA (unknown), so value-adding time is 0.",
  }),
  basis: (working: boolean): Msg =>
    working
      ? { message: "Tider i arbetstid enligt kalendern.", messageEn: "Times in working time by the calendar." }
      : { message: "Tider i kalendertid.", messageEn: "Times in calendar time." },
  flowEfficiencyLabels: (): { aggregate: Msg; median: Msg } => ({
    aggregate: {
      message: "Flödeseffektivitet, sammanvägd (Σ VA ÷ Σ ledtid)",
      messageEn: "Flow efficiency, aggregate (Σ VA ÷ Σ lead time)",
    },
    median: {
      message: "Flödeseffektivitet, median per flöde",
      messageEn: "Flow efficiency, median of flows",
    },
  }),
};
