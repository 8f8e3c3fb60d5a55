import { dayNumber, isoDateOfDay, isoWeekday } from "../time/civil-date.js";
import { easterSundayDay } from "./easter.js";

/** A Swedish public holiday (helgdag) or an eve (afton) that workplaces usually treat as closed. */
export interface SwedishHoliday {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** Swedish name, e.g. "Långfredagen". */
  name: string;
  /** `"holiday"` = allmän helgdag by law; `"eve"` = afton (julafton, nyårsafton, midsommarafton). */
  kind: "holiday" | "eve";
}

/** The Saturday (ISO weekday 5) in the 7-day window starting at `firstDay`. */
function saturdayFrom(firstDay: number): number {
  return firstDay + ((5 - isoWeekday(firstDay) + 7) % 7);
}

/**
 * Swedish public holidays (lag 1989:253 om allmänna helgdagar) and the three eves usually closed, for any
 * year, sorted by date. Movable days follow Easter Sunday (anonymous Gregorian algorithm): långfredagen
 * −2, annandag påsk +1, Kristi himmelsfärdsdag +39, pingstdagen +49. Midsommardagen is the Saturday
 * 20–26 June and midsommarafton the Friday before; alla helgons dag is the Saturday 31 October–6 November.
 * Nationaldagen (6 June) is a holiday from 2005; before 2005 annandag pingst (+50) was one instead. Older
 * changes to the law are not modelled. Sundays are not listed (a weekday-based calendar closes them).
 * @example
 * swedishHolidays(2025).find((h) => h.name === "Midsommarafton") // → { date: "2025-06-20", name: "Midsommarafton", kind: "eve" }
 */
export function swedishHolidays(year: number): SwedishHoliday[] {
  const easter = easterSundayDay(year);
  const days: [number, string, SwedishHoliday["kind"]][] = [
    [dayNumber(year, 1, 1), "Nyårsdagen", "holiday"],
    [dayNumber(year, 1, 6), "Trettondedag jul", "holiday"],
    [easter - 2, "Långfredagen", "holiday"],
    [easter, "Påskdagen", "holiday"],
    [easter + 1, "Annandag påsk", "holiday"],
    [dayNumber(year, 5, 1), "Första maj", "holiday"],
    [easter + 39, "Kristi himmelsfärdsdag", "holiday"],
    [easter + 49, "Pingstdagen", "holiday"],
    year >= 2005 ? [dayNumber(year, 6, 6), "Sveriges nationaldag", "holiday"] : [easter + 50, "Annandag pingst", "holiday"],
  ];
  const midsummer = saturdayFrom(dayNumber(year, 6, 20));
  days.push([midsummer - 1, "Midsommarafton", "eve"], [midsummer, "Midsommardagen", "holiday"]);
  days.push([saturdayFrom(dayNumber(year, 10, 31)), "Alla helgons dag", "holiday"]);
  days.push(
    [dayNumber(year, 12, 24), "Julafton", "eve"],
    [dayNumber(year, 12, 25), "Juldagen", "holiday"],
    [dayNumber(year, 12, 26), "Annandag jul", "holiday"],
    [dayNumber(year, 12, 31), "Nyårsafton", "eve"],
  );
  days.sort((a, b) => a[0] - b[0]);
  return days.map(([d, name, kind]) => ({ date: isoDateOfDay(d), name, kind }));
}
