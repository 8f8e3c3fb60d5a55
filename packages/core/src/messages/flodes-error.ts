import type { ImportErrorCode } from "../model/quality.js";
import type { Msg } from "./msg.js";

/** Where a problem is: the file, row (1-based physical line, header = 1) and column, or several rows and columns. */
export interface ErrorLocation {
  file?: string;
  row?: number;
  column?: string;
  /** Rows concerned, when several (e.g. the first few rows holding personnummer). */
  rows?: number[];
  /** Columns concerned, when several. */
  columns?: string[];
}

/**
 * The one error class of flodes: every error thrown by @flodes/core (and, through subclasses, by @flodes/viz and
 * the CLI) carries a stable `code`, its text in Swedish (`sv`) and English (`en`), and where the problem is. The
 * catcher chooses the language; `message` is the English text prefixed by the location, for logs and stack traces.
 * Bad rows never throw (they are reported in the quality report); a thrown error stops the whole call.
 *
 * @example
 * let caught: unknown;
 * try {
 *   createCalendar({ tz: "Europe/Nowhere" });
 * } catch (e) {
 *   caught = e;
 * }
 * caught instanceof FlodesError // → true
 * (caught as FlodesError).code // → "badZone"
 * (caught as FlodesError).sv // → "createCalendar: okänd tidszon \"Europe/Nowhere\"."
 */
export class FlodesError<C extends string = string> extends Error {
  override readonly name: string = "FlodesError";
  readonly code: C;
  /** Swedish text. */
  readonly sv: string;
  /** English text. */
  readonly en: string;
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  readonly rows?: number[];
  readonly columns?: string[];

  constructor(msg: Msg<C>, where: ErrorLocation = {}) {
    const at = [
      where.file,
      where.row !== undefined ? `row ${where.row}` : undefined,
      where.column !== undefined ? `column "${where.column}"` : undefined,
    ]
      .filter((x) => x !== undefined)
      .join(", ");
    super(at ? `${at}: ${msg.en}` : msg.en);
    this.code = msg.code;
    this.sv = msg.sv;
    this.en = msg.en;
    if (where.file !== undefined) this.file = where.file;
    if (where.row !== undefined) this.row = where.row;
    if (where.column !== undefined) this.column = where.column;
    if (where.rows !== undefined) this.rows = where.rows;
    if (where.columns !== undefined) this.columns = where.columns;
  }

  /** @deprecated Use {@link FlodesError.sv}. */
  get messageSv(): string {
    return this.sv;
  }

  /** @deprecated Use {@link FlodesError.en}. */
  get messageEn(): string {
    return this.en;
  }
}

/**
 * @deprecated Use {@link FlodesError}: an import's file-level problem is a FlodesError whose code is an
 * {@link ImportErrorCode}. Kept so that `catch (e) { if (e instanceof ImportError) … }` goes on working.
 */
export const ImportError = FlodesError;
/** @deprecated Use {@link FlodesError}. */
export type ImportError = FlodesError<ImportErrorCode>;

/** @deprecated Use {@link FlodesError} (codes "badTime", "badSpan", "badDate", "badZone", "badWeekday"). */
export const CalendarError = FlodesError;
/** @deprecated Use {@link FlodesError}. */
export type CalendarError = FlodesError<"badTime" | "badSpan" | "badDate" | "badZone" | "badWeekday">;

/** @deprecated Use {@link FlodesError} (codes "badAsOf", "badOption"). */
export const QueueError = FlodesError;
/** @deprecated Use {@link FlodesError}. */
export type QueueError = FlodesError<"badAsOf" | "badOption">;
