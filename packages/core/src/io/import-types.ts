import type { EventLog } from "../model/event-log.js";
import type { Observation } from "../model/observation.js";
import type { Process } from "../model/process.js";
import type { QualityReport } from "../model/quality.js";

/**
 * Which source column feeds which field. Values are column names as in the file (matched
 * case-insensitively, ignoring surrounding space and `_`/space/`-` differences).
 */
export interface ColumnMapping {
  flow: string;
  step: string;
  start?: string;
  end?: string;
  /** The single timestamp of an event (single-timestamp and lifecycle logs). */
  time?: string;
  lifecycle?: string;
  unit?: string;
  role?: string;
  resource?: string;
  category?: string;
  process?: string;
}

/** Options for {@link importCsv}, {@link importXes} and `importFile`. */
export interface ImportOptions {
  /** File name put into every issue and error. __Default value:__ none. */
  file?: string;
  /** IANA zone for wall-clock times without an offset. __Default value:__ `"Europe/Stockholm"`. */
  tz?: string;
  /**
   * Explicit column mapping; overrides the automatic one field by field. An empty string switches a
   * field's automatic mapping off. __Default value:__ automatic mapping only.
   */
  mapping?: Partial<ColumnMapping>;
  /** Field separator. __Default value:__ auto-detected among `,` `;` tab (and `|`). */
  sep?: "," | ";" | "\t" | string;
  /** Text encoding of byte input. __Default value:__ `"auto"` (UTF-8 unless invalid, then Windows-1252). */
  encoding?: "auto" | "utf-8" | "windows-1252";
  /** What to do with personnummer-like values. __Default value:__ `"refuse"` (throw FlodesError PERSONNUMMER). */
  personnummer?: "refuse" | "pseudonymise";
  /**
   * Key for pseudonymisation (HMAC-SHA-256). __Default value:__ a random key per import, so pseudonyms
   * are stable within one import only; give a key to link pseudonyms across files.
   */
  pseudonymKey?: string;
  /** Process model(s): standard durations for single-timestamp logs and the set of known steps. */
  model?: Process | readonly Process[];
  /**
   * Order of day and month in `dd/mm/yyyy`-like values. __Default value:__ `"auto"`: decided per column
   * from the data (a first field > 12 means day first, a second field > 12 means month first); undecidable
   * columns are read day first (a European tool) with a DATE_ORDER_ASSUMED warning.
   */
  dateOrder?: "auto" | "dmy" | "mdy" | "ymd";
  /** Called about every 100 000 rows. __Default value:__ none. */
  onProgress?: (rowsDone: number, rowsTotalEstimate: number) => void;
  /**
   * Per-code cap on issues kept in `quality.issues` (counts stay exact; the rest is in `omittedIssues`).
   * __Default value:__ 1000.
   */
  maxIssuesPerCode?: number;
  /**
   * Most bytes a compressed source (`.gz`, the parts of an `.xlsx`) may expand to; past it the import stops
   * with FlodesError `TOO_LARGE`. __Default value:__ 8 GB (`DEFAULT_MAX_DECOMPRESSED_BYTES`).
   */
  maxDecompressedBytes?: number;
  /**
   * Most decompressed bytes per compressed byte, checked past 64 MiB of output (zip-bomb guard); past it the
   * import stops with FlodesError `TOO_LARGE`. __Default value:__ 200 (`DEFAULT_MAX_COMPRESSION_RATIO`).
   */
  maxCompressionRatio?: number;
}

/** What an import returns. */
export interface ImportResult {
  /** The log, columnar, steps and processes resolved against the model: what every analysis takes. */
  log: EventLog;
  /** The same log as objects (an adapter, built on first access). */
  observations: Observation[];
  quality: QualityReport;
  /** The mapping used (automatic, overridden by `options.mapping`). */
  mapping: ColumnMapping;
  /** Column names of the source, in order. */
  columns: string[];
  /** `interval`: start and end columns; `single`: one timestamp per event; `lifecycle`: start/complete events. */
  kind: "interval" | "single" | "lifecycle";
  /** Unmapped columns, kept per observation in `Observation.attrs`. */
  attributes: string[];
}
