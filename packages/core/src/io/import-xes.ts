import { importMessage } from "../messages/import.js";
import { feedTable } from "./builder/feed-table.js";
import { LogBuilder } from "./builder/log-builder.js";
import { decodeText } from "./decode-text.js";
import { ImportError } from "./import-error.js";
import type { ImportOptions, ImportResult } from "./import-types.js";
import { IssueSink } from "./issue-sink.js";
import type { RawTable } from "./raw-table.js";

const ATTRIBUTE_TAGS = new Set(["string", "date", "int", "float", "boolean", "id", "list", "container", "values"]);
/** Columns listed first, in this order, when present. */
const LEADING = ["case:concept:name", "concept:name", "time:timestamp", "lifecycle:transition", "org:resource", "org:role", "org:group"];

function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return '"';
      case "apos": return "'";
      default: return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

const ATTR_RE = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function tagAttrs(body: string): { key?: string; value?: string } {
  const out: { key?: string; value?: string } = {};
  ATTR_RE.lastIndex = 0;
  for (let m = ATTR_RE.exec(body); m !== null; m = ATTR_RE.exec(body)) {
    const v = decodeEntities(m[2] ?? m[3] ?? "");
    if (m[1] === "key") out.key = v;
    else if (m[1] === "value") out.value = v;
  }
  return out;
}

/**
 * Reads an XES event log into a {@link RawTable}: one row per event, with the event's attributes and
 * the trace's attributes prefixed `case:` (so the trace's concept:name is `case:concept:name`, the flow).
 * Global defaults, classifiers and nested attribute children are skipped. A single scan with indexOf;
 * no XML library. Row numbers are the line of each `<event` tag.
 */
export function readXesTable(text: string, sink: IssueSink): RawTable {
  const colIndex = new Map<string, number>();
  const colOf = (k: string): number => {
    let i = colIndex.get(k);
    if (i === undefined) {
      i = colIndex.size;
      colIndex.set(k, i);
    }
    return i;
  };
  for (const k of LEADING) colOf(k);
  const rows: { line: number; pairs: (number | string)[] }[] = [];
  let line = 1;
  let lineAt = 0;
  let pos = 0;
  let sawLog = false;
  let inTrace = false;
  let inEvent = false;
  let skipDepth = 0; // inside <global> or nested attribute children
  let traceAttrs: (number | string)[] = [];
  let traceEvents: { line: number; pairs: (number | string)[] }[] = [];
  let ev: { line: number; pairs: (number | string)[] } | null = null;
  const n = text.length;
  for (;;) {
    const lt = text.indexOf("<", pos);
    if (lt < 0) break;
    for (let i = text.indexOf("\n", lineAt); i >= 0 && i < lt; i = text.indexOf("\n", i + 1)) line++;
    lineAt = lt;
    if (text.startsWith("<!--", lt)) {
      const e = text.indexOf("-->", lt + 4);
      pos = e < 0 ? n : e + 3;
      continue;
    }
    if (text.startsWith("<?", lt) || text.startsWith("<!", lt)) {
      const e = text.indexOf(text.startsWith("<![CDATA[", lt) ? "]]>" : ">", lt + 2);
      pos = e < 0 ? n : e + 1;
      continue;
    }
    // Find the end of the tag, outside quotes.
    let q = 0;
    let e = lt + 1;
    for (; e < n; e++) {
      const c = text.charCodeAt(e);
      if (q !== 0) {
        if (c === q) q = 0;
      } else if (c === 34 || c === 39) q = c;
      else if (c === 62) break;
    }
    if (e >= n) throw new ImportError("UNREADABLE", importMessage.unreadable("unterminated XML tag"), { ...(sink.file !== undefined ? { file: sink.file } : {}), row: line });
    pos = e + 1;
    const closing = text.charCodeAt(lt + 1) === 47;
    const selfClosing = text.charCodeAt(e - 1) === 47;
    let nameEnd = lt + (closing ? 2 : 1);
    while (nameEnd < e && !/[\s/>]/.test(text[nameEnd]!)) nameEnd++;
    const name = text.slice(lt + (closing ? 2 : 1), nameEnd).toLowerCase();
    if (closing) {
      if (skipDepth > 0) {
        skipDepth--;
        continue;
      }
      if (name === "event" && inEvent && ev) {
        traceEvents.push(ev);
        ev = null;
        inEvent = false;
      } else if (name === "trace" && inTrace) {
        for (const x of traceEvents) rows.push({ line: x.line, pairs: traceAttrs.concat(x.pairs) });
        traceEvents = [];
        traceAttrs = [];
        inTrace = false;
      }
      continue;
    }
    if (skipDepth > 0) {
      if (!selfClosing) skipDepth++;
      continue;
    }
    if (name === "log") sawLog = true;
    else if (name === "trace") {
      inTrace = true;
      traceAttrs = [];
      traceEvents = [];
      if (selfClosing) inTrace = false;
    } else if (name === "event") {
      ev = { line, pairs: [] };
      inEvent = true;
      if (selfClosing) {
        traceEvents.push(ev);
        ev = null;
        inEvent = false;
      }
    } else if (ATTRIBUTE_TAGS.has(name)) {
      const a = tagAttrs(text.slice(nameEnd, selfClosing ? e - 1 : e));
      if (a.key !== undefined && a.value !== undefined) {
        if (inEvent && ev) ev.pairs.push(colOf(a.key), a.value);
        else if (inTrace) traceAttrs.push(colOf("case:" + a.key), a.value);
      }
      if (!selfClosing) skipDepth = 1;
    } else if (!selfClosing && name !== "log") {
      skipDepth = 1; // global, extension, classifier…: nothing of theirs is data
    }
  }
  if (!sawLog) throw new ImportError("UNREADABLE", importMessage.unreadable("no <log> element (not an XES file)"), sink.file !== undefined ? { file: sink.file } : {});

  // Keep only columns that hold a value somewhere.
  const allCols = [...colIndex.keys()];
  const usedCol = new Uint8Array(allCols.length);
  for (const r of rows) for (let i = 0; i < r.pairs.length; i += 2) usedCol[r.pairs[i] as number] = 1;
  const remap = new Int32Array(allCols.length).fill(-1);
  const columns: string[] = [];
  allCols.forEach((c, i) => {
    if (usedCol[i]) {
      remap[i] = columns.length;
      columns.push(c);
    }
  });
  if (columns.length === 0) columns.push(...LEADING.slice(0, 3));
  const width = columns.length;
  const cells: string[] = new Array<string>(rows.length * width).fill("");
  const lines: number[] = [];
  rows.forEach((r, k) => {
    for (let i = 0; i < r.pairs.length; i += 2) cells[k * width + remap[r.pairs[i] as number]!] = r.pairs[i + 1] as string;
    lines.push(r.line);
  });
  return { columns, width, cells, lines, rowsIn: rows.length, rejected: 0 };
}

/**
 * Imports an XES event log (text or UTF-8 bytes) through the same pipeline as {@link importCsv}:
 * trace concept:name → flow, event concept:name → step, time:timestamp, lifecycle:transition,
 * org:resource, org:role; other attributes are kept. Isomorphic (gzip is handled by `importFile`).
 *
 * @example
 * const r = importXes('<log><trace><string key="concept:name" value="A"/><event><string key="concept:name" value="Triage"/><date key="time:timestamp" value="2025-01-01T12:00:00+01:00"/></event></trace></log>');
 * r.observations[0].startMs // Date.UTC(2025, 0, 1, 11)
 */
export function importXes(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const sink = new IssueSink(options.file, options.maxIssuesPerCode ?? 1000);
  const { text, encoding, fellBack } = decodeText(input, options.encoding ?? "auto");
  if (fellBack) sink.add("ENCODING_FALLBACK", "warning", 0, null, importMessage.encodingFallback());
  const table = readXesTable(text, sink);
  const builder = new LogBuilder(sink, options);
  feedTable(table, builder);
  return builder.finish({ encoding });
}
