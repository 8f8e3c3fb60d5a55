import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { blobSource, bytesSource, ImportError, IssueSink, type RandomAccessSource, readXlsx } from "@flodes/core";
import { fileSource } from "@flodes/core/node";
import { strToU8, type Zippable, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { collectSink } from "../source/collect-sink.js";

const s = (i: number, ref: string) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
const n = (v: number | string, ref: string) => `<c r="${ref}"><v>${v}</v></c>`;
const str = (v: string, ref: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
const shared = ["ärende", "aktivitet", "start", "slut", "A1", "Triage & bedömning", "Besök"];
const sst = `<sst>${shared
  .map((t) =>
    t === "Triage & bedömning"
      ? '<si><r><t>Triage &amp;</t></r><r><t xml:space="preserve"> bedömning</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>'
      : `<si><t>${t}</t></si>`,
  )
  .join("")}</sst>`;
const sheetXml = `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>
<row r="1">${s(0, "A1")}${s(1, "B1")}${s(2, "C1")}${s(3, "D1")}</row>
<row r="2">${s(4, "A2")}${s(5, "B2")}${n(45658.5, "C2")}${n(45658.5208333333, "D2")}</row>
<row r="3"></row>
<row r="4"><c r="A4"/><c r="B4" t="s"><v>99</v></c></row>
<row r="5">${s(4, "A5")}${s(6, "B5")}${str("2025-01-01 14:00", "C5")}${str("2025-01-01 14:30", "D5")}</row>
<row r="6">${s(4, "A6")}${s(6, "B6")}<c r="C6" t="b"><v>1</v></c><c r="D6" t="str"><f>A1&amp;B1</f><v>x &lt; y</v></c><c r="F6" t="e"><v>#N/A</v></c></row>
</sheetData></worksheet>`;

/** A workbook whose first sheet (by the workbook's order, not the file name) is `name`; parts in the given order. */
function workbook(name: string, sheet: string, opts: { sharedLast?: boolean; level?: 0 | 1 | 6 } = {}): Uint8Array {
  const files: [string, string][] = [
    ["[Content_Types].xml", "<Types/>"],
    [
      "_rels/.rels",
      `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<workbook xmlns:r="r"><sheets><sheet name="Mätning" sheetId="1" r:id="rId7"/><sheet name="Annat" sheetId="2" r:id="rId8"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships><Relationship Id="rId8" Type="ws" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="ws" Target="/xl/worksheets/${name}"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    [`xl/worksheets/${name}`, sheet],
    [
      "xl/worksheets/sheet1.xml",
      '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>fel blad</t></is></c></row></sheetData></worksheet>',
    ],
  ];
  const ss: [string, string] = ["xl/sharedStrings.xml", sst];
  if (opts.sharedLast) files.push(ss);
  else files.splice(2, 0, ss);
  const z: Zippable = {};
  for (const [k, v] of files) z[k] = [strToU8(v), { level: opts.level ?? 6 }];
  return zipSync(z);
}

async function read(src: RandomAccessSource, options: Parameters<typeof readXlsx>[3] = {}, file = "matning.xlsx") {
  const sink = collectSink();
  await readXlsx(src, sink, new IssueSink(file), options);
  return { ...sink.got, rows: sink.rows() };
}

describe("readXlsx", () => {
  it("reads the first sheet by the workbook's order, with shared, rich-text (no phonetics), inline, boolean, formula and error cells", async () => {
    const r = await read(bytesSource(workbook("blad.xml", sheetXml)));
    expect(r.header).toEqual(["ärende", "aktivitet", "start", "slut"]);
    expect(r.added).toEqual([["kolumn 5", "kolumn 6"]]);
    expect(r.rows).toEqual([
      { row: 2, ärende: "A1", aktivitet: "Triage & bedömning", start: "45658.5", slut: "45658.5208333333" },
      { row: 5, ärende: "A1", aktivitet: "Besök", start: "2025-01-01 14:00", slut: "2025-01-01 14:30" },
      { row: 6, ärende: "A1", aktivitet: "Besök", start: "TRUE", slut: "x < y", "kolumn 6": "#N/A" },
    ]);
  });

  it("reads shared strings that come after the sheet in the archive, and stored (uncompressed) parts", async () => {
    const a = await read(bytesSource(workbook("blad.xml", sheetXml, { sharedLast: true })));
    const b = await read(bytesSource(workbook("blad.xml", sheetXml, { level: 0 })));
    expect(a.records).toEqual((await read(bytesSource(workbook("blad.xml", sheetXml)))).records);
    expect(b.records).toEqual(a.records);
  });

  it("reads through a Blob and through a Node file handle alike", async () => {
    const bytes = workbook("blad.xml", sheetXml);
    const viaBlob = await read(blobSource(new Blob([bytes])));
    const dir = mkdtempSync(join(tmpdir(), "flodes-xlsx-"));
    writeFileSync(join(dir, "m.xlsx"), bytes);
    const fh = await fileSource(join(dir, "m.xlsx"));
    try {
      expect((await read(fh)).records).toEqual(viaBlob.records);
    } finally {
      await fh.close();
    }
    expect(viaBlob.records).toHaveLength(3);
  });

  it("names blank header cells `kolumn N`, takes the first non-blank row as header, and reads rows without refs", async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t> </t></is></c></row><row r="3">${str("flöde", "A3")}<c r="C3" t="inlineStr"><is><t>tid</t></is></c></row><row><c t="inlineStr"><is><t>F1</t></is></c><c/><c><v>1</v></c></row></sheetData></worksheet>`;
    const r = await read(bytesSource(workbook("blad.xml", sheet)));
    expect(r.header).toEqual(["flöde", "kolumn 2", "tid"]);
    expect(r.rows).toEqual([{ row: 4, flöde: "F1", tid: "1" }]);
  });

  it("reads a generated 200 000-row sheet without a stack overflow, every row in order", async () => {
    const rows = 200_000;
    const parts = [`<worksheet><sheetData><row r="1">${str("flöde", "A1")}${str("steg", "B1")}${str("tid", "C1")}</row>`];
    for (let i = 2; i <= rows + 1; i++)
      parts.push(`<row r="${i}">${str(`F${i % 977}`, `A${i}`)}${s(6, `B${i}`)}${n(45658 + i / 1440, `C${i}`)}</row>`);
    parts.push("</sheetData></worksheet>");
    const src = bytesSource(workbook("blad.xml", parts.join(""), { level: 1 }));
    let count = 0;
    let lastRow = 0;
    let ordered = true;
    const sink = collectSink();
    sink.record = (rec) => {
      count++;
      if (rec.row !== lastRow + 1 && lastRow !== 0) ordered = false;
      lastRow = rec.row;
      if (rec.row === 1001 && rec.value(0) !== "F24") ordered = false; // 1001 % 977
    };
    await readXlsx(src, sink, new IssueSink(undefined));
    expect(count).toBe(rows);
    expect(lastRow).toBe(rows + 1);
    expect(ordered).toBe(true);
  });

  it("refuses a zip bomb sheet at the ratio limit while inflating, without reading it whole", async () => {
    // 80 MiB of zeros deflate to ≈ 80 kB (≈ 1000×): past the 64 MiB floor, far past the 200× ratio.
    const bombXml = deflateRawSync(Buffer.alloc(80 * 1024 * 1024), { level: 9 });
    const bytes = workbook("blad.xml", "<worksheet/>", { level: 0 });
    // Swap the sheet's stored bytes for the bomb by rebuilding the archive by hand.
    const bomb = zipWithRawEntry(bytes, "xl/worksheets/blad.xml", bombXml, 80 * 1024 * 1024);
    const e = await read(bytesSource(bomb)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect(e).toMatchObject({ code: "TOO_LARGE", file: "matning.xlsx" });
    expect((e as ImportError).messageEn).toContain("blad.xml");
    // A bomb that lies about its size in the directory is caught while inflating too.
    const liar = zipWithRawEntry(bytes, "xl/worksheets/blad.xml", bombXml, 1000);
    await expect(read(bytesSource(liar))).rejects.toMatchObject({ code: "TOO_LARGE" });
    // And a declared size past the cap is refused before inflating anything.
    await expect(read(bytesSource(bomb), { maxDecompressedBytes: 1_000_000 })).rejects.toMatchObject({
      code: "TOO_LARGE",
      messageSv: expect.stringContaining("--max-decompressed"),
    });
  });

  it("refuses what is not a workbook, a protected or old .xls file, and an empty sheet, with clear errors", async () => {
    await expect(read(bytesSource(strToU8("inte en zip")))).rejects.toMatchObject({ code: "UNREADABLE", file: "matning.xlsx" });
    await expect(read(bytesSource(strToU8("PK")))).rejects.toMatchObject({ code: "UNREADABLE" });
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(read(bytesSource(ole))).rejects.toMatchObject({
      code: "UNREADABLE",
      messageEn: expect.stringContaining("password-protected"),
    });
    await expect(read(bytesSource(zipSync({ "a.txt": strToU8("x") })))).rejects.toMatchObject({
      code: "UNREADABLE",
      messageEn: expect.stringContaining("no worksheet"),
    });
    await expect(
      read(bytesSource(workbook("blad.xml", '<worksheet><sheetData><row r="1"/></sheetData></worksheet>'))),
    ).rejects.toMatchObject({ code: "EMPTY" });
  });
});

/** Rebuilds a zip (all entries stored) with entry `name` replaced by raw deflate data and a declared size. */
function zipWithRawEntry(zip: Uint8Array, name: string, deflated: Uint8Array, declaredSize: number): Uint8Array {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (dv.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (let k = 0; k < count; k++) {
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const local = dv.getUint32(p + 42, true);
    const entryName = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen));
    const lNameLen = dv.getUint16(local + 26, true);
    const lExtraLen = dv.getUint16(local + 28, true);
    const compressed = dv.getUint32(p + 20, true);
    const start = local + 30 + lNameLen + lExtraLen;
    const isTarget = entryName === name;
    const data = isTarget ? deflated : zip.subarray(start, start + compressed);
    const method = isTarget ? 8 : dv.getUint16(p + 10, true);
    const size = isTarget ? declaredSize : dv.getUint32(p + 24, true);
    const nb = enc.encode(entryName);
    const lh = new Uint8Array(30);
    const lv = new DataView(lh.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, method, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, nb.length, true);
    const ch = new Uint8Array(46);
    const cv = new DataView(ch.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, method, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, nb.length, true);
    cv.setUint32(42, offset, true);
    locals.push(lh, nb, data);
    centrals.push(ch, nb);
    offset += 30 + nb.length + data.length;
    p += 46 + nameLen + extraLen + commentLen;
  }
  const cd = Buffer.concat(centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, cd.length, true);
  ev.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}
