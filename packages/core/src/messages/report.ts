/** User-facing messages of the monthly report's settings (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

export const reportMessage = messageTable(
  {
    badMonth: (value: string): Text => ({
      sv: `Ogiltig månad "${value}" (skriv ÅÅÅÅ-MM, t.ex. 2025-10).`,
      en: `Invalid month "${value}" (write YYYY-MM, e.g. 2025-10).`,
    }),
    badBaseline: (value: string): Text => ({
      sv: `Ogiltig baslinje "${value}" (skriv ÅÅÅÅ-MM..ÅÅÅÅ-MM, t.ex. 2025-01..2025-06, första månaden först).`,
      en: `Invalid baseline "${value}" (write YYYY-MM..YYYY-MM, e.g. 2025-01..2025-06, earliest month first).`,
    }),
    spcTooFewMonths: (present: number): Text => ({
      sv: `För få månader med data (${present} av minst 8) för att bedöma signaler i seriediagrammet.`,
      en: `Too few months with data (${present} of at least 8) to judge signals in the run chart.`,
    }),
    spcSignal: (): Text => ({
      sv: "Signal i seriediagrammet: icke-slumpmässig variation (lång serie eller för få korsningar av medianen).",
      en: "Signal in the run chart: non-random variation (a long run or too few crossings of the median).",
    }),
    spcNoSignal: (): Text => ({
      sv: "Ingen signal i seriediagrammet: variationen ser slumpmässig ut.",
      en: "No signal in the run chart: the variation looks random.",
    }),
    changeCertain: (explanation: string): Text => ({
      sv: `${explanation} Förändringen mot baslinjen är säker (95 % KI rymmer inte 0).`,
      en: `${explanation} The change from the baseline is certain (the 95 % CI excludes 0).`,
    }),
    changeUncertain: (explanation: string): Text => ({
      sv: `${explanation} Förändringen mot baslinjen är ännu inte säker (95 % KI rymmer 0).`,
      en: `${explanation} The change from the baseline is not yet certain (the 95 % CI includes 0).`,
    }),
    defaultTitle: (): Text => ({ sv: "Månadsrapport flödeseffektivitet", en: "Monthly report on flow efficiency" }),
  },
  {},
);
