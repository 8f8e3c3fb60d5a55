import { FlodesError } from "../../messages/flodes-error.js";
import { importMessage } from "../../messages/import.js";
import type { Msg } from "../../messages/msg.js";
import type { TextEncodingName } from "../decode-text.js";
import type { IssueSink } from "../issue-sink.js";
import { pumpChunks } from "../source/pump-chunks.js";
import { type ByteProgress, type ByteSource, RecordBuffer, type RecordSink } from "../source/record.js";
import { XmlUtf8Stream } from "../xml/xml-encoding.js";
import { XmlScanner } from "../xml/xml-scanner.js";

/** Columns listed first, in this order, when present. */
export const XES_LEADING_COLUMNS: readonly string[] = [
  "case:concept:name",
  "concept:name",
  "time:timestamp",
  "lifecycle:transition",
  "org:resource",
  "org:role",
  "org:group",
];

/** Events read before the header is announced, so that it lists the leading columns the log really uses. */
const HEADER_SAMPLE_EVENTS = 1000;

const K_OTHER = 0;
const K_LOG = 1;
const K_TRACE = 2;
const K_EVENT = 3;
const K_ATTR = 4;
const KINDS = new Map<string, number>([
  ["log", K_LOG],
  ["trace", K_TRACE],
  ["event", K_EVENT],
  ...["string", "date", "int", "float", "boolean", "id", "list", "container", "values"].map((t): [string, number] => [t, K_ATTR]),
]);

/** Options of {@link readXes}. */
export interface ReadXesOptions {
  /** Called with the bytes read so far after each chunk. __Default:__ none. */
  onBytes?: ByteProgress;
  /** Called after each chunk; may throw to stop (e.g. a memory guard). __Default:__ none. */
  onChunk?: () => void;
}

/**
 * Streams an XES event log (IEEE 1849) into a {@link RecordSink}: one record per event, holding the event's
 * attributes and its trace's attributes prefixed `case:` (the trace's `concept:name` is `case:concept:name`,
 * the flow). Works on byte chunks — one trace's events are held until the trace ends, nothing more — and
 * records carry the line of their `<event` tag as row. See `XesStreamReader` for what is read.
 *
 * @returns the text encoding read (UTF-8 unless a BOM or the XML declaration says otherwise; Windows-1252 when
 *   values were not valid UTF-8, with an ENCODING_FALLBACK warning).
 * @example
 * const rows: string[][] = [];
 * const sink = { header() {}, addColumns() {}, record: (r) => rows.push([r.value(0), r.value(1)]), rejectRecord() {} };
 * await readXes([new TextEncoder().encode('<log><trace><string key="concept:name" value="A"/><event><string key="concept:name" value="Triage"/></event></trace></log>')], sink, new IssueSink(undefined));
 * rows // → [["A", "Triage"]]
 */
export async function readXes(
  source: ByteSource | ReadableStream<Uint8Array>,
  sink: RecordSink,
  issues: IssueSink,
  options: ReadXesOptions = {},
): Promise<{ encoding: TextEncodingName }> {
  const reader = new XesStreamReader(sink, issues);
  await pumpChunks(source, options, (chunk) => reader.push(chunk));
  return reader.end();
}

/**
 * The synchronous core of {@link readXes}: `push` byte chunks, then `end`.
 *
 * Columns: those of {@link XES_LEADING_COLUMNS} the log uses, in that order, then the others in order of first
 * use; the header is announced after the first {@link HEADER_SAMPLE_EVENTS} events, and a column first met
 * later goes through `sink.addColumns`. Global defaults, extensions, classifiers, log-level attributes and
 * nested attribute children (list/container values) are not data and are skipped; an event outside any trace
 * is delivered without trace attributes (the log builder then rejects it for its missing flow, counted).
 *
 * Security: no DTD is expanded and no other file read; only the five predefined entities and numeric character
 * references are decoded. A DOCTYPE declaring entities or naming an external DTD throws {@link FlodesError}
 * `UNSAFE_XML`; a document whose root is not `<log>`, or that ends before `</log>`, throws `UNREADABLE`.
 *
 * @example
 * const r = new XesStreamReader(builder, issues);
 * r.push(bytes);
 * const { encoding } = r.end();
 */
export class XesStreamReader {
  private readonly xes: XesReader;
  private readonly utf8: XmlUtf8Stream;

  constructor(
    sink: RecordSink,
    private readonly issues: IssueSink,
  ) {
    this.xes = new XesReader(sink, issues.file);
    const scanner = this.xes.scanner;
    this.utf8 = new XmlUtf8Stream((b) => scanner.push(b));
  }

  push(chunk: Uint8Array): void {
    this.utf8.push(chunk);
  }

  end(): { encoding: TextEncodingName } {
    this.utf8.end();
    this.xes.finish();
    if (this.xes.scanner.fellBack) {
      this.issues.add("warning", 0, null, importMessage.encodingFallback());
      return { encoding: "windows-1252" };
    }
    return { encoding: this.utf8.encoding };
  }
}

/** The XES element logic on top of the byte scanner. */
class XesReader {
  readonly scanner: XmlScanner;
  private readonly rec = new RecordBuffer(16);
  private readonly colIndex = new Map<string, number>();
  private readonly traceColIndex = new Map<string, number>();
  private colNames: string[] = [];
  /** Sink column of each internal column, −1 until announced. */
  private outIndex = new Int32Array(32).fill(-1);
  private headerSent = false;
  private sawRoot = false;
  private logClosed = false;
  private inTrace = false;
  private inEvent = false;
  private skipDepth = 0;
  /** The current trace's attributes as (column, value) pairs. */
  private readonly traceAttrs: (number | string)[] = [];
  /** The current trace's events: flat (column, value) pairs, each event's first pair index and row. */
  private evPairs: (number | string)[] = [];
  private evStart: number[] = [];
  private evRow: number[] = [];
  /** Events (trace pairs + event pairs) held until the header is announced. */
  private early: { row: number; pairs: (number | string)[] }[] = [];

  constructor(
    private readonly sink: RecordSink,
    private readonly file: string | undefined,
  ) {
    for (const c of XES_LEADING_COLUMNS) this.colOf(c);
    this.scanner = new XmlScanner(
      { open: (name, selfClosing) => this.open(name, selfClosing), close: (name) => this.close(name) },
      file !== undefined ? { file } : {},
    );
  }

  private colOf(key: string): number {
    let i = this.colIndex.get(key);
    if (i === undefined) {
      i = this.colNames.length;
      this.colIndex.set(key, i);
      this.colNames.push(key);
      if (i >= this.outIndex.length) {
        const g = new Int32Array(this.outIndex.length * 2).fill(-1);
        g.set(this.outIndex);
        this.outIndex = g;
      }
    }
    return i;
  }

  private traceColOf(key: string): number {
    let i = this.traceColIndex.get(key);
    if (i === undefined) {
      i = this.colOf(`case:${key}`);
      this.traceColIndex.set(key, i);
    }
    return i;
  }

  private kind(name: string): number {
    return KINDS.get(name) ?? KINDS.get(name.toLowerCase()) ?? K_OTHER;
  }

  private open(name: string, selfClosing: boolean): void {
    if (!this.sawRoot) {
      this.sawRoot = true;
      if (this.kind(name) !== K_LOG) this.fail(importMessage.notXes(name));
      if (selfClosing) this.logClosed = true;
      return;
    }
    if (this.skipDepth > 0) {
      if (!selfClosing) this.skipDepth++;
      return;
    }
    switch (this.kind(name)) {
      case K_TRACE:
        this.inTrace = !selfClosing;
        this.traceAttrs.length = 0;
        this.evPairs.length = 0;
        this.evStart.length = 0;
        this.evRow.length = 0;
        return;
      case K_EVENT:
        if (this.inEvent) this.endEvent(); // an unclosed <event>: the next one starts
        this.inEvent = true;
        this.evStart.push(this.evPairs.length);
        this.evRow.push(this.scanner.line);
        if (selfClosing) this.endEvent();
        return;
      case K_ATTR: {
        const key = this.scanner.attrInterned("key");
        // Strings repeat (steps, resources, lifecycle words) and are interned; dates and numbers rarely do.
        const value = key === undefined ? undefined : name === "string" ? this.scanner.attrInterned("value") : this.scanner.attr("value");
        if (key !== undefined && value !== undefined) {
          if (this.inEvent) this.evPairs.push(this.colOf(key), value);
          else if (this.inTrace) this.traceAttrs.push(this.traceColOf(key), value);
        }
        if (!selfClosing) this.skipDepth = 1;
        return;
      }
      default:
        // global, extension, classifier, unknown elements: nothing of theirs is data.
        if (!selfClosing) this.skipDepth = 1;
    }
  }

  private close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const k = this.kind(name);
    if (k === K_EVENT && this.inEvent) this.endEvent();
    else if (k === K_TRACE && this.inTrace) {
      this.flushTrace();
      this.inTrace = false;
    } else if (k === K_LOG) this.logClosed = true;
  }

  private endEvent(): void {
    this.inEvent = false;
    // An event outside any trace goes out at once, without trace attributes.
    if (!this.inTrace) this.flushTrace();
  }

  /** Delivers the held events with the trace's attributes. */
  private flushTrace(): void {
    const n = this.evStart.length;
    if (n === 0) return;
    const ta = this.inTrace ? this.traceAttrs : [];
    if (!this.headerSent) {
      for (let e = 0; e < n; e++) {
        const a = this.evStart[e];
        const b = e + 1 < n ? this.evStart[e + 1] : this.evPairs.length;
        this.early.push({ row: this.evRow[e], pairs: ta.concat(this.evPairs.slice(a, b)) });
      }
      if (this.early.length >= HEADER_SAMPLE_EVENTS) this.sendHeader();
    } else {
      this.announce(ta);
      this.announce(this.evPairs);
      for (let e = 0; e < n; e++) {
        const a = this.evStart[e];
        const b = e + 1 < n ? this.evStart[e + 1] : this.evPairs.length;
        this.emit(this.evRow[e], ta, 0, ta.length, this.evPairs, a, b);
      }
    }
    this.evPairs.length = 0;
    this.evStart.length = 0;
    this.evRow.length = 0;
  }

  private emit(row: number, p: (number | string)[], a: number, b: number, q: (number | string)[], c: number, d: number): void {
    const rec = this.rec;
    const out = this.outIndex;
    rec.reset(row);
    for (let i = a; i < b; i += 2) rec.setString(out[p[i] as number], p[i + 1] as string);
    for (let i = c; i < d; i += 2) rec.setString(out[q[i] as number], q[i + 1] as string);
    this.sink.record(rec);
  }

  /** Announces (addColumns) the columns among `pairs` not yet known to the sink. */
  private announce(pairs: (number | string)[]): void {
    let fresh: number[] | undefined;
    for (let i = 0; i < pairs.length; i += 2) {
      const c = pairs[i] as number;
      if (this.outIndex[c] < 0 && !(fresh ??= []).includes(c)) fresh.push(c);
    }
    if (fresh === undefined) return;
    fresh.sort((x, y) => x - y);
    let next = 0;
    for (let c = 0; c < this.colNames.length; c++) if (this.outIndex[c] >= 0) next++;
    for (const c of fresh) this.outIndex[c] = next++;
    this.sink.addColumns(fresh.map((c) => this.colNames[c]));
  }

  private sendHeader(): void {
    this.headerSent = true;
    const used = new Uint8Array(this.colNames.length);
    for (const ev of this.early) for (let i = 0; i < ev.pairs.length; i += 2) used[ev.pairs[i] as number] = 1;
    const order: number[] = [];
    for (let c = 0; c < this.colNames.length; c++) if (used[c]) order.push(c);
    // With no event at all, the three leading columns still make a header the builder can map.
    if (order.length === 0) order.push(0, 1, 2);
    order.forEach((c, i) => {
      this.outIndex[c] = i;
    });
    this.sink.header(order.map((c) => this.colNames[c]));
    for (const ev of this.early) this.emit(ev.row, ev.pairs, 0, ev.pairs.length, [], 0, 0);
    this.early = [];
  }

  finish(): void {
    this.scanner.end();
    if (!this.sawRoot) this.fail(importMessage.notXes(null));
    if (!this.logClosed) this.fail(importMessage.xesTruncated());
    if (!this.headerSent) this.sendHeader();
  }

  private fail(msg: Msg): never {
    throw new FlodesError(msg, { ...(this.file !== undefined ? { file: this.file } : {}), row: this.scanner.line });
  }
}
