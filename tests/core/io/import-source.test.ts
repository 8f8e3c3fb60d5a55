import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { blobImportSource, formatOfName, importSource, MASKED_CELL, parseProcessModels, previewSource } from "@flodes/core";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";

const xes = readFileSync(new URL("../../fixtures/import/small.xes", import.meta.url));
const csv =
  "Remissnr;Moment;Tid;Patient\nA;Besök;2025-01-01 08:00;19121212-1212\nA;Beslut;2025-01-01 09:00;x\nB;Besök;2025-01-02 08:00;y\n";

describe("importSource", () => {
  it("reads a browser File of each format through the one dispatcher (.xes.gz, .xlsx by slices, sniffed CSV)", async () => {
    const gz = await importSource(blobImportSource(new File([gzipSync(xes)], "logg.xes.gz")));
    expect(gz.quality).toMatchObject({ rowsIn: 5, accepted: 5, rejected: 0, file: "logg.xes.gz" });
    const sheet = `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>ärende</t></is></c><c t="inlineStr"><is><t>steg</t></is></c><c t="inlineStr"><is><t>tid</t></is></c></row><row r="2"><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>Besök</t></is></c><c><v>45658.5</v></c></row></sheetData></worksheet>`;
    const xlsx = await importSource(blobImportSource(new File([zipSync({ "xl/worksheets/sheet1.xml": strToU8(sheet) })], "m.xlsx")));
    expect(xlsx.log.start[0]).toBe(Date.UTC(2025, 0, 1, 11)); // serial 45658,5 = 2025-01-01 12:00 Stockholm
    const sniffed = await importSource(
      blobImportSource(new File(["ärende;steg;start;slut\nA;X;2025-01-01 08:00;2025-01-01 08:30\n"], "export.dat")),
    );
    expect(sniffed.quality).toMatchObject({ rowsIn: 1, accepted: 1, separator: ";" });
  });

  it("tells the format by name and refuses the old .xls", () => {
    expect(formatOfName("a.XES.gz")).toEqual({ format: "xes", gzip: true });
    expect(formatOfName("a.tsv")).toEqual({ format: "csv", gzip: false });
    expect(formatOfName("a.bin")).toEqual({ format: null, gzip: false });
    expect(() => formatOfName("gammal.xls")).toThrow(expect.objectContaining({ code: "UNREADABLE" }));
  });
});

describe("previewSource", () => {
  it("gives the columns, the first rows with personnummer hidden, the separator and the automatic mapping", async () => {
    const p = await previewSource(blobImportSource(new File([csv], "egen.csv")), { rows: 2 });
    expect(p.format).toBe("csv");
    expect(p.separator).toBe(";");
    expect(p.columns).toEqual(["Remissnr", "Moment", "Tid", "Patient"]);
    expect(p.rows).toEqual([
      ["A", "Besök", "2025-01-01 08:00", MASKED_CELL],
      ["A", "Beslut", "2025-01-01 09:00", "x"],
    ]);
    expect(p.masked).toBe(1);
    // "Remissnr" is no known name for the case, but "Patient" is; "Moment" is an activity and "Tid" a time.
    expect(p.mapping).toEqual({ flow: "Patient", step: "Moment", time: "Tid" });
  });

  it("reads the first events of a gzipped XES log", async () => {
    const p = await previewSource(blobImportSource(new File([gzipSync(xes)], "x.xes.gz")), { rows: 3 });
    expect(p.format).toBe("xes");
    expect(p.rows).toHaveLength(3);
    expect(p.mapping.flow).toBeDefined();
  });
});

describe("parseProcessModels", () => {
  it("reads a JSON array of processes, each by the one-process rules, with issues naming the item", () => {
    const { processes, issues } = parseProcessModels(
      JSON.stringify([
        { id: "a", name: "A", steps: [{ id: "Triage", category: "VA" }] },
        {
          id: "b",
          name: "B",
          steps: [
            { id: "Besök", category: "VA" },
            { id: "Fel", category: "XYZ" },
          ],
        },
      ]),
      { format: "json", file: "processer.json" },
    );
    expect(processes.map((p) => [p.id, p.steps.map((s) => s.id)])).toEqual([
      ["a", ["Triage"]],
      ["b", ["Besök"]],
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.column).toMatch(/^\[1\]/);
  });

  it("reads a CSV model as one process", () => {
    const { processes } = parseProcessModels("steg;kategori;slöseri;roll;timkostnad\nTriage;VA;;Sjuksköterska;650,50\n", {
      format: "csv",
      file: "modell.csv",
    });
    expect(processes).toHaveLength(1);
    expect(processes[0]!.steps[0]).toMatchObject({ id: "Triage", hourlyCostSek: 650.5 });
  });
});
