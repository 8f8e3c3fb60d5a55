import { rememberFlowIndex } from "../../log/flow-index.js";
import { resolveEventLog } from "../../log/resolve-log.js";
import { toObservations } from "../../log/to-observations.js";
import { FlodesError } from "../../messages/flodes-error.js";
import { importMessage } from "../../messages/import.js";
import { CATEGORY_CODE } from "../../model/category.js";
import { parseCategory } from "../../model/category-words.js";
import type { AttributeColumn, EventLog } from "../../model/event-log.js";
import type { Observation } from "../../model/observation.js";
import type { QualityReport } from "../../model/quality.js";
import { dayMonthEvidence, TimeParser } from "../../time/parse-time.js";
import { WALL_AMBIGUOUS, WALL_GAP, WALL_OK, ZoneConverter } from "../../time/zoned-time.js";
import { type ColumnIndexes, mapColumns, normaliseColumnName } from "../column-map.js";
import type { ColumnMapping, ImportOptions, ImportResult } from "../import-types.js";
import type { IssueSink } from "../issue-sink.js";
import { RecordBuffer, type RecordSink, type SourceMessage } from "../source/record.js";
import { findDuplicates, hasDuplicates } from "./duplicates.js";
import { LIFE_COMPLETE, LIFE_START, ORIGIN_ATOMIC, pairLifecycle } from "./lifecycle.js";
import { holdsPersonnummer, pseudonymiseValue, type ScannedColumn, scanColumns } from "./privacy.js";
import { TextDictionary } from "./text-dictionary.js";

/** Records read before date order is decided from their values. */
const SAMPLE_ROWS = 1000;
const PROGRESS_EVERY = 100_000;
/** Plausible years; a time outside is rejected (IMPLAUSIBLE_TIME) rather than read as a date no log holds. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;
const MIN_MS = Date.UTC(MIN_YEAR, 0, 1) - 14 * 3_600_000;
const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1) + 14 * 3_600_000;
/** Lifecycle value kinds beyond start/complete (schedule, suspend …): counted, kept out of the log. */
const LIFE_OTHER = 2;

/** Normalised lifecycle value: "start", "complete" or the lower-cased original (e.g. "schedule"). */
export function normaliseLifecycle(v: string): string {
  const t = v.trim().toLowerCase();
  switch (t) {
    case "":
    case "complete":
    case "completed":
    case "end":
    case "finish":
    case "finished":
    case "slut":
    case "klar":
    case "avslutad":
      return "complete";
    case "start":
    case "started":
    case "begin":
    case "påbörjad":
      return "start";
    default:
      return t;
  }
}

/** Options of {@link LogBuilder}: the import options plus a size estimate. */
export interface LogBuilderOptions extends ImportOptions {
  /** Expected rows, to size the columns once (e.g. file size ÷ bytes per row of a sample). __Default:__ grown as needed. */
  expectedRows?: number;
}

/** Format facts the reader found, put into the quality report. */
export type SourceMeta = Pick<QualityReport, "encoding" | "separator">;

function randomKey(): string {
  const b = new Uint8Array(32);
  globalThis.crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/** A nullable dictionary-coded column of the builder. */
interface CodedColumn {
  col: number;
  dict: TextDictionary;
  codes: Int32Array;
}

/**
 * Writes each record of a streamed source straight into growable typed columns — flow, step, process, unit, role,
 * resource and extra attributes dictionary-encoded, times as Float64 — and, at `finish`, finds exact duplicates,
 * checks (or pseudonymises) personnummer on the distinct values, pairs lifecycle events, resolves steps against the
 * model once and returns the {@link EventLog} with its quality report. Column mapping and log kind come from the
 * header; date order from the first {@link SAMPLE_ROWS} records — no second pass over the data.
 *
 * Row accounting: rows in = accepted + rejected, always; bad rows are reported (file, row, column, sv + en), never
 * thrown; only file-level problems throw {@link FlodesError}.
 *
 * @example
 * const b = new LogBuilder(issues, { tz: "Europe/Stockholm" });
 * new CsvStreamReader(b, issues).push(bytes); // … then reader.end()
 * const { log, quality } = b.finish({ encoding: "utf-8", separator: ";" });
 */
export class LogBuilder implements RecordSink {
  private columns: string[] = [];
  private ix: ColumnIndexes = {};
  private kind: "interval" | "point" = "point";
  /** The first records, kept as they came (bytes or strings), until the date order is decided. */
  private sample: { row: number; values: (string | Uint8Array)[] }[] | null = [];
  private readonly replay = new RecordBuffer(16);
  private readonly zone: ZoneConverter;
  private parsers: (TimeParser | null)[] = [];
  private started = false;

  // Row columns (index = accepted row).
  private n = 0;
  private cap: number;
  private flow: Int32Array;
  private step: Int32Array;
  private start: Float64Array;
  private end: Float64Array;
  private cat: Int8Array;
  private row: Int32Array;
  private life: Uint8Array | null = null;
  private readonly flowDict = new TextDictionary();
  private readonly stepDict = new TextDictionary();
  private coded: CodedColumn[] = [];
  private procCol: CodedColumn | null = null;
  private unitCol: CodedColumn | null = null;
  private roleCol: CodedColumn | null = null;
  private resCol: CodedColumn | null = null;
  private attrCols: CodedColumn[] = [];
  private catDict: TextDictionary | null = null;
  private catParsed = new Int8Array(16);
  private lcDict: TextDictionary | null = null;
  private lcKind = new Uint8Array(16);

  private rowsIn = 0;
  private rejected = 0;
  private ignoredRows = 0;
  private readonly lifecycleCounts: Record<string, number> = {};
  private readonly ignored = new Map<string, { count: number; row: number }>();
  /** Rows and columns where a personnummer showed in a value that was rejected (e.g. an unreadable time). */
  private readonly rejectedPnr: { row: number; column: string }[] = [];

  constructor(
    private readonly issues: IssueSink,
    private readonly options: LogBuilderOptions = {},
  ) {
    const tz = options.tz ?? "Europe/Stockholm";
    try {
      this.zone = new ZoneConverter(tz);
    } catch {
      throw new FlodesError(importMessage.badTimeZone(tz), this.where());
    }
    this.cap = Math.max(1024, Math.ceil(options.expectedRows ?? 0));
    this.flow = new Int32Array(this.cap);
    this.step = new Int32Array(this.cap);
    this.start = new Float64Array(this.cap);
    this.end = new Float64Array(this.cap);
    this.cat = new Int8Array(this.cap);
    this.row = new Int32Array(this.cap);
  }

  private where(): { file?: string } {
    return this.issues.file !== undefined ? { file: this.issues.file } : {};
  }

  // ── RecordSink ────────────────────────────────────────────────────────────────────────────────────────────

  header(names: readonly string[]): void {
    const columns = names.map((c, i) => c.trim() || `kolumn${i + 1}`);
    // Names equal but for case, spaces or punctuation would map ambiguously: the later one is renamed and reported.
    const seen = new Map<string, number>();
    columns.forEach((c, i) => {
      const k = normaliseColumnName(c);
      const first = seen.get(k);
      if (first === undefined) {
        seen.set(k, i);
        return;
      }
      let copy = 2;
      while (seen.has(normaliseColumnName(`${c} (${copy})`))) copy++;
      const renamed = `${c} (${copy})`;
      seen.set(normaliseColumnName(renamed), i);
      this.issues.add("warning", 1, renamed, importMessage.duplicateColumn(c, first + 1, i + 1, renamed));
      columns[i] = renamed;
    });
    this.checkColumnNames(columns);
    this.columns = columns;
    const mapped = mapColumns(columns, this.options.mapping);
    if (mapped.missing) {
      const { field, column } = mapped.missing;
      throw new FlodesError(importMessage.noSuchColumn(field, column), { ...this.where(), column });
    }
    const ix = mapped.indexes;
    if (ix.flow === undefined) throw new FlodesError(importMessage.noColumn("flow", columns), this.where());
    if (ix.step === undefined) throw new FlodesError(importMessage.noColumn("step", columns), this.where());
    if (ix.start === undefined && ix.end === undefined && ix.time === undefined) {
      throw new FlodesError(importMessage.noColumn("time", columns), this.where());
    }
    this.kind = ix.start !== undefined && ix.end !== undefined ? "interval" : "point";
    if (this.kind === "interval") delete ix.time;
    else if (ix.time === undefined) {
      ix.time = ix.end ?? ix.start;
      delete ix.end;
      delete ix.start;
    }
    this.ix = ix;
    const make = (col: number | undefined): CodedColumn | null => {
      if (col === undefined) return null;
      const c = { col, dict: new TextDictionary(), codes: new Int32Array(this.cap) };
      this.coded.push(c);
      return c;
    };
    this.procCol = make(ix.process);
    this.unitCol = make(ix.unit);
    this.roleCol = make(ix.role);
    this.resCol = make(ix.resource);
    if (ix.category !== undefined) this.catDict = new TextDictionary();
    if (ix.lifecycle !== undefined && this.kind === "point") {
      this.lcDict = new TextDictionary();
      this.life = new Uint8Array(this.cap);
    }
    const used = new Set(Object.values(ix));
    for (let c = 0; c < columns.length; c++) if (!used.has(c)) this.attrCols.push(make(c)!);
    this.parsers = columns.map(() => null);
  }

  addColumns(names: readonly string[]): void {
    for (const name of names) {
      const col = this.columns.length;
      this.columns.push(name);
      this.checkColumnNames([name]);
      this.parsers.push(null);
      const c: CodedColumn = { col, dict: new TextDictionary(), codes: new Int32Array(this.cap).fill(-1) };
      this.coded.push(c);
      this.attrCols.push(c);
    }
  }

  record(rec: RecordBuffer): void {
    if (this.sample !== null) {
      const values: (string | Uint8Array)[] = [];
      for (let i = 0; i < rec.count; i++) {
        const str = rec.str[i];
        values.push(str !== undefined ? str : rec.seg[i].slice(rec.start[i], rec.end[i]));
      }
      this.sample.push({ row: rec.row, values });
      this.replay.codec = rec.codec;
      if (this.sample.length >= SAMPLE_ROWS) this.startRows();
      return;
    }
    this.take(rec);
  }

  rejectRecord(row: number, msg: SourceMessage): void {
    this.rowsIn++;
    this.rejected++;
    this.issues.add("error", row, null, msg);
  }

  // ── Rows ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** Decides date order per time column from the sample, then reads the sample's records. */
  private startRows(): void {
    const sample = this.sample ?? [];
    this.sample = null;
    this.started = true;
    const ix = this.ix;
    for (const col of [ix.start, ix.end, ix.time]) {
      if (col === undefined) continue;
      this.parsers[col] = new TimeParser(this.zone, this.decideOrder(col, sample));
    }
    const rec = this.replay;
    for (const s of sample) {
      rec.reset(s.row);
      for (const v of s.values) {
        if (typeof v === "string") rec.pushString(v);
        else rec.pushBytes(v, 0, v.length);
      }
      this.take(rec);
    }
  }

  private decideOrder(col: number, sample: readonly { values: (string | Uint8Array)[] }[]): "dmy" | "mdy" {
    const option = this.options.dateOrder;
    if (option === "mdy") return "mdy";
    if (option === "dmy" || option === "ymd") return "dmy";
    let first = 0;
    let second = 0;
    let ambiguous = 0;
    for (const s of sample) {
      const v = s.values[col] ?? "";
      const e = dayMonthEvidence(typeof v === "string" ? v : this.replay.codec.decode(v, 0, v.length));
      if (e === 1) first++;
      else if (e === 2) second++;
      else if (e === 0) ambiguous++;
    }
    if (second > 0 && first === 0) return "mdy";
    if (first === 0 && second === 0 && ambiguous > 0) {
      this.issues.add("warning", 0, this.columns[col], importMessage.dateOrderAssumed(), { count: ambiguous });
    }
    return "dmy";
  }

  /** Makes room for `rows` rows at once (e.g. from the file size), so the columns are not regrown while reading. */
  reserve(rows: number): void {
    if (rows > this.cap) this.grow(Math.ceil(rows));
  }

  private grow(to?: number): void {
    try {
      this.regrow(to ?? Math.ceil(this.cap * 1.5) + 1024);
    } catch (e) {
      // An ArrayBuffer that cannot be allocated is a RangeError, not a V8 abort: say so in both languages.
      if (e instanceof RangeError) {
        throw new FlodesError(
          importMessage.tooLarge(`${this.n} rader lästa, kolumnerna får inte plats`, `${this.n} rows read, the columns do not fit`),
          this.where(),
        );
      }
      throw e;
    }
  }

  private regrow(cap: number): void {
    const g = <T extends Int32Array | Float64Array | Int8Array | Uint8Array>(a: T, fill?: number): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      if (fill !== undefined) b.fill(fill, a.length);
      return b;
    };
    this.flow = g(this.flow);
    this.step = g(this.step);
    this.start = g(this.start);
    this.end = g(this.end);
    this.cat = g(this.cat);
    this.row = g(this.row);
    if (this.life) this.life = g(this.life);
    for (const c of this.coded) c.codes = g(c.codes, -1);
    this.cap = cap;
  }

  private code(dict: TextDictionary, rec: RecordBuffer, col: number): number {
    if (col >= rec.count) return -1;
    const s = rec.str[col];
    return s !== undefined ? dict.codeOf(s, rec.row) : dict.codeOfBytes(rec.seg[col], rec.start[col], rec.end[col], rec.row, rec.codec);
  }

  /** The time in field `col`, or NaN (reported). Small on purpose: the common case stays inlinable in `take`. */
  private time(rec: RecordBuffer, col: number): number {
    const p = this.parsers[col]!;
    const s = col < rec.count ? rec.str[col] : "";
    const t = s !== undefined ? p.parse(s) : p.parseBytes(rec.seg[col], rec.start[col], rec.end[col], this.decodeBytes(rec));
    if (t >= MIN_MS && t <= MAX_MS && p.flag === WALL_OK) return t;
    return this.unusualTime(rec, col, t, p);
  }

  /** Reports a missing, unreadable or implausible time (NaN) or a DST wall time (the time, with a warning). */
  private unusualTime(rec: RecordBuffer, col: number, t: number, p: TimeParser): number {
    const name = this.columns[col];
    if (Number.isNaN(t)) {
      if (rec.isBlank(col)) {
        this.issues.add("error", rec.row, name, importMessage.missingTime());
        return NaN;
      }
      const raw = rec.value(col).trim();
      if (holdsPersonnummer(raw)) {
        this.rejectedPnr.push({ row: rec.row, column: name });
        this.issues.add("error", rec.row, name, importMessage.unparseableTime("…"));
      } else {
        const shown = raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
        this.issues.add("error", rec.row, name, importMessage.unparseableTime(shown), { value: shown });
      }
      return NaN;
    }
    if (t < MIN_MS || t > MAX_MS) {
      const raw = rec.value(col).trim();
      this.issues.add("error", rec.row, name, importMessage.implausibleTime(raw, MIN_YEAR, MAX_YEAR), { value: raw });
      return NaN;
    }
    if (p.flag === WALL_GAP) {
      const raw = rec.value(col).trim();
      this.issues.add("warning", rec.row, name, importMessage.dstGap(raw, p.gapMs / 60_000), { value: raw });
    } else if (p.flag === WALL_AMBIGUOUS) {
      const raw = rec.value(col).trim();
      this.issues.add("warning", rec.row, name, importMessage.dstAmbiguous(raw), { value: raw });
    }
    return t;
  }

  private decoder: ((b: Uint8Array, a: number, e: number) => string) | null = null;
  private decodeBytes(rec: RecordBuffer): (b: Uint8Array, a: number, e: number) => string {
    if (this.decoder === null) {
      const codec = rec.codec;
      this.decoder = (b, a, e) => codec.decode(b, a, e);
    }
    return this.decoder;
  }

  private categoryOf(code: number): number {
    if (code >= this.catParsed.length) {
      const b = new Int8Array(this.catParsed.length * 2);
      b.set(this.catParsed);
      this.catParsed = b;
    }
    let c = this.catParsed[code];
    if (c === 0) {
      const parsed = parseCategory(this.catDict!.values[code]);
      // Stored +1 so that 0 means "not parsed yet"; −1 marks an unknown word.
      c = parsed === null ? -1 : CATEGORY_CODE[parsed] + 1;
      this.catParsed[code] = c;
    }
    return c < 0 ? -2 : c - 1;
  }

  private lifeOf(code: number): number {
    if (code < 0) return LIFE_COMPLETE;
    if (code >= this.lcKind.length) {
      const b = new Uint8Array(this.lcKind.length * 2);
      b.set(this.lcKind);
      this.lcKind = b;
    }
    let k = this.lcKind[code];
    if (k === 0) {
      const v = normaliseLifecycle(this.lcDict!.values[code]);
      k = (v === "complete" ? LIFE_COMPLETE : v === "start" ? LIFE_START : LIFE_OTHER) + 1;
      this.lcKind[code] = k;
    }
    return k - 1;
  }

  private take(rec: RecordBuffer): void {
    const n = this.rowsIn++;
    if (this.options.onProgress && n > 0 && n % PROGRESS_EVERY === 0) this.options.onProgress(n, n);
    const ix = this.ix;
    const row = rec.row;
    let bad = false;
    const f = this.code(this.flowDict, rec, ix.flow!);
    if (f < 0) {
      this.issues.add("error", row, this.columns[ix.flow!], importMessage.missingFlow());
      bad = true;
    }
    const st = this.code(this.stepDict, rec, ix.step!);
    if (st < 0) {
      this.issues.add("error", row, this.columns[ix.step!], importMessage.missingStep());
      bad = true;
    }
    let cat = -1;
    if (this.catDict !== null) {
      const c = this.code(this.catDict, rec, ix.category!);
      if (c >= 0) {
        cat = this.categoryOf(c);
        if (cat === -2) {
          const raw = this.catDict.values[c];
          const shown = holdsPersonnummer(raw) ? "…" : raw;
          this.issues.add("error", row, this.columns[ix.category!], importMessage.badCategory(shown), { value: shown });
          bad = true;
        }
      }
    }
    let s: number;
    let e: number;
    if (this.kind === "interval") {
      s = this.time(rec, ix.start!);
      e = this.time(rec, ix.end!);
      if (Number.isNaN(s) || Number.isNaN(e)) bad = true;
      else if (e < s) {
        this.issues.add("error", row, this.columns[ix.end!], importMessage.endBeforeStart());
        bad = true;
      }
    } else {
      s = e = this.time(rec, ix.time!);
      if (Number.isNaN(s)) bad = true;
    }
    let life = LIFE_COMPLETE;
    if (this.lcDict !== null) {
      const c = this.code(this.lcDict, rec, ix.lifecycle!);
      life = this.lifeOf(c);
      if (!bad) {
        const v = c < 0 ? "complete" : normaliseLifecycle(this.lcDict.values[c]);
        this.lifecycleCounts[v] = (this.lifecycleCounts[v] ?? 0) + 1;
        if (life === LIFE_OTHER) {
          const g = this.ignored.get(v);
          if (g) g.count++;
          else this.ignored.set(v, { count: 1, row });
          this.ignoredRows++;
          return;
        }
      }
    }
    if (bad) {
      this.rejected++;
      return;
    }
    const k = this.n;
    if (k === this.cap) this.grow();
    this.flow[k] = f;
    this.step[k] = st;
    this.start[k] = s;
    this.end[k] = e;
    this.cat[k] = cat;
    this.row[k] = row;
    if (this.life !== null) this.life[k] = life;
    const coded = this.coded;
    for (const c of coded) {
      c.codes[k] = this.code(c.dict, rec, c.col);
    }
    this.n = k + 1;
  }

  // ── Privacy ───────────────────────────────────────────────────────────────────────────────────────────────

  private checkColumnNames(columns: string[]): void {
    const hit = columns.findIndex((c) => holdsPersonnummer(c));
    if (hit < 0) return;
    if ((this.options.personnummer ?? "refuse") === "refuse") {
      throw new FlodesError(importMessage.personnummer([1], [`kolumn ${hit + 1}`], 1), {
        ...this.where(),
        row: 1,
        rows: [1],
        columns: [`kolumn ${hit + 1}`],
      });
    }
    const key = this.pseudonymKey();
    columns.forEach((c, i) => {
      if (holdsPersonnummer(c)) columns[i] = pseudonymiseValue(c, key).value;
    });
  }

  private keyCache: string | null = null;
  private pseudonymKey(): string {
    return (this.keyCache ??= this.options.pseudonymKey ?? randomKey());
  }

  /** Every dictionary-coded column with its name, for the personnummer scan. */
  private scannedColumns(): (ScannedColumn & { dict: TextDictionary; codes: Int32Array | null })[] {
    const ix = this.ix;
    const out: (ScannedColumn & { dict: TextDictionary; codes: Int32Array | null })[] = [
      {
        name: this.columns[ix.flow!],
        values: this.flowDict.values,
        firstRow: this.flowDict.firstRow,
        dict: this.flowDict,
        codes: this.flow,
      },
      {
        name: this.columns[ix.step!],
        values: this.stepDict.values,
        firstRow: this.stepDict.firstRow,
        dict: this.stepDict,
        codes: this.step,
      },
    ];
    for (const c of this.coded)
      out.push({ name: this.columns[c.col], values: c.dict.values, firstRow: c.dict.firstRow, dict: c.dict, codes: c.codes });
    if (this.catDict)
      out.push({
        name: this.columns[ix.category!],
        values: this.catDict.values,
        firstRow: this.catDict.firstRow,
        dict: this.catDict,
        codes: null,
      });
    if (this.lcDict)
      out.push({
        name: this.columns[ix.lifecycle!],
        values: this.lcDict.values,
        firstRow: this.lcDict.firstRow,
        dict: this.lcDict,
        codes: null,
      });
    return out;
  }

  /** Refuses the import (throws) or pseudonymises the distinct values in place; returns the new dictionaries. */
  private handlePersonnummer(): Map<TextDictionary, string[]> {
    const cols = this.scannedColumns();
    const hits = scanColumns(cols);
    const replaced = new Map<TextDictionary, string[]>();
    if (hits.length === 0 && this.rejectedPnr.length === 0) return replaced;
    const total = hits.reduce((a, h) => a + h.codes.length, 0) + this.rejectedPnr.length;
    if ((this.options.personnummer ?? "refuse") === "refuse") {
      const rows = [...new Set([...hits.flatMap((h) => h.rows), ...this.rejectedPnr.map((r) => r.row)])].sort((a, b) => a - b).slice(0, 5);
      const columns = [...new Set([...hits.map((h) => h.column), ...this.rejectedPnr.map((r) => r.column)])];
      throw new FlodesError(importMessage.personnummer(rows, columns, total), {
        ...this.where(),
        row: rows[0],
        column: columns[0],
        rows,
        columns,
      });
    }
    const key = this.pseudonymKey();
    let count = 0;
    for (const h of hits) {
      const col = cols.find((c) => c.name === h.column)!;
      const values = col.dict.values.slice();
      for (const code of h.codes) {
        const r = pseudonymiseValue(values[code], key, h.embedded10);
        values[code] = r.value;
        count += r.count;
      }
      replaced.set(col.dict, values);
    }
    if (count > 0) this.issues.add("warning", 0, null, importMessage.pseudonymised(count), { count });
    return replaced;
  }

  // ── Finish ────────────────────────────────────────────────────────────────────────────────────────────────

  /** Ends the import: duplicates, personnummer, lifecycle pairing, step resolution; the log and its quality report. */
  finish(meta: SourceMeta = {}): ImportResult {
    if (this.columns.length === 0) throw new FlodesError(importMessage.empty(), this.where());
    if (!this.started) this.startRows();
    const ix = this.ix;
    const replaced = this.handlePersonnummer();
    let n = this.n;

    // Exact duplicates, compared on the columns.
    const others: (Int32Array | Int8Array | Uint8Array)[] = [this.step.subarray(0, n), this.cat.subarray(0, n)];
    if (this.life) others.push(this.life.subarray(0, n));
    for (const c of this.coded) others.push(c.codes.subarray(0, n));
    const { dupOf, index: rowIndex } = findDuplicates({
      n,
      flow: this.flow.subarray(0, n),
      flowCount: this.flowDict.size,
      start: this.start,
      end: this.end,
      others,
    });
    const rowsAreObservations = !hasDuplicates(dupOf);
    if (!rowsAreObservations) {
      let w = 0;
      for (let i = 0; i < n; i++) {
        if (dupOf[i] >= 0) {
          this.rejected++;
          this.issues.add("error", this.row[i], null, importMessage.duplicateRow(this.row[dupOf[i]]));
          continue;
        }
        if (w !== i) this.moveRow(i, w);
        w++;
      }
      n = w;
    }

    // Dictionaries after pseudonymisation: values that became equal share one code.
    const remapped = (dict: TextDictionary, codes: Int32Array | null, len: number): string[] => {
      const values = replaced.get(dict);
      if (!values) return dict.values;
      const unique: string[] = [];
      const index = new Map<string, number>();
      const map = values.map((v) => {
        let c = index.get(v);
        if (c === undefined) {
          c = unique.length;
          unique.push(v);
          index.set(v, c);
        }
        return c;
      });
      if (codes) for (let i = 0; i < len; i++) if (codes[i] >= 0) codes[i] = map[codes[i]];
      return unique;
    };
    const flowIds = remapped(this.flowDict, this.flow, n);
    const stepValues = remapped(this.stepDict, this.step, n);
    const valuesOf = (c: CodedColumn | null): string[] => (c ? remapped(c.dict, c.codes, n) : []);
    const processValues = valuesOf(this.procCol);
    const unitIds = valuesOf(this.unitCol);
    const roleIds = valuesOf(this.roleCol);
    const resourceIds = valuesOf(this.resCol);
    const attrValues = this.attrCols.map((c) => valuesOf(c));

    let unmatchedStarts = 0;
    let unmatchedCompletes = 0;
    let rows: {
      len: number;
      flow: Int32Array;
      step: Int32Array;
      start: Float64Array;
      end: Float64Array;
      cat: Int8Array;
      row: Int32Array;
      codes: Int32Array[];
      origin?: Uint8Array;
    };
    const codedCols = this.coded.map((c) => c.codes.subarray(0, n));
    let kind: ImportResult["kind"] = this.kind === "interval" ? "interval" : "single";
    if (this.life?.subarray(0, n).includes(LIFE_START)) {
      kind = "lifecycle";
      const p = pairLifecycle({
        n,
        flow: this.flow,
        flowCount: flowIds.length,
        step: this.step,
        stepCount: stepValues.length,
        time: this.start,
        life: this.life,
      });
      const m = p.length;
      const flow = new Int32Array(m);
      const step = new Int32Array(m);
      const start = new Float64Array(m);
      const end = new Float64Array(m);
      const cat = new Int8Array(m);
      const row = new Int32Array(m);
      const codes = codedCols.map(() => new Int32Array(m));
      for (let k = 0; k < m; k++) {
        const a = p.first[k];
        const b = p.second[k];
        flow[k] = this.flow[a];
        step[k] = this.step[a];
        start[k] = this.start[a];
        end[k] = b >= 0 ? this.start[b] : this.start[a];
        cat[k] = this.cat[a] >= 0 || b < 0 ? this.cat[a] : this.cat[b];
        row[k] = this.row[a];
        for (let c = 0; c < codes.length; c++) {
          const v = codedCols[c][a];
          codes[c][k] = v >= 0 || b < 0 ? v : codedCols[c][b];
        }
      }
      const lcName = this.columns[ix.lifecycle!];
      for (const e of p.unmatchedStarts) this.issues.add("warning", this.row[e], lcName, importMessage.unmatchedStart());
      for (const e of p.unmatchedCompletes) this.issues.add("warning", this.row[e], lcName, importMessage.unmatchedComplete());
      unmatchedStarts = p.unmatchedStarts.length;
      unmatchedCompletes = p.unmatchedCompletes.length;
      rows = { len: m, flow, step, start, end, cat, row, codes, origin: p.origin };
    } else {
      rows = {
        len: n,
        flow: this.flow.subarray(0, n),
        step: this.step.subarray(0, n),
        start: this.start.subarray(0, n),
        end: this.end.subarray(0, n),
        cat: this.cat.subarray(0, n),
        row: this.row.subarray(0, n),
        codes: codedCols,
        ...(this.kind === "point" ? { origin: new Uint8Array(n).fill(ORIGIN_ATOMIC) } : {}),
      };
    }
    const codesOf = (c: CodedColumn | null): Int32Array => (c ? rows.codes[this.coded.indexOf(c)] : new Int32Array(rows.len).fill(-1));
    const attributes: AttributeColumn[] = this.attrCols.map((c, k) => ({
      name: this.columns[c.col],
      codes: codesOf(c),
      values: attrValues[k],
    }));
    const { log, unresolved } = resolveEventLog(
      {
        length: rows.len,
        flow: rows.flow,
        flowIds,
        step: rows.step,
        stepValues,
        ...(this.procCol ? { process: codesOf(this.procCol) } : {}),
        processValues,
        start: rows.start,
        end: rows.end,
        category: rows.cat,
        row: rows.row,
        unit: codesOf(this.unitCol),
        unitIds,
        role: codesOf(this.roleCol),
        roleIds,
        resource: codesOf(this.resCol),
        resourceIds,
        attributes,
        ...(rows.origin && kind !== "interval" ? { origin: rows.origin } : {}),
      },
      this.options.model !== undefined ? { model: this.options.model } : {},
    );
    const finalLog = this.applyStandardDurations(log);
    // Interval rows kept as they are order the same as the observations: the duplicates' flow index is the kernel's.
    if (rowsAreObservations && kind !== "lifecycle" && finalLog === log && flowIds === this.flowDict.values)
      rememberFlowIndex(finalLog, rowIndex);

    for (const [value, g] of this.ignored) {
      this.issues.add("warning", g.row, this.columns[ix.lifecycle!], importMessage.lifecycleIgnored(value, g.count), {
        count: g.count,
        value,
      });
    }
    for (const u of unresolved) {
      this.issues.add("warning", u.row, this.columns[ix.step!], importMessage.unknownStep(u.step, u.count), {
        count: u.count,
        value: u.step,
      });
    }
    if (this.options.onProgress) this.options.onProgress(this.rowsIn, this.rowsIn);

    const accepted = n + this.ignoredRows;
    if (accepted + this.rejected !== this.rowsIn) {
      throw new Error(`LogBuilder: row accounting broken (${this.rowsIn} in, ${accepted} accepted, ${this.rejected} rejected)`);
    }
    const quality: QualityReport = {
      rowsIn: this.rowsIn,
      accepted,
      rejected: this.rejected,
      issues: this.issues.issues.sort((a, b) => a.row - b.row),
      unmatchedStarts,
      unmatchedCompletes,
      lifecycle: this.lifecycleCounts,
      counts: this.issues.counts,
      observations: finalLog.length,
      ignoredRows: this.ignoredRows,
      omittedIssues: this.issues.omitted,
      ...meta,
    };
    if (this.issues.file !== undefined) quality.file = this.issues.file;
    const mapping = {} as ColumnMapping;
    for (const [field, c] of Object.entries(ix) as [keyof ColumnMapping, number][]) mapping[field] = this.columns[c];
    return withObservations({
      log: finalLog,
      quality,
      mapping,
      columns: this.columns.slice(),
      kind,
      attributes: this.attrCols.map((c) => this.columns[c.col]),
    });
  }

  private moveRow(from: number, to: number): void {
    this.flow[to] = this.flow[from];
    this.step[to] = this.step[from];
    this.start[to] = this.start[from];
    this.end[to] = this.end[from];
    this.cat[to] = this.cat[from];
    this.row[to] = this.row[from];
    if (this.life) this.life[to] = this.life[from];
    for (const c of this.coded) c.codes[to] = c.codes[from];
  }

  /** Single-timestamp (atomic) events of steps with a standard duration cover [t − duration, t], flagged. */
  private applyStandardDurations(log: EventLog): EventLog {
    const origin = log.origin;
    if (!origin) return log;
    const durations = log.stepModel.map((s) =>
      s?.standardDurationMs !== undefined && s.standardDurationMs > 0 ? s.standardDurationMs : 0,
    );
    if (!durations.some((d) => d > 0)) return log;
    const assumedStart = new Uint8Array(log.length);
    const perStep = new Map<number, number>();
    const start = log.start as Float64Array;
    for (let i = 0; i < log.length; i++) {
      if (origin[i] !== ORIGIN_ATOMIC) continue;
      const d = durations[log.step[i]];
      if (d <= 0) continue;
      start[i] = log.end[i] - d;
      assumedStart[i] = 1;
      perStep.set(log.step[i], (perStep.get(log.step[i]) ?? 0) + 1);
    }
    if (perStep.size === 0) return log;
    const timeName = this.columns[this.ix.time ?? this.ix.end ?? this.ix.start!] ?? null;
    for (const [st, count] of perStep) {
      const name = log.stepIds[st];
      this.issues.add("warning", 0, timeName, importMessage.assumedDuration(name, count, durations[st] / 60_000), { count, value: name });
    }
    return { ...log, assumedStart };
  }
}

/** Adds `observations` as a lazily built adapter, so the columns are the only copy unless objects are asked for. */
function withObservations(r: Omit<ImportResult, "observations">): ImportResult {
  let cache: Observation[] | undefined;
  return Object.defineProperty(r, "observations", {
    get: () => (cache ??= toObservations(r.log)),
    enumerable: false,
    configurable: true,
  }) as ImportResult;
}
