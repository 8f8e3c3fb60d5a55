import { type ImportResult, importCsv, importCsvStream } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const enc = new TextEncoder();

/** What must not depend on where the chunks split: the columns, the dictionaries and the quality report. */
function fingerprint(r: ImportResult) {
  const l = r.log;
  return {
    flows: l.flowIds,
    steps: l.stepIds,
    flow: Array.from(l.flow),
    step: Array.from(l.step),
    start: Array.from(l.start),
    end: Array.from(l.end),
    category: Array.from(l.category),
    row: Array.from(l.row),
    attributes: l.attributes.map((a) => [a.name, a.values, Array.from(a.codes)]),
    quality: { ...r.quality, issues: r.quality.issues.map((i) => [i.row, i.code, i.column]) },
  };
}

async function* chunks(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(at, c);
    at = c;
  }
  yield bytes.subarray(at);
}

const FILE =
  "\uFEFFärende;steg;start;slut;kommentar\r\n" +
  'R-1;Bedömning;2025-03-14 08:00;2025-03-14 08:20;"ringde; ""akut"" 😀"\r\n' +
  "R-1;Provtagning;2025-03-14 09:00;2025-03-14 09:15;blodprov å ä ö\r\n" +
  "\r\n" +
  'R-2;Åtgärd;2025-03-15 10:00;2025-03-15 10:30;"två\r\nrader"\r\n' +
  "R-2;Beslut;igår;2025-03-15 11:00;trasig tid\r\n" +
  "R-3;Besök;2025-03-16T08:00:00+01:00;2025-03-16T08:45:00+01:00;€ – ”citat”\r\n";

describe("streaming CSV: chunk boundaries", () => {
  it("reads a file split at every byte position exactly as the whole file (UTF-8, quotes, \\r\\n, BOM)", async () => {
    const bytes = enc.encode(FILE);
    const whole = fingerprint(importCsv(bytes));
    expect(whole.quality).toMatchObject({ rowsIn: 5, accepted: 4, rejected: 1 });
    expect(whole.attributes[0][1]).toContain('ringde; "akut" 😀');
    expect(whole.attributes[0][1]).toContain("två\r\nrader");
    for (let k = 0; k <= bytes.length; k++) {
      expect(fingerprint(await importCsvStream(chunks(bytes, [k]))), `split at byte ${k}`).toEqual(whole);
    }
  });

  it("reads any split into many chunks as the whole file (property)", async () => {
    const bytes = enc.encode(FILE);
    const whole = fingerprint(importCsv(bytes));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }), async (cuts) => {
        expect(fingerprint(await importCsvStream(chunks(bytes, cuts)))).toEqual(whole);
      }),
      { seed: 20251201, numRuns: 300 },
    );
  });

  it("reads Windows-1252 bytes split anywhere as the whole (the encoding is decided from the first chunk on)", async () => {
    const text = "flöde;steg;tid\nA;Åtgärd;2025-01-02 08:00\nA;Bedömning;2025-01-02 09:00\n";
    const bytes = Uint8Array.from(text, (c) => ({ ö: 0xf6, Å: 0xc5, ä: 0xe4 })[c] ?? c.charCodeAt(0));
    const whole = importCsv(bytes);
    expect(whole.log.stepIds).toEqual(["Åtgärd", "Bedömning"]);
    expect(whole.quality.encoding).toBe("windows-1252");
    for (let k = 0; k <= bytes.length; k++) expect(fingerprint(await importCsvStream(chunks(bytes, [k])))).toEqual(fingerprint(whole));
  });

  it("reads UTF-16 LE and BE with a BOM split anywhere", async () => {
    const text = "ärende,steg,tid\nA,Åtgärd,2025-01-02 08:00\n";
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const be = le.slice();
    be[0] = 0xfe;
    be[1] = 0xff;
    for (let i = 2; i < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    for (const bytes of [le, be]) {
      const whole = importCsv(bytes);
      expect(whole.log.stepIds).toEqual(["Åtgärd"]);
      for (let k = 0; k <= bytes.length; k += 3) expect(fingerprint(await importCsvStream(chunks(bytes, [k])))).toEqual(fingerprint(whole));
    }
  });

  it("reads old Mac files that end lines with \\r alone, split anywhere", async () => {
    const text = "ärende;steg;tid\rA;Triage;2025-01-02 08:00\rA;Besök;2025-01-02 09:00\r";
    const bytes = enc.encode(text);
    const whole = importCsv(bytes);
    expect(whole.quality).toMatchObject({ rowsIn: 2, accepted: 2 });
    expect(Array.from(whole.log.row)).toEqual([2, 3]);
    for (let k = 0; k <= bytes.length; k++) expect(fingerprint(await importCsvStream(chunks(bytes, [k])))).toEqual(fingerprint(whole));
  });
});
