import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importXes } from "@flodes/core";
import { importFile } from "@flodes/core/node";
import { tableFromIPC } from "@uwdata/flechette";
import { parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, runCli } from "./helpers.js";

const tmp = () => mkdtempSync(join(tmpdir(), "flodes-convert-"));
const stockholm = (d: string) => new Date(`${d}:00+01:00`).getTime();

describe("flodes convert", () => {
  it("writes XES that imports back to the same observations", async () => {
    const dir = tmp();
    const r = await runCli(["convert", join(FIXTURES, "liten-logg.csv"), "--to", "xes", "--out", "liten.xes"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Skrev 6 observationer i 2 flöden till liten.xes (xes).");
    const back = importXes(readFileSync(join(dir, "liten.xes")));
    const obs = back.observations.map((o) => [o.flow, o.step, o.startMs, o.endMs, o.role]);
    expect(obs).toContainEqual(["F1", "Bedömning", stockholm("2025-03-04T09:00"), stockholm("2025-03-04T09:20"), "Läkare"]);
    expect(obs).toHaveLength(6);
    expect(readdirSync(dir)).toEqual(["liten.xes"]); // no temporary file left
  });

  it("takes the format from the --out extension, and writes Parquet and Arrow that read back", async () => {
    const dir = tmp();
    expect((await runCli(["convert", join(FIXTURES, "liten-logg.csv"), "--out", "liten.parquet"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["convert", join(FIXTURES, "liten-logg.csv"), "--out", "liten.arrow"], { cwd: dir })).code).toBe(0);
    const pq = readFileSync(join(dir, "liten.parquet"));
    const rows = (await parquetReadObjects({
      file: pq.buffer.slice(pq.byteOffset, pq.byteOffset + pq.byteLength) as ArrayBuffer,
    })) as Record<string, unknown>[];
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ flow: "F1", step: "Remiss inkommer", role: "Medicinsk sekreterare", row: 2 });
    expect((rows[0].start as Date).getTime()).toBe(stockholm("2025-03-04T08:00"));
    const table = tableFromIPC(readFileSync(join(dir, "liten.arrow")));
    expect(table.numRows).toBe(6);
    expect(table.getChild("end").at(5)).toBe(stockholm("2025-03-10T09:30"));
  });

  it("writes Excel-safe CSV with --excel and re-imports it", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "farlig.csv"), "ärende;aktivitet;start;slut\n=cmd|' /C calc'!A0;@SUM(1);2025-03-04 08:00;2025-03-04 08:05\n");
    const r = await runCli(["convert", "farlig.csv", "--to", "csv", "--excel", "--out", "ut.csv"], { cwd: dir });
    expect(r.code).toBe(0);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(readFileSync(join(dir, "ut.csv")));
    expect(text.startsWith("\uFEFFflow;step;")).toBe(true);
    expect(text).toContain("\r\n'=cmd|' /C calc'!A0;'@SUM(1);");
    const back = await importFile(join(dir, "ut.csv"));
    expect(back.quality.rejected).toBe(0);
    expect(back.log.start[0]).toBe(stockholm("2025-03-04T08:00"));
  });

  it("writes XES to stdout with --out -", async () => {
    const r = await runCli(["convert", "liten-logg.csv", "--to", "xes", "--out", "-"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8" ?>')).toBe(true);
    expect(r.stdout.trimEnd().endsWith("</log>")).toBe(true);
  });

  it("exits 1 with the quality report when rows were rejected, and still writes the accepted ones", async () => {
    const dir = tmp();
    const r = await runCli(["convert", join(FIXTURES, "liten-med-fel.csv"), "--to", "csv", "--out", "ut.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("2 av 3 rader avvisades");
    expect(readFileSync(join(dir, "ut.csv"), "utf8").trim().split("\n")).toHaveLength(2);
  });

  it("exits 2 on usage errors: no --out, unknown format, no format to infer, --excel without csv, binary to stdout, output = input", async () => {
    const cases: [string[], string][] = [
      [["convert", "liten-logg.csv", "--to", "xes"], "--out"],
      [["convert", "liten-logg.csv", "--to", "pdf", "--out", "x.pdf"], "xes, csv, parquet, arrow"],
      [["convert", "liten-logg.csv", "--out", "x.dat"], "--to xes|csv|parquet|arrow"],
      [["convert", "liten-logg.csv", "--to", "xes", "--excel", "--out", "x.xes"], "--excel"],
      [["convert", "liten-logg.csv", "--to", "parquet", "--out", "-"], "binärt"],
      [["convert", "liten-logg.csv", "--to", "csv", "--out", "liten-logg.csv"], "samma fil"],
      [["convert", "liten-logg.csv", "--out", "x.xes", "--max-decompressed", "mycket"], "--max-decompressed"],
      [["convert", "--to", "xes", "--out", "x.xes"], "ange en fil"],
    ];
    for (const [argv, text] of cases) {
      const r = await runCli(argv, { cwd: FIXTURES });
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr, argv.join(" ")).toContain(text);
    }
    expect(existsSync(join(FIXTURES, "x.xes"))).toBe(false);
  });

  it("has Swedish help with examples", async () => {
    const r = await runCli(["convert", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("konvertera en händelselogg");
    expect(r.stdout).toContain("flodes convert examples/syntetisk-remissflode.csv --to xes --out remisser.xes");
    expect(r.stdout).toContain("--max-decompressed");
  });

  it("converts the committed example end to end", async () => {
    const dir = tmp();
    const r = await runCli(
      ["convert", join(ROOT, "examples/syntetisk-remissflode.csv"), "--model", join(ROOT, "examples/remiss-modell.json"), "--out", "r.xes"],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const back = importXes(readFileSync(join(dir, "r.xes")));
    const src = await importFile(join(ROOT, "examples/syntetisk-remissflode.csv"));
    expect(back.log.length).toBe(src.log.length);
    expect(back.log.flowIds.length).toBe(src.log.flowIds.length);
  });
});
