import { FlodesError, type Msg } from "@flodes/core";
import type { DurationUnit } from "../format.js";

/**
 * Every user-facing chart text (titles, axis titles, legends, aria descriptions) in one place, in Swedish,
 * so wording stays consistent between charts and can be reviewed together.
 */
export const CHART_TEXT_SV = {
  legendCategory: "Kategori",
  step: "Steg",
  unit: "Enhet",
  period: "Period",
  flows: "Antal flöden",
  share: "Andel av ledtiden",
  flowEfficiency: "Flödeseffektivitet",
  flowEfficiencyAggregate: "Flödeseffektivitet (Σ VA / Σ ledtid)",
  flowEfficiencyMedian: "Median per flöde",
  goal: "Mål",
  median: "Median",
  p85: "85:e percentil",
  p25: "25:e percentil",
  mean: "Medelvärde",
  leadTime: "Ledtid",
  work: "Arbete i steget",
  waitBefore: "Väntan före steget",
  time: "Tid",
  segment: "Del",
  timelineLadderTitle: "Värdeflöde – tid i steg och väntan mellan steg",
  categoryStackTitle: "Tid per steg: värdeskapande, nödvändig, slöseri och väntan",
  leadTimeDistributionTitle: "Fördelning av ledtid per flöde",
  leadTimeTrendTitle: "Ledtid över tid per enhet",
  flowEfficiencyByUnitTitle: "Flödeseffektivitet per enhet",
  wasteShareByUnitTitle: "Värdeskapande, nödvändig tid och slöseri per enhet",
  processMapTitle: "Processkarta: antal ärenden och väntan på varje överlämning",
  processMapEdgeFrequency: "Linjens bredd: antal ärenden",
  processMapEdgePerformance: "Linjens bredd och ton: väntan",
  processMapReworkLegend: "Streckad: återgång (omarbete)",
  sumOfStats: "summa av",
  processTime: "Arbetstid i steg",
  waitTotal: "Väntan",
  inheritedWaitTitle: "Ärvd och egen väntan per beroende",
  inheritedWait: "Ärvd väntan (uppströms)",
  ownWait: "Egen väntan",
  waitSumDays: "Väntan, summa över ärenden (dagar)",
  waitPerFlowDays: "Väntan per länkat ärende (dagar)",
  dependency: "Beroende",
  perLinkedFlow: "Per länkat ärende",
  sumOverFlows: "Summa över ärenden",
  goalProgressTitle: "Andel av vägen från baslinje till mål",
  vsTitle: "Värdeflöde: väntan mellan stegen och arbetet i dem",
  vsLeadTime: "Ledtid",
  vsProcessTime: "Processtid (arbetad tid)",
  vsVaTime: "Värdeskapande tid",
  vsRolledPca: "Rullad %C&A",
  vsPerCaseMedian: "median per ärende",
  vsPcaNote: "hela vägen utan att skickas tillbaka",
  vsNoPca: "inget värde för processen",
  vsLeftOut: (n: number, share: string) =>
    `${n} steg som färre än ${share} av ärendena går igenom visas inte på tidslinjen (se processkartan).`,
  workTitle: "Arbete i steget",
  waitTitle: "Väntan före steget",
  workAndWaitTitle: "Arbete och väntan per steg, var för sig",
  workedTimeTitle: "Slöseri som andel av arbetad tid per enhet",
  workedTimeSubtitle: "Personalens tid i ärendena, per kategori",
  shareOfWorked: "Andel av arbetad tid",
  regionEstimate: "Regionens uppskattning ≥ 35 %",
  reference: "Referens",
  baseline: "Baslinje",
  now: "Nu",
  leadTimeMedian: "Ledtid, median",
  shareWord: "Andel",
  goalTrendTitle: "Median ledtid per avslutsmånad",
  completionMonth: "Avslutsmånad",
  importRowsTitle: "Rader per fil: godtagna och avvisade",
  importRowsSubtitle: "Logaritmisk skala, så att både tusentals godtagna och enstaka avvisade rader syns",
  importRowsAxis: "Rader (logaritmisk skala)",
  file: "Fil",
  rows: "Rader",
  rowStatus: "Rader",
  accepted: "Godtagna",
  rejected: "Avvisade",
  issueCountsTitle: "Antal per kod",
  issueCode: "Kod",
  issueCount: "Antal",
  severity: "Allvar",
  severityError: "fel (raden avvisas)",
  severityWarning: "varning (raden behålls)",
  flowTimelineTitle: "Ett flöde: arbete i varje steg och väntan före det",
  flowTimelineAxis: "Tid från första start",
  flowTimelineWait: "väntan",
  flowTimelineRepeat: "upprepn.",
  flowTimelineFrom: "Från",
  flowTimelineStart: "Start",
  flowTimelineEnd: "Slut",
  flowTimelineLength: "Längd",
} as const;

/** Swedish name of a statistic, for titles: "median", "medelvärde", "85:e percentil". */
export const STAT_LABEL_SV: Readonly<Record<"median" | "mean" | "p85", string>> = {
  median: "median",
  mean: "medelvärde",
  p85: "85:e percentil",
};

/** Swedish plural of the statistic for "summa av …" phrases. */
export const STAT_PLURAL_SV: Readonly<Record<"median" | "mean" | "p85", string>> = {
  median: "medianer",
  mean: "medelvärden",
  p85: "85:e percentiler",
};

/**
 * Axis title with its unit.
 * @example withUnit("Ledtid", "dagar") // → "Ledtid (dagar)"
 */
export function withUnit(label: string, unit: DurationUnit): string {
  return `${label} (${unit})`;
}

/** Errors thrown by chart builders on misuse (programming errors, not data problems), in Swedish and English. */
export const CHART_ERRORS = {
  badStat: (fn: string, stat: string): Msg => ({
    code: "viz.bad-stat",
    sv: `${fn}: okänd statistik "${stat}" (tillåtna: median, mean, p85)`,
    en: `${fn}: unknown statistic "${stat}" (allowed: median, mean, p85)`,
  }),
  badWidth: (fn: string, width: number): Msg => ({
    code: "viz.bad-width",
    sv: `${fn}: bredden måste vara ett positivt tal, fick ${width}`,
    en: `${fn}: width must be a positive number, got ${width}`,
  }),
} as const;

/**
 * The one error class of @flodes/viz: a chart builder used wrongly (a programming error, not a data problem). Like
 * every flodes error it carries a code and its text in Swedish and English; `message` is the English text.
 * @example
 * let caught: unknown;
 * try {
 *   workedTimeByUnitSpec([], { width: -1 });
 * } catch (e) {
 *   caught = e;
 * }
 * caught instanceof ChartError && caught instanceof FlodesError // → true
 * (caught as ChartError).code // → "viz.bad-width"
 */
export class ChartError extends FlodesError {
  override readonly name = "ChartError";
}

/**
 * Builds the error for one of {@link CHART_ERRORS} (it does not throw).
 * @example
 * chartError(CHART_ERRORS.badWidth("myChart", 0)).code // → "viz.bad-width"
 */
export function chartError(m: Msg): ChartError {
  return new ChartError(m);
}
