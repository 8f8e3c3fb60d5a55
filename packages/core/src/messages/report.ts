/** User-facing messages of the monthly report's settings (Swedish first, English second). */
import { messageTable, type Text } from "./msg.js";

export const reportMessage = messageTable({
  badMonth: (value: string): Text => ({
    sv: `Ogiltig månad "${value}" (skriv ÅÅÅÅ-MM, t.ex. 2025-10).`,
    en: `Invalid month "${value}" (write YYYY-MM, e.g. 2025-10).`,
  }),
  badBaseline: (value: string): Text => ({
    sv: `Ogiltig baslinje "${value}" (skriv ÅÅÅÅ-MM..ÅÅÅÅ-MM, t.ex. 2025-01..2025-06, första månaden först).`,
    en: `Invalid baseline "${value}" (write YYYY-MM..YYYY-MM, e.g. 2025-01..2025-06, earliest month first).`,
  }),
}, {});

