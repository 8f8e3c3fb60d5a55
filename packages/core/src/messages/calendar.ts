/** User-facing messages of the working-time calendar (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

const WEEKDAY_SV = ["mån", "tis", "ons", "tor", "fre", "lör", "sön"];
const WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export const calendarMessage = messageTable(
  {
    badTime: (fn: string, text: string): Text => ({
      sv: `${fn}: tiden "${text}" ska skrivas TT:MM mellan 00:00 och 24:00.`,
      en: `${fn}: the time "${text}" must be HH:MM between 00:00 and 24:00.`,
    }),
    badSpan: (fn: string, from: string, to: string): Text => ({
      sv: `${fn}: öppettiden ${from}–${to} måste sluta efter att den börjar.`,
      en: `${fn}: the opening span ${from}–${to} must end after it starts.`,
    }),
    badDate: (fn: string, text: string): Text => ({
      sv: `${fn}: datumet "${text}" ska skrivas ÅÅÅÅ-MM-DD.`,
      en: `${fn}: the date "${text}" must be YYYY-MM-DD.`,
    }),
    badZone: (fn: string, tz: string): Text => ({
      sv: `${fn}: okänd tidszon "${tz}".`,
      en: `${fn}: unknown time zone "${tz}".`,
    }),
    badWeekday: (fn: string, key: string): Text => ({
      sv: `${fn}: okänd veckodag "${key}" (använd mon, tue, wed, thu, fri, sat, sun).`,
      en: `${fn}: unknown weekday "${key}" (use mon, tue, wed, thu, fri, sat, sun).`,
    }),
    /** Label of a calendar from its weekly hours (index 0 = Monday), e.g. "Arbetstid mån–fre 08:00–17:00 …". */
    label: (week: readonly string[], closedOnHolidays: boolean, closedOnEves: boolean, exceptions: number, tz: string): Text => {
      const groups = groupWeek(week);
      const sv = groups.map(([a, b, h]) => `${span(WEEKDAY_SV, a, b)} ${h}`).join(", ") || "alltid stängt";
      const en = groups.map(([a, b, h]) => `${span(WEEKDAY_EN, a, b)} ${h}`).join(", ") || "always closed";
      const closedSv =
        closedOnHolidays && closedOnEves
          ? "; stängt helgdagar och aftnar"
          : closedOnHolidays
            ? "; stängt helgdagar"
            : closedOnEves
              ? "; stängt aftnar"
              : "";
      const closedEn =
        closedOnHolidays && closedOnEves
          ? "; closed on holidays and eves"
          : closedOnHolidays
            ? "; closed on holidays"
            : closedOnEves
              ? "; closed on eves"
              : "";
      const exSv = exceptions > 0 ? `; ${exceptions} undantag` : "";
      const exEn = exceptions > 0 ? `; ${exceptions} exception${exceptions === 1 ? "" : "s"}` : "";
      return { sv: `Arbetstid ${sv}${closedSv}${exSv} (${tz})`, en: `Working time ${en}${closedEn}${exEn} (${tz})` };
    },
    calendarTime: (): Text => ({ sv: "Kalendertid (dygnet runt)", en: "Calendar time (around the clock)" }),
  },
  {},
);

function span(names: readonly string[], a: number, b: number): string {
  return a === b ? names[a]! : `${names[a]}–${names[b]}`;
}

/** Runs of consecutive weekdays with the same non-empty hours: [first, last, hours]. */
function groupWeek(week: readonly string[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (let i = 0; i < 7; i++) {
    const h = week[i] ?? "";
    if (h === "") continue;
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === h) last[1] = i;
    else out.push([i, i, h]);
  }
  return out;
}
