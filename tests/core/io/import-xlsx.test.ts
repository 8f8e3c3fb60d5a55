import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { ImportError, type ImportResult, importFile, importXlsx } from "@flodes/core/node";
import { beforeAll, describe, expect, it } from "vitest";

/** A minimal ZIP writer (deflate, no CRC check needed by the reader) to build test workbooks by hand. */
function zip(files: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const n = Buffer.from(enc.encode(name));
    const data = deflateRawSync(Buffer.from(enc.encode(text)));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(enc.encode(text).length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(enc.encode(text).length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const shared = ["ärende", "aktivitet", "start", "slut", "A1", "Triage & bedömning", "Besök"];
const s = (i: number, ref: string) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
const n = (v: number, ref: string) => `<c r="${ref}"><v>${v}</v></c>`;
const str = (v: string, ref: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>
<row r="1">${s(0, "A1")}${s(1, "B1")}${s(2, "C1")}${s(3, "D1")}</row>
<row r="2">${s(4, "A2")}${s(5, "B2")}${n(45658.5, "C2")}${n(45658.5208333333, "D2")}</row>
<row r="3"></row>
<row r="5">${s(4, "A5")}${s(6, "B5")}${str("2025-01-01 14:00", "C5")}${str("2025-01-01 14:30", "D5")}</row>
<row r="6">${s(4, "A6")}${s(6, "B6")}${str("igår", "C6")}${str("2025-01-01 15:00", "D6")}</row>
</sheetData></worksheet>`;
const workbook = (name: string) =>
  zip({
    "[Content_Types].xml": "<Types/>",
    "xl/workbook.xml": `<workbook xmlns:r="r"><sheets><sheet name="Mätning" sheetId="1" r:id="rId7"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId7" Type="ws" Target="worksheets/${name}"/></Relationships>`,
    "xl/sharedStrings.xml": `<sst>${shared.map((t) => (t === "Triage & bedömning" ? '<si><r><t>Triage &amp;</t></r><r><t xml:space="preserve"> bedömning</t></r></si>' : `<si><t>${t}</t></si>`)).join("")}</sst>`,
    [`xl/worksheets/${name}`]: sheet,
  });

describe("importXlsx", () => {
  let r: ImportResult;
  beforeAll(async () => {
    r = await importXlsx(workbook("blad.xml"), { file: "matning.xlsx" });
  });

  it("reads the first sheet through the workbook relationships, with shared, rich-text and inline strings", () => {
    expect(r.columns).toEqual(["ärende", "aktivitet", "start", "slut"]);
    expect(r.observations.map((o) => o.step)).toEqual(["Triage & bedömning", "Besök"]);
  });

  it("reads Excel serial dates as Stockholm wall-clock time", () => {
    // 45658 = 2025-01-01; .5 = 12:00 CET = 11:00Z; .5208333 = 12:30 CET.
    expect(r.observations[0].startMs).toBe(Date.UTC(2025, 0, 1, 11, 0));
    expect(r.observations[0].endMs).toBe(Date.UTC(2025, 0, 1, 11, 30));
    expect(r.observations[1].startMs).toBe(Date.UTC(2025, 0, 1, 13, 0));
  });

  it("skips empty rows, numbers rows by the sheet's row number and reconciles rows in", () => {
    expect(r.quality).toMatchObject({ rowsIn: 3, accepted: 2, rejected: 1 });
    const bad = r.quality.issues.find((i) => i.code === "UNPARSEABLE_TIME")!;
    expect(bad).toMatchObject({ row: 6, column: "start", file: "matning.xlsx" });
  });

  it("is chosen by importFile for .xlsx files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "flodes-xlsx-"));
    const path = join(dir, "matning.xlsx");
    writeFileSync(path, workbook("sheet1.xml"));
    const res = await importFile(path);
    expect(res.quality.accepted).toBe(2);
  });

  it("refuses a file that is not a workbook with a clear error naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "flodes-xlsx-"));
    const path = join(dir, "trasig.xlsx");
    writeFileSync(path, "inte en zip");
    await expect(importFile(path)).rejects.toBeInstanceOf(ImportError);
    await expect(importFile(path)).rejects.toMatchObject({ code: "UNREADABLE", file: path });
  });
});
