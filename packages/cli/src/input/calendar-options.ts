import { createCalendar, type OpeningCalendar, type OpeningSpan, type WeekdayKey } from "@flodes/core";
import { flagOption, type OptionSpec, type ParsedArgs, stringOption } from "../args.js";
import { CliError } from "../cli-error.js";
import { HELP, MSG } from "../messages.js";

/** `--working-time` and `--hours`: shared by every command that computes metrics. */
export const CALENDAR_OPTIONS: readonly OptionSpec[] = [
  { name: "working-time", kind: "flag", help: HELP.options_.workingTime },
  { name: "hours", kind: "string", valueName: "tider", help: HELP.options_.hours },
];

const DAYS: Readonly<Record<string, WeekdayKey>> = {
  mån: "mon",
  man: "mon",
  mon: "mon",
  tis: "tue",
  tue: "tue",
  ons: "wed",
  wed: "wed",
  tor: "thu",
  thu: "thu",
  fre: "fri",
  fri: "fri",
  lör: "sat",
  lor: "sat",
  sat: "sat",
  sön: "sun",
  son: "sun",
  sun: "sun",
};
const ORDER: readonly WeekdayKey[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/**
 * Parses opening hours such as `"mån-fre 07:30-16:30"` or `"mån-tor 08:00-12:00+13:00-17:00, fre 08:00-15:00"`
 * (Swedish or English day abbreviations; groups separated by `,` or `;`; spans within a group by `+`).
 * Throws {@link CliError} naming the part it could not read.
 * @example
 * parseOpeningHours("mån-fre 07:30-16:30") // → { mon: [["07:30","16:30"]], …, fri: [["07:30","16:30"]] }
 */
export function parseOpeningHours(text: string): Partial<Record<WeekdayKey, OpeningSpan[]>> {
  const out: Partial<Record<WeekdayKey, OpeningSpan[]>> = {};
  for (const group of text
    .split(/[;,]/)
    .map((g) => g.trim())
    .filter(Boolean)) {
    const m = /^(\p{L}+)(?:\s*-\s*(\p{L}+))?\s+(.+)$/u.exec(group);
    const from = m && DAYS[m[1].toLowerCase()];
    const to = m && DAYS[(m[2] ?? m[1]).toLowerCase()];
    if (!m || !from || !to) throw new CliError("usage", MSG.badHours(group));
    const spans = m[3].split("+").map((s): OpeningSpan => {
      const t = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(s.trim());
      if (!t) throw new CliError("usage", MSG.badHours(group));
      return [t[1].padStart(5, "0"), t[2].padStart(5, "0")];
    });
    const a = ORDER.indexOf(from);
    const b = ORDER.indexOf(to);
    if (b < a) throw new CliError("usage", MSG.badHours(group));
    for (let i = a; i <= b; i++) out[ORDER[i]] = [...(out[ORDER[i]] ?? []), ...spans];
  }
  return out;
}

/**
 * The working-time calendar asked for by `--working-time` / `--hours`, or undefined for calendar time.
 * `--hours` implies working time. Swedish public holidays and the closed eves are always closed.
 */
export function calendarFrom(args: ParsedArgs, tz: string): OpeningCalendar | undefined {
  const hours = stringOption(args, "hours");
  if (!flagOption(args, "working-time") && hours === undefined) return undefined;
  try {
    return createCalendar({ tz, ...(hours !== undefined ? { openingHours: parseOpeningHours(hours) } : {}) });
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError("usage", MSG.badHours(hours ?? ""));
  }
}
