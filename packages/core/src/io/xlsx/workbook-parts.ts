import type { DecompressionLimits } from "../source/decompression-limits.js";
import type { RandomAccessSource } from "../source/random-access.js";
import { type ZipEntry, zipEntryText } from "./zip-archive.js";

/** Where the parts the reader needs are, as entry keys (lower-case paths) of the archive. */
export interface WorkbookParts {
  sheet: ZipEntry;
  sharedStrings?: ZipEntry;
}

/** The small parts (workbook, relationships) are read whole; none is anywhere near this in a real workbook. */
const SMALL_PART_BYTES = 64 * 1024 * 1024;

/** Resolves an OPC relationship target against the folder of the part that holds it. */
function resolveTarget(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/").toLowerCase();
}

/** Relationships of a `.rels` part: id → { type, target }. */
function relationships(xml: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attr = (n: string) => new RegExp(`\\s${n}\\s*=\\s*["']([^"']*)["']`).exec(m[1])?.[1];
    const id = attr("Id");
    const target = attr("Target");
    if (id !== undefined && target !== undefined) out.set(id, { type: attr("Type") ?? "", target: target.replace(/&amp;/g, "&") });
  }
  return out;
}

/**
 * Finds the first worksheet (in the workbook's order) and the shared strings through the package's
 * relationships, falling back to the usual paths (`xl/worksheets/sheet1.xml`, `xl/sharedStrings.xml`).
 * Returns undefined when the archive has no worksheet.
 */
export async function workbookParts(
  src: RandomAccessSource,
  entries: Map<string, ZipEntry>,
  limits: DecompressionLimits,
  file?: string,
): Promise<WorkbookParts | undefined> {
  const small = { maxBytes: Math.min(limits.maxBytes, SMALL_PART_BYTES), maxRatio: limits.maxRatio };
  const text = async (key: string): Promise<string | undefined> => {
    const e = entries.get(key);
    return e ? zipEntryText(src, e, small, e.name, file) : undefined;
  };
  let workbook = "xl/workbook.xml";
  const root = await text("_rels/.rels");
  if (root !== undefined) {
    for (const r of relationships(root).values()) if (r.type.endsWith("/officeDocument")) workbook = resolveTarget("", r.target);
  }
  const dir = workbook.includes("/") ? workbook.slice(0, workbook.lastIndexOf("/") + 1) : "";
  const relsKey = `${dir}_rels/${workbook.slice(dir.length)}.rels`;
  let sheetKey: string | undefined;
  let sharedKey: string | undefined;
  const [wb, rels] = [await text(workbook), await text(relsKey)];
  if (rels !== undefined) {
    const rel = relationships(rels);
    const firstSheet = wb !== undefined ? /<(?:\w+:)?sheet\b[^>]*\s(?:\w+:)?id\s*=\s*["']([^"']+)["']/.exec(wb)?.[1] : undefined;
    const target = firstSheet !== undefined ? rel.get(firstSheet)?.target : undefined;
    if (target !== undefined) sheetKey = resolveTarget(dir, target);
    for (const r of rel.values()) if (r.type.endsWith("/sharedStrings")) sharedKey = resolveTarget(dir, r.target);
  }
  const sheet =
    entries.get(sheetKey ?? "") ??
    entries.get(`${dir}worksheets/sheet1.xml`) ??
    [...entries.entries()].find(([k]) => /worksheets\/[^/]+\.xml$/.test(k))?.[1];
  if (sheet === undefined) return undefined;
  const sharedStrings = entries.get(sharedKey ?? "") ?? entries.get(`${dir}sharedstrings.xml`);
  return { sheet, ...(sharedStrings ? { sharedStrings } : {}) };
}
