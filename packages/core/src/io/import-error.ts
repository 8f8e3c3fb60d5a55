import type { IssueCode } from "../model/quality.js";

/** Codes of file-level problems that stop an import. */
export type ImportErrorCode =
  | IssueCode
  | "UNREADABLE"
  | "NO_FLOW_COLUMN"
  | "NO_STEP_COLUMN"
  | "NO_TIME_COLUMN"
  | "NO_SUCH_COLUMN"
  | "EMPTY"
  /** An XML source declares entities or an external DTD (refused: no entity expansion, no other file is read). */
  | "UNSAFE_XML"
  /** Input too large: a compressed source past its decompressed-size or ratio limit, or a log past memory. */
  | "TOO_LARGE";

/**
 * A file-level problem that stops an import (one bad row never throws: it is reported in the quality report).
 * `message` is the English text (as for any Error); `messageSv`/`messageEn` hold both languages.
 *
 * @example
 * try { importCsv(text) } catch (e) { if (e instanceof ImportError && e.code === "PERSONNUMMER") console.error(e.messageSv) }
 */
export class ImportError extends Error {
  override readonly name = "ImportError";
  readonly code: ImportErrorCode;
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  /** Rows concerned, when several (e.g. the first few rows holding personnummer). */
  readonly rows?: number[];
  /** Columns concerned, when several. */
  readonly columns?: string[];
  readonly messageSv: string;
  readonly messageEn: string;

  constructor(
    code: ImportErrorCode,
    msg: { message: string; messageEn: string },
    where: { file?: string; row?: number; column?: string; rows?: number[]; columns?: string[] } = {},
  ) {
    const at = [where.file, where.row !== undefined ? `row ${where.row}` : undefined, where.column !== undefined ? `column "${where.column}"` : undefined]
      .filter((x) => x !== undefined)
      .join(", ");
    super(at ? `${at}: ${msg.messageEn}` : msg.messageEn);
    this.code = code;
    this.messageSv = msg.message;
    this.messageEn = msg.messageEn;
    if (where.file !== undefined) this.file = where.file;
    if (where.row !== undefined) this.row = where.row;
    if (where.column !== undefined) this.column = where.column;
    if (where.rows !== undefined) this.rows = where.rows;
    if (where.columns !== undefined) this.columns = where.columns;
  }
}
