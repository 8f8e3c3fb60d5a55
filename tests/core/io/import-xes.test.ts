import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ImportError, importXes } from "@flodes/core";
import { importFile } from "@flodes/core/node";
import { describe, expect, it } from "vitest";

const fixture = new URL("../../fixtures/import/small.xes", import.meta.url);
const xes = readFileSync(fixture, "utf8");

describe("importXes", () => {
  it("reads traces as flows and events as a lifecycle log", () => {
    const r = importXes(xes, { file: "small.xes" });
    expect(r.kind).toBe("lifecycle");
    expect(r.mapping).toMatchObject({
      flow: "case:concept:name",
      step: "concept:name",
      time: "time:timestamp",
      lifecycle: "lifecycle:transition",
      resource: "org:resource",
    });
    // Events start on lines 17, 23, 29, 43, 48. R-1: atomic Remiss inkommer (08:00+01 = 07:00Z), Bedömning start 09:00+01 →
    // complete 09:20+01 (08:00Z–08:20Z). R-2: Remiss inkommer without lifecycle = complete (10:00Z); the schedule is ignored.
    expect(r.observations.map((o) => [o.flow, o.step, o.startMs, o.endMs, o.row])).toEqual([
      ["R-1", "Remiss inkommer", Date.UTC(2025, 2, 14, 7), Date.UTC(2025, 2, 14, 7), 17],
      ["R-1", "Bedömning & prioritering", Date.UTC(2025, 2, 14, 8), Date.UTC(2025, 2, 14, 8, 20), 23],
      ["R-2", "Remiss inkommer", Date.UTC(2025, 2, 15, 10), Date.UTC(2025, 2, 15, 10), 43],
    ]);
    expect(r.observations[0]).toMatchObject({ resource: "Sekreterare", attrs: { "case:enhet": "Närsjukvård Umeå" } });
    expect(r.observations[2]!.attrs).toEqual({ prioritet: "2" });
    expect(r.quality).toMatchObject({ rowsIn: 5, accepted: 5, rejected: 0, observations: 3, ignoredRows: 1 });
    expect(r.quality.issues).toMatchObject([{ code: "LIFECYCLE_IGNORED", value: "schedule", row: 48, file: "small.xes" }]);
  });

  it("ignores global defaults, classifiers, log attributes and nested attribute children", () => {
    const r = importXes(xes);
    expect(r.columns).not.toContain("nested");
    expect(r.columns).not.toContain("case:nested");
    expect(r.observations.every((o) => o.flow !== "__INVALID__" && o.step !== "__INVALID__" && o.flow !== "Syntetisk logg")).toBe(true);
  });

  it("refuses text that is not XES", () => {
    expect(() => importXes("case;activity\n1;A\n")).toThrow(ImportError);
  });
});

describe("importFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "flodes-import-"));

  it("reads .xes.gz through gunzip, putting the file name into every issue", async () => {
    const path = join(dir, "small.xes.gz");
    writeFileSync(path, gzipSync(Buffer.from(xes, "utf8")));
    const r = await importFile(path);
    expect(r.observations).toHaveLength(3);
    expect(r.quality.file).toBe(path);
    expect(r.quality.issues.every((i) => i.file === path)).toBe(true);
  });

  it("reads .csv and .tsv and names the file in issues", async () => {
    const csv = join(dir, "log.csv");
    writeFileSync(csv, "flöde;steg;tid\nA;X;2025-01-01 10:00\nA;Y;igår\n");
    const r = await importFile(csv);
    expect(r.quality).toMatchObject({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(r.quality.issues[0]).toMatchObject({ file: csv, row: 3, column: "tid", code: "UNPARSEABLE_TIME" });
    const tsv = join(dir, "log.tsv");
    writeFileSync(tsv, "case\tactivity\ttimestamp\n1\tA\t2025-01-01T10:00:00Z\n");
    expect((await importFile(tsv)).observations).toHaveLength(1);
  });

  it("throws ImportError UNREADABLE for a missing file, a broken .xlsx and the old binary .xls", async () => {
    await expect(importFile(join(dir, "finns-inte.csv"))).rejects.toMatchObject({ code: "UNREADABLE" });
    const x = join(dir, "log.xlsx");
    writeFileSync(x, "PK");
    await expect(importFile(x)).rejects.toMatchObject({ code: "UNREADABLE", file: x });
    const old = join(dir, "log.xls");
    writeFileSync(old, "binary");
    await expect(importFile(old)).rejects.toMatchObject({ code: "UNREADABLE", file: old });
  });
});
