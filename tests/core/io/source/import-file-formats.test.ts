import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { importFile } from "@flodes/core/node";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "flodes-formats-"));
const xes = readFileSync(new URL("../../../fixtures/import/small.xes", import.meta.url));
const csv = "flöde;steg;start;slut\nA;Besök;2025-01-01 08:00;2025-01-01 08:30\nA;Beslut;2025-01-01 09:00;2025-01-01 09:10\n";

describe("importFile streams every format through the new readers", () => {
  it("reads .xes, .xes.gz and an XES file with another extension alike, with progress in bytes of the file", async () => {
    writeFileSync(join(dir, "a.xes"), xes);
    writeFileSync(join(dir, "a.xes.gz"), gzipSync(xes));
    writeFileSync(join(dir, "a.logg"), xes);
    const plain = await importFile(join(dir, "a.xes"));
    let last = 0;
    let total: number | undefined;
    const gz = await importFile(join(dir, "a.xes.gz"), {
      onBytes: (n, t) => {
        last = n;
        total = t;
      },
    });
    const sniffed = await importFile(join(dir, "a.logg"));
    expect(plain.log.length).toBe(3);
    for (const r of [gz, sniffed]) {
      expect(Array.from(r.log.start)).toEqual(Array.from(plain.log.start));
      expect(r.quality).toMatchObject({ rowsIn: 5, accepted: 5, rejected: 0 });
    }
    expect(last).toBe(gzipSync(xes).length);
    expect(total).toBe(last);
  });

  it("reads .csv.gz and a CSV with an unknown extension", async () => {
    writeFileSync(join(dir, "b.csv.gz"), gzipSync(csv));
    writeFileSync(join(dir, "b.dat"), csv);
    for (const f of ["b.csv.gz", "b.dat"]) {
      const r = await importFile(join(dir, f));
      expect(r.quality).toMatchObject({ rowsIn: 2, accepted: 2 });
      expect(r.log.end[1] - r.log.start[1]).toBe(10 * 60_000);
    }
  });

  it("reads .xlsx by offset from disk", async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>ärende</t></is></c><c t="inlineStr"><is><t>steg</t></is></c><c t="inlineStr"><is><t>tid</t></is></c></row><row r="2"><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>Besök</t></is></c><c><v>45658.5</v></c></row></sheetData></worksheet>`;
    writeFileSync(join(dir, "c.xlsx"), zipSync({ "xl/worksheets/sheet1.xml": strToU8(sheet) }));
    const r = await importFile(join(dir, "c.xlsx"), { file: "c.xlsx" });
    expect(r.log.start[0]).toBe(Date.UTC(2025, 0, 1, 11));
    expect(r.quality.file).toBe("c.xlsx");
  });

  it("stops a .xes.gz bomb with TOO_LARGE naming the file, and honours a raised limit option", async () => {
    const member = gzipSync(Buffer.alloc(16 * 1024 * 1024, 32));
    writeFileSync(
      join(dir, "bomb.xes.gz"),
      Buffer.concat([gzipSync('<?xml version="1.0"?><log>'), ...Array.from({ length: 8 }, () => member)]),
    );
    await expect(importFile(join(dir, "bomb.xes.gz"), { file: "bomb.xes.gz" })).rejects.toMatchObject({
      code: "TOO_LARGE",
      file: "bomb.xes.gz",
    });
    await expect(importFile(join(dir, "bomb.xes.gz"), { maxDecompressedBytes: 1e6 })).rejects.toMatchObject({
      code: "TOO_LARGE",
      messageEn: expect.stringContaining("1 MB"),
    });
    // With the ratio raised, the 128 MiB of white space is read to its end — and found truncated (no </log>).
    await expect(importFile(join(dir, "bomb.xes.gz"), { maxCompressionRatio: 1e6 })).rejects.toMatchObject({
      code: "UNREADABLE",
      messageEn: expect.stringContaining("truncated"),
    });
  });

  it("refuses entity declarations in a file on disk", async () => {
    writeFileSync(
      join(dir, "xxe.xes"),
      `<?xml version="1.0"?><!DOCTYPE log [<!ENTITY x SYSTEM "file:///etc/passwd">]><log><trace><string key="concept:name" value="&x;"/></trace></log>`,
    );
    await expect(importFile(join(dir, "xxe.xes"))).rejects.toMatchObject({ code: "UNSAFE_XML" });
  });
});

describe("importFile sniffing", () => {
  it("reads a UTF-16 tab-separated export with an unknown extension as CSV, and UTF-16 XES as XES", async () => {
    const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
    writeFileSync(join(dir, "unicode.txt2"), utf16("flöde\tsteg\ttid\nA\tBesök\t2025-01-01 08:00\n"));
    writeFileSync(join(dir, "unicode.log2"), utf16(xes.toString("utf8").replace('encoding="UTF-8"', 'encoding="UTF-16"')));
    const csvLog = await importFile(join(dir, "unicode.txt2"));
    expect(csvLog.quality).toMatchObject({ rowsIn: 1, accepted: 1, encoding: "utf-16le" });
    const xesLog = await importFile(join(dir, "unicode.log2"));
    expect(xesLog.quality).toMatchObject({ rowsIn: 5, accepted: 5, encoding: "utf-16le" });
  });
});
