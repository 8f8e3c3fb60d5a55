/** User-facing messages of the monthly report's settings (Swedish first, English second). */

type Msg = { message: string; messageEn: string };

export const reportMessage = {
  badMonth: (value: string): Msg => ({
    message: `Ogiltig månad "${value}" (skriv ÅÅÅÅ-MM, t.ex. 2025-10).`,
    messageEn: `Invalid month "${value}" (write YYYY-MM, e.g. 2025-10).`,
  }),
  badBaseline: (value: string): Msg => ({
    message: `Ogiltig baslinje "${value}" (skriv ÅÅÅÅ-MM..ÅÅÅÅ-MM, t.ex. 2025-01..2025-06, första månaden först).`,
    messageEn: `Invalid baseline "${value}" (write YYYY-MM..YYYY-MM, e.g. 2025-01..2025-06, earliest month first).`,
  }),
} as const;

/**
 * A RangeError carrying a report message: Swedish, then English.
 * @example throw reportRangeError(reportMessage.badMonth("2025-13"));
 */
export function reportRangeError(m: Msg): RangeError {
  return new RangeError(`${m.message} / ${m.messageEn}`);
}
