// Node-only (node:zlib): exported from "@flodes/core/node", never from the isomorphic index.
import { inflateRawSync } from "node:zlib";
import { importMessage } from "../messages/import.js";
import { feedTable } from "./builder/feed-table.js";
import { LogBuilder } from "./builder/log-builder.js";
import { ImportError } from "./import-error.js";
import type { ImportOptions, ImportResult } from "./import-types.js";
import { IssueSink } from "./issue-sink.js";
import type { RawTable } from "./raw-table.js";

/** Reads the entries of a ZIP archive (stored or deflated), keyed by path. */
function unzip(bytes: Uint8Array): Map<string, () => Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a ZIP archive (no end of central directory)");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = new Map<string, () => Uint8Array>();
  const utf8 = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("broken ZIP central directory");
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    out.set(name, () => {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + size);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`unsupported ZIP compression method ${method}`);
    });
  }
  return out;
}

const ENTITY: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e],
  );
}
/** Text of all `<t>` runs inside an element (shared strings and inline strings may be split into rich-text runs). */
const textRuns = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => unescapeXml(m[1] ?? "")).join("");

/** 0-based column index of a cell reference such as "AB12". */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** The path of the workbook's first sheet, via workbook.xml and its relationships. */
function firstSheetPath(entries: Map<string, () => Uint8Array>, decode: (b: Uint8Array) => string): string {
  const wb = entries.get("xl/workbook.xml");
  const rels = entries.get("xl/_rels/workbook.xml.rels");
  if (wb && rels) {
    const rid = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(decode(wb()))?.[1];
    const rel = rid ? new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*>`).exec(decode(rels()))?.[0] : undefined;
    const target = rel ? /\bTarget="([^"]+)"/.exec(rel)?.[1] : undefined;
    if (target) return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  return "xl/worksheets/sheet1.xml";
}

/**
 * Reads the first sheet of an .xlsx workbook into a raw table: the first non-empty row is the header; cells are
 * shared strings, inline strings, numbers (dates stay Excel serial numbers, which the time parser reads in the
 * given zone) or booleans. Fully empty rows are not records and are skipped; `lines` are the sheet's row numbers.
 */
export function readXlsxTable(bytes: Uint8Array): RawTable {
  const entries = unzip(bytes);
  const utf8 = new TextDecoder("utf-8");
  const decode = (b: Uint8Array) => utf8.decode(b);
  const ss = entries.get("xl/sharedStrings.xml");
  const shared = ss ? [...decode(ss()).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textRuns(m[1])) : [];
  const sheet = entries.get(firstSheetPath(entries, decode));
  if (!sheet) throw new Error("the workbook has no worksheet");
  const rows: { line: number; cells: string[] }[] = [];
  for (const rm of decode(sheet()).matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(/\br="(\d+)"/.exec(rm[1])?.[1] ?? rows.length + 1);
    const cells: string[] = [];
    let next = 0;
    for (const cm of (rm[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+)\d+"/.exec(cm[1])?.[1];
      const col = ref ? columnIndex(ref) : next;
      const type = /\bt="([^"]+)"/.exec(cm[1])?.[1] ?? "n";
      const body = cm[2] ?? "";
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = "";
      if (type === "s") value = v !== undefined ? shared[Number(v)] ?? "" : "";
      else if (type === "inlineStr") value = textRuns(body);
      else if (type === "b") value = v === "1" ? "TRUE" : v === "0" ? "FALSE" : "";
      else value = v !== undefined ? unescapeXml(v) : "";
      cells[col] = value;
      next = col + 1;
    }
    if (cells.some((c) => c !== undefined && c.trim() !== "")) rows.push({ line, cells });
  }
  if (rows.length === 0) return { columns: [], width: 0, cells: [], lines: [], rowsIn: 0, rejected: 0 };
  const header = rows[0].cells;
  const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => (header[i] ?? "").trim() || `kolumn ${i + 1}`);
  const data = rows.slice(1);
  const cells: string[] = new Array(data.length * width);
  data.forEach((r, i) => {
    for (let c = 0; c < width; c++) cells[i * width + c] = r.cells[c] ?? "";
  });
  return { columns, width, cells, lines: data.map((r) => r.line), rowsIn: data.length, rejected: 0 };
}

/**
 * Imports the first sheet of an Excel workbook (.xlsx) as an event log, with the same column mapping, time
 * parsing (incl. Excel serial dates in the given zone), personnummer checks and quality report as CSV.
 *
 * @example
 * const { observations, quality } = importXlsx(readFileSync("matning.xlsx"), { file: "matning.xlsx" });
 */
export function importXlsx(input: Uint8Array, options: ImportOptions = {}): ImportResult {
  const sink = new IssueSink(options.file, options.maxIssuesPerCode ?? 1000);
  let table: RawTable;
  try {
    table = readXlsxTable(input);
  } catch (e) {
    throw new ImportError("UNREADABLE", importMessage.unreadableXlsx((e as Error).message), options.file !== undefined ? { file: options.file } : {});
  }
  if (table.columns.length === 0) throw new ImportError("EMPTY", importMessage.unreadableXlsx("empty sheet"), options.file !== undefined ? { file: options.file } : {});
  const builder = new LogBuilder(sink, options);
  feedTable(table, builder);
  return builder.finish({ encoding: "utf-8" });
}
