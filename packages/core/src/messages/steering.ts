/** User-facing messages for steering: staffing, portfolio, goal hierarchy, context files and analyses (Swedish first, English second). */
import { type Msg, messageTable, type Text, type TextPair, textPair } from "./msg.js";

/** A formatted value in Swedish and English. */
type Pair = Text;

/**
 * An interval as text: "14,9–28,2", or "−1,2 till 3,4" when a bound is negative (a dash after a minus misreads).
 * @example intervalText({ sv: "1,0", en: "1.0" }, { sv: "2,0", en: "2.0" }, " %") // → { sv: "1,0–2,0 %", en: "1.0–2.0 %" }
 */
export function intervalText(lower: Pair, upper: Pair, unit = ""): Pair {
  const signed = /^[−-]/.test(lower.sv) || /^[−-]/.test(upper.sv);
  return {
    sv: `${lower.sv}${signed ? " till " : "–"}${upper.sv}${unit}`,
    en: `${lower.en}${signed ? " to " : "–"}${upper.en}${unit}`,
  };
}

const list = (xs: readonly string[]) => xs.join(", ");

/** The allowed ranges of the staffing file's numbers, as the text in parentheses after "outside the allowed range". */
const STAFFING_RANGES = {
  zeroOrMore: { sv: "0 eller fler", en: "0 or more" },
  share: { sv: "över 0 och högst 100 %", en: "above 0 and at most 100 %" },
  hoursPerWeek: { sv: "över 0 och högst 80 timmar", en: "above 0 and at most 80 hours" },
  percent: { sv: "0–100 %", en: "0–100 %" },
  sek: { sv: "0 kr eller mer", en: "0 SEK or more" },
} as const satisfies Record<string, Text>;
/** A range the staffing file's numbers must lie in. */
export type StaffingRange = keyof typeof STAFFING_RANGES;

export const steeringText = messageTable(
  {
    missingValue: (column: string): Text => ({
      sv: `Värde saknas i kolumnen ${column}.`,
      en: `Value missing in column ${column}.`,
    }),
    badNumber: (value: string): Text => ({
      sv: `"${value}" är inget tal.`,
      en: `"${value}" is not a number.`,
    }),
    outOfRange: (value: string, range: StaffingRange): Text => ({
      sv: `"${value}" ligger utanför det tillåtna intervallet (${STAFFING_RANGES[range].sv}).`,
      en: `"${value}" is outside the allowed range (${STAFFING_RANGES[range].en}).`,
    }),
    badMonth: (value: string): Text => ({
      sv: `"${value}" är ingen månad (ÅÅÅÅ-MM).`,
      en: `"${value}" is not a month (YYYY-MM).`,
    }),
    monthOrder: (from: string, to: string): Text => ({
      sv: `Från-månaden ${from} ligger efter till-månaden ${to}.`,
      en: `The from month ${from} is after the to month ${to}.`,
    }),
    badDate: (value: string): Text => ({
      sv: `"${value}" är inget datum (ÅÅÅÅ-MM-DD).`,
      en: `"${value}" is not a date (YYYY-MM-DD).`,
    }),
    badChoice: (value: string, allowed: readonly string[]): Text => ({
      sv: `Okänt värde "${value}" (använd ${list(allowed)}).`,
      en: `Unknown value "${value}" (use ${list(allowed)}).`,
    }),
    duplicateId: (id: string): Text => ({
      sv: `Id ${id} finns redan på en tidigare rad.`,
      en: `Id ${id} already appears on an earlier row.`,
    }),
    noStartDate: (status: string): Text => ({
      sv: `Status är "${status}" men startdatum saknas, så före/efter kan inte beräknas.`,
      en: `Status is "${status}" but the start date is missing, so before/after cannot be computed.`,
    }),
    effectWithoutMeasure: (): Text => ({
      sv: "Förväntad effekt är angiven men effektmått saknas (t.ex. ledtid).",
      en: "An expected effect is given but the effect measure is missing (e.g. ledtid).",
    }),
    measureWithoutEffect: (): Text => ({
      sv: "Effektmått är angivet men förväntad effekt saknas (t.ex. −30 %).",
      en: "An effect measure is given but the expected effect is missing (e.g. −30 %).",
    }),
    unknownGoal: (goal: string): Text => ({
      sv: `Målet ${goal} finns inte i målhierarkin.`,
      en: `Goal ${goal} is not in the goal hierarchy.`,
    }),
    unknownParentGoal: (id: string, parent: string): Text => ({
      sv: `Målet ${id} har ett överordnat mål (${parent}) som inte finns i filen; det visas som ett toppmål.`,
      en: `Goal ${id} has a parent (${parent}) that is not in the file; it is shown as a top goal.`,
    }),
    goalCycle: (id: string): Text => ({
      sv: `Målhierarkin har en cirkel som går genom ${id}; målet visas som ett toppmål.`,
      en: `The goal hierarchy has a cycle through ${id}; the goal is shown as a top goal.`,
    }),
    levelAboveParent: (id: string, level: string, parentLevel: string): Text => ({
      sv: `Målet ${id} (${level}) ligger under ett mål på en lägre nivå (${parentLevel}).`,
      en: `Goal ${id} (${level}) sits under a goal of a lower level (${parentLevel}).`,
    }),
    measureWithoutUnit: (): Text => ({
      sv: "Målet har ett mått men ingen enhet att mäta det för.",
      en: "The goal has a measure but no unit to measure it for.",
    }),
    measureWithoutTarget: (): Text => ({
      sv: "Målet har ett mått men varken målvärde eller förändring mot ett referensår (t.ex. −30 % och 2025).",
      en: "The goal has a measure but neither a target value nor a change against a reference year (e.g. −30 % and 2025).",
    }),
    measureWithoutDeadline: (): Text => ({
      sv: "Målet har ett mått men inget måldatum (ÅÅÅÅ-MM-DD).",
      en: "The goal has a measure but no deadline (YYYY-MM-DD).",
    }),
    changeWithoutReference: (): Text => ({
      sv: "Förändring i procent kräver ett referensår eller en referensperiod (t.ex. 2025 eller 2025-01..2025-06).",
      en: "A change in per cent needs a reference year or period (e.g. 2025 or 2025-01..2025-06).",
    }),
    badReference: (value: string): Text => ({
      sv: `"${value}" är ingen referensperiod (skriv ett år, t.ex. 2025, eller månader, t.ex. 2025-01..2025-06).`,
      en: `"${value}" is not a reference period (write a year, e.g. 2025, or months, e.g. 2025-01..2025-06).`,
    }),
    unknownStaffedUnit: (unit: string): Text => ({
      sv: `Enheten ${unit} i bemanningsfilen har inga händelser i loggen.`,
      en: `Unit ${unit} in the staffing file has no events in the log.`,
    }),
    unstaffedRole: (unit: string, role: string, hours: string): Text => ({
      sv: `Enheten ${unit}: rollen ${role} utför ${hours} timmar arbete i loggen men saknas i bemanningsfilen; timmarna ingår inte i resurseffektiviteten.`,
      en: `Unit ${unit}: role ${role} does ${hours} hours of work in the log but is missing from the staffing file; those hours are not in the resource efficiency.`,
    }),
    unknownProcess: (id: string, process: string): Text => ({
      sv: `Förbättringen ${id} gäller processen ${process}, som inte finns i loggen.`,
      en: `Improvement ${id} concerns process ${process}, which is not in the log.`,
    }),
    /** Why freed capacity was not computed for an improvement (its code is the refusal's). */
    freedRefusal: (
      code: "NO_PROCESS" | "NO_START_DATE" | "UNKNOWN_PROCESS" | "TOO_FEW_FLOWS",
      n: { before: number; after: number },
      minN: number,
    ): Msg => {
      const text = {
        NO_PROCESS: {
          sv: "Ingen process angiven, så före/efter kan inte beräknas.",
          en: "No process given, so before/after cannot be computed.",
        },
        NO_START_DATE: {
          sv: "Inget startdatum, så före/efter kan inte beräknas.",
          en: "No start date, so before/after cannot be computed.",
        },
        UNKNOWN_PROCESS: { sv: "Processen finns inte i loggen.", en: "The process is not in the log." },
        TOO_FEW_FLOWS: {
          sv: `För få ärenden för före/efter: ${n.before} före och ${n.after} efter (minst ${minN} per grupp behövs).`,
          en: `Too few flows for before/after: ${n.before} before and ${n.after} after (at least ${minN} per group needed).`,
        },
      }[code];
      return { code, ...text };
    },
    /** Freed capacity is not saved money: the caveat shown with every amount. */
    freedNotSaved: (): Text => ({
      sv:
        "Frigjord tid är inte sparade pengar förrän den används: kronorna visar vad tiden är värd, inte en minskad kostnad. " +
        "Pengar sparas först när tiden används till något som annars hade kostat — fler besök i stället för köpt vård, mindre övertid, färre hyrläkare — eller när bemanningen anpassas.",
      en:
        "Freed time is not saved money until it is used: the kronor show what the time is worth, not a lower cost. " +
        "Money is saved only when the time is used for something that would otherwise have cost — more visits instead of purchased care, less overtime, fewer agency physicians — or when staffing is adjusted.",
    }),
    /** `n` values are formatted {sv, en} pairs; `range` is e.g. "14,9–28,2" or "−1,2 till 3,4". */
    freedSentence: (title: string, hours: Pair, range: Pair, fte: Pair, sek: Pair): Text => ({
      sv: `${title}: ${hours.sv} timmar per månad frigjorda (95 % KI ${range.sv}), motsvarar ${fte.sv} årsarbetare och ${sek.sv} per år.`,
      en: `${title}: ${hours.en} hours per month freed (95 % CI ${range.en}), equal to ${fte.en} full-time equivalents and ${sek.en} per year.`,
    }),
    freedUnclear: (title: string, hours: Pair, range: Pair): Text => ({
      sv: `${title}: ingen säker frigjord tid — ${hours.sv} timmar per månad (95 % KI ${range.sv}; intervallet innehåller 0).`,
      en: `${title}: no clear freed time — ${hours.en} hours per month (95 % CI ${range.en}; the interval contains 0).`,
    }),
    contextSentence: (share: Pair, range: Pair, kind: string, period: string, amount: Pair): Text => ({
      sv: `Värdet av den frigjorda tiden motsvarar ${share.sv} (95 % KI ${range.sv}) av enhetens ${kind} ${period} (${amount.sv}).`,
      en: `The value of the freed time equals ${share.en} (95 % CI ${range.en}) of the unit's ${kind} ${period} (${amount.en}).`,
    }),
    lostSlotAssumption: (): Text => ({
      sv:
        "Antagande: när svaret kommer efter att nedströmsflödets tid har passerat (ett ombokningssteg, eller en väntan efter svaret som är mer än dubbelt så lång som den vanliga) " +
        "hade flödet annars bara väntat sin vanliga kö efter svaret; resten räknas som ärvd väntan.",
      en:
        "Assumption: when the answer arrives after the downstream flow's slot has passed (a rebooking step, or a wait after the answer more than twice the usual one) " +
        "the flow would otherwise have waited only its usual queue after the answer; the rest counts as inherited wait.",
    }),
  },
  {
    missingValue: "MISSING_VALUE",
    badNumber: "BAD_NUMBER",
    outOfRange: "BAD_VALUE",
    badMonth: "UNPARSEABLE_TIME",
    monthOrder: "BAD_VALUE",
    badDate: "UNPARSEABLE_TIME",
    badChoice: "BAD_VALUE",
    duplicateId: "DUPLICATE_ROW",
    noStartDate: "MISSING_VALUE",
    effectWithoutMeasure: "MISSING_VALUE",
    measureWithoutEffect: "MISSING_VALUE",
    unknownGoal: "UNKNOWN_REFERENCE",
    unknownParentGoal: "UNKNOWN_REFERENCE",
    goalCycle: "UNKNOWN_REFERENCE",
    levelAboveParent: "BAD_VALUE",
    measureWithoutUnit: "MISSING_VALUE",
    measureWithoutTarget: "MISSING_VALUE",
    measureWithoutDeadline: "MISSING_VALUE",
    changeWithoutReference: "MISSING_VALUE",
    badReference: "BAD_VALUE",
    unknownStaffedUnit: "UNKNOWN_UNIT",
    unstaffedRole: "UNKNOWN_REFERENCE",
    unknownProcess: "UNKNOWN_REFERENCE",
  },
);

type LegacyTable<T> = { readonly [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => R & TextPair : never };

/**
 * The steering texts as they were first published: each also carries `message` (Swedish) and `messageEn`.
 * @deprecated Use the `sv` and `en` of each message; `message`/`messageEn` stay only for existing callers.
 */
export const steeringMessage = Object.fromEntries(
  Object.entries(steeringText).map(([key, fn]) => [
    key,
    (...args: never[]) => {
      const m = (fn as (...a: never[]) => Msg)(...args);
      return { ...m, ...textPair(m) };
    },
  ]),
) as unknown as LegacyTable<typeof steeringText>;
