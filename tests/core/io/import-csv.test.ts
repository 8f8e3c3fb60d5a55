import { ImportError, importCsv, type Process } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const codesByRow = (r: ReturnType<typeof importCsv>) => r.quality.issues.map((i) => [i.row, i.code, i.column]);

describe("importCsv column mapping", () => {
  it.each([
    [
      "Case ID,Activity,Start Timestamp,Complete Timestamp,Resource",
      { flow: "Case ID", step: "Activity", start: "Start Timestamp", end: "Complete Timestamp", resource: "Resource" },
    ],
    [
      "case:concept:name;concept:name;time:timestamp;lifecycle:transition;org:resource",
      {
        flow: "case:concept:name",
        step: "concept:name",
        time: "time:timestamp",
        lifecycle: "lifecycle:transition",
        resource: "org:resource",
      },
    ],
    ["Patient;Händelse;Datum", { flow: "Patient", step: "Händelse", time: "Datum" }],
    ["CASE_ID,activity_name,TIMESTAMP", { flow: "CASE_ID", step: "activity_name", time: "TIMESTAMP" }],
    [
      "remiss;task;starttidpunkt;sluttidpunkt;avdelning;org:role",
      { flow: "remiss", step: "task", start: "starttidpunkt", end: "sluttidpunkt", unit: "avdelning", role: "org:role" },
    ],
    [
      "Ärende ID;Aktivitet;Start-tid;Slut tid;Enhet;Roll;Kategori;Process",
      {
        flow: "Ärende ID",
        step: "Aktivitet",
        start: "Start-tid",
        end: "Slut tid",
        unit: "Enhet",
        role: "Roll",
        category: "Kategori",
        process: "Process",
      },
    ],
    ["case_id,event,start_timestamp,time:timestamp", { flow: "case_id", step: "event", start: "start_timestamp", end: "time:timestamp" }],
  ])("maps %s", (header, expected) => {
    const r = importCsv(`${header}\n`);
    expect(r.mapping).toEqual(expected);
  });

  it("lets an explicit mapping override the automatic one and keeps unmapped columns as attributes", () => {
    const text = "case;activity;timestamp;registrerad\n1;A;2025-01-01 10:00;2025-01-01 09:00\n";
    const r = importCsv(text, { mapping: { time: "Registrerad" } });
    expect(r.mapping.time).toBe("registrerad");
    expect(r.attributes).toEqual(["timestamp"]);
    expect(r.observations[0]).toMatchObject({ startMs: Date.UTC(2025, 0, 1, 8), attrs: { timestamp: "2025-01-01 10:00" } });
  });

  it("maps columns with names it does not know when told", () => {
    const r = importCsv("id;namn;när\nX1;Triage;2025-01-01 10:00\n", { mapping: { flow: "id", step: "namn", time: "när" } });
    expect(r.observations[0]).toMatchObject({ flow: "X1", step: "Triage", startMs: Date.UTC(2025, 0, 1, 9) });
  });

  it("throws ImportError naming the problem when a required column is missing", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return (e as ImportError).code;
      }
      return "none";
    };
    expect(codeOf(() => importCsv("foo;activity;timestamp\n", { file: "x.csv" }))).toBe("NO_FLOW_COLUMN");
    expect(codeOf(() => importCsv("case;foo;timestamp\n"))).toBe("NO_STEP_COLUMN");
    expect(codeOf(() => importCsv("case;activity;foo\n"))).toBe("NO_TIME_COLUMN");
    expect(codeOf(() => importCsv("case;activity;timestamp\n", { mapping: { unit: "enhet" } }))).toBe("NO_SUCH_COLUMN");
    expect(codeOf(() => importCsv(""))).toBe("EMPTY");
    expect(codeOf(() => importCsv("case;activity;timestamp\n", { tz: "Mars/Olympus" }))).toBe("UNREADABLE");
  });
});

describe("importCsv kinds", () => {
  it("reads an interval log (start + end columns)", () => {
    const r = importCsv(
      "ärende;steg;start;slut;enhet;roll;resurs\nF1;Bedömning;2025-03-14 09:00;2025-03-14 09:20;Närsjukvård Umeå;Läkare;L7\n",
    );
    expect(r.kind).toBe("interval");
    expect(r.observations).toEqual([
      {
        flow: "F1",
        step: "Bedömning",
        startMs: Date.UTC(2025, 2, 14, 8),
        endMs: Date.UTC(2025, 2, 14, 8, 20),
        row: 2,
        unit: "Närsjukvård Umeå",
        role: "Läkare",
        resource: "L7",
      },
    ]);
  });

  it("reads a single-timestamp log as instants", () => {
    const r = importCsv("case,activity,timestamp\n1,A,2025-01-01T10:00:00Z\n");
    expect(r.kind).toBe("single");
    expect(r.observations[0]).toMatchObject({ startMs: Date.UTC(2025, 0, 1, 10), endMs: Date.UTC(2025, 0, 1, 10) });
    expect(r.observations[0]!.assumedStart).toBeUndefined();
  });

  it("applies a model's standard duration as [t − d, t], flags it, and warns once per step", () => {
    const model: Process = {
      id: "p",
      name: "p",
      steps: [
        { id: "Provtagning", name: "Provtagning", category: "VA", standardDurationMs: 15 * 60_000 },
        { id: "Beslut", name: "Beslut", category: "VA" },
      ],
    };
    const text =
      "case,activity,timestamp\n1,provtagning,2025-01-01T10:00:00Z\n2,Provtagning,2025-01-01T11:00:00Z\n2,Beslut,2025-01-01T12:00:00Z\n2,Okänt,2025-01-01T13:00:00Z\n";
    const r = importCsv(text, { model });
    // 10:00 − 15 min = 09:45; the step id is taken from the model (case-insensitive match).
    expect(r.observations[0]).toMatchObject({
      step: "Provtagning",
      startMs: Date.UTC(2025, 0, 1, 9, 45),
      endMs: Date.UTC(2025, 0, 1, 10),
      assumedStart: true,
    });
    expect(r.observations[2]).toMatchObject({ step: "Beslut", startMs: Date.UTC(2025, 0, 1, 12), endMs: Date.UTC(2025, 0, 1, 12) });
    const assumed = r.quality.issues.filter((i) => i.code === "ASSUMED_DURATION");
    expect(assumed).toHaveLength(1);
    expect(assumed[0]).toMatchObject({ count: 2, value: "Provtagning", severity: "warning" });
    expect(r.quality.counts.ASSUMED_DURATION).toBe(2);
    const unknown = r.quality.issues.filter((i) => i.code === "UNKNOWN_STEP");
    expect(unknown).toMatchObject([{ row: 5, value: "Okänt", count: 1, severity: "warning" }]);
    expect(r.quality.accepted).toBe(4);
  });

  it("treats a lifecycle column holding only complete as a single-timestamp log", () => {
    const r = importCsv(
      "case:concept:name;concept:name;time:timestamp;lifecycle:transition\n1;A;2025-01-01 10:00;complete\n1;B;2025-01-01 11:00;COMPLETE\n",
    );
    expect(r.kind).toBe("single");
    expect(r.observations).toHaveLength(2);
    expect(r.quality.lifecycle).toEqual({ complete: 2 });
  });
});

describe("importCsv rejections", () => {
  const messy =
    "flöde;steg;start;slut;kategori\n" + //                       1 header
    "A;Triage;2025-01-01 08:00;2025-01-01 08:10;VA\n" + //          2 ok
    "A;Triage;2025-01-01 08:00;2025-01-01 08:10;VA\n" + //          3 DUPLICATE_ROW
    ";Triage;2025-01-01 09:00;2025-01-01 09:10;\n" + //             4 MISSING_FLOW
    "B;;2025-01-01 09:00;2025-01-01 09:10;\n" + //                  5 MISSING_STEP
    "B;Prov;;2025-01-01 09:10;\n" + //                              6 MISSING_TIME
    "B;Prov;igår;2025-01-01 09:10;\n" + //                          7 UNPARSEABLE_TIME
    "B;Prov;2025-01-01 10:00;2025-01-01 09:00;\n" + //              8 END_BEFORE_START
    "B;Prov;2025-01-01 10:00;2025-01-01 11:00;kanske\n" + //        9 BAD_CATEGORY
    "B;Prov;2025-01-01 10:00\n" + //                                10 WRONG_FIELD_COUNT
    'B;"Prov;2025-01-01 10:00;2025-01-01 11:00;\n' + //             11 UNTERMINATED_QUOTE
    "B;Beslut;2025-01-01 12:00;2025-01-01 12:00;slöseri\n"; //      12 ok (NVA)

  it("reports each rejected row with file, row, column, code and both languages", () => {
    const r = importCsv(messy, { file: "messy.csv" });
    expect(codesByRow(r)).toEqual([
      [3, "DUPLICATE_ROW", null],
      [4, "MISSING_FLOW", "flöde"],
      [5, "MISSING_STEP", "steg"],
      [6, "MISSING_TIME", "start"],
      [7, "UNPARSEABLE_TIME", "start"],
      [8, "END_BEFORE_START", "slut"],
      [9, "BAD_CATEGORY", "kategori"],
      [10, "WRONG_FIELD_COUNT", null],
      [11, "UNTERMINATED_QUOTE", null],
    ]);
    for (const i of r.quality.issues) {
      expect(i.file).toBe("messy.csv");
      expect(i.severity).toBe("error");
      expect(i.message.length).toBeGreaterThan(5);
      expect(i.messageEn.length).toBeGreaterThan(5);
      expect(i.message).not.toBe(i.messageEn);
    }
    expect(r.quality.issues.find((i) => i.code === "UNPARSEABLE_TIME")!.value).toBe("igår");
  });

  it("reconciles: rowsIn 11 = accepted 2 + rejected 9", () => {
    const r = importCsv(messy);
    expect(r.quality).toMatchObject({ rowsIn: 11, accepted: 2, rejected: 9, observations: 2 });
    expect(r.observations.map((o) => [o.row, o.category])).toEqual([
      [2, "VA"],
      [12, "NVA"],
    ]);
  });

  it("reads category words in Swedish, case-insensitively", () => {
    const rows = [
      "VA",
      "nnva",
      "Värdeskapande",
      "Nödvändig",
      "nödvändig men ej värdeskapande",
      "Ej värdeskapande",
      "SLÖSERI",
      "icke värdeskapande",
    ];
    const text = `flöde;steg;tid;kategori\n${rows.map((c, i) => `F;S${i};2025-01-01 10:00;${c}`).join("\n")}`;
    const r = importCsv(text);
    expect(r.observations.map((o) => o.category)).toEqual(["VA", "NNVA", "VA", "NNVA", "NNVA", "NVA", "NVA", "NVA"]);
  });

  it("keeps many identical timestamps within one flow in input order", () => {
    const text = `flöde;steg;tid\n${["C", "A", "B", "A2", "D"].map((s) => `F;${s};2025-01-01 10:00`).join("\n")}`;
    const r = importCsv(text);
    expect(r.observations.map((o) => o.step)).toEqual(["C", "A", "B", "A2", "D"]);
  });

  it("caps the issues kept per code but keeps exact counts", () => {
    const text = `flöde;steg;tid\n${Array.from({ length: 30 }, (_, i) => `F${i};S;inte en tid`).join("\n")}`;
    const r = importCsv(text, { maxIssuesPerCode: 10 });
    expect(r.quality.issues).toHaveLength(10);
    expect(r.quality.counts.UNPARSEABLE_TIME).toBe(30);
    expect(r.quality.omittedIssues).toBe(20);
    expect(r.quality.rejected).toBe(30);
  });

  it("holds rowsIn = accepted + rejected for any mix of good and bad rows (property)", () => {
    const cell = fc.constantFrom(
      "A",
      "B",
      "",
      " ",
      "x;y",
      '"q"',
      "2025-01-01 10:00",
      "2025-01-01 11:00",
      "2025-03-30 02:30",
      "igår",
      "45658,5",
      "VA",
      "kanske",
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.boolean(), (rows, quoteAll) => {
        const enc = (c: string) => (quoteAll || /[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
        const text = `flöde;steg;start;slut;kategori\n${rows.map((r) => r.map(enc).join(";")).join("\n")}`;
        const q = importCsv(text).quality;
        expect(q.accepted + q.rejected).toBe(q.rowsIn);
        expect(q.observations).toBe(q.accepted);
      }),
      { seed: 20250314, numRuns: 200 },
    );
  });
});

describe("importCsv encodings and number formats", () => {
  it("reads a Windows-1252 file with `;`, decimal comma Excel serials and å/ä/ö", () => {
    const text = "ärende;åtgärd;tid;kostnad\nÅsa-1;Röntgen;45658,5;12,50\nÖrjan-2;Läkarbesök;45658,75;7,25\n";
    const bytes = Buffer.from(text, "latin1"); // å = E5, ä = E4, ö = F6: not valid UTF-8
    const r = importCsv(new Uint8Array(bytes), { file: "cp1252.csv" });
    expect(r.quality.encoding).toBe("windows-1252");
    expect(r.quality.separator).toBe(";");
    expect(r.mapping).toMatchObject({ flow: "ärende", step: "åtgärd", time: "tid" });
    // 45658,5 = 2025-01-01 12:00 Stockholm = 11:00Z; 45658,75 = 18:00 local = 17:00Z.
    expect(r.observations).toEqual([
      {
        flow: "Åsa-1",
        step: "Röntgen",
        startMs: Date.UTC(2025, 0, 1, 11),
        endMs: Date.UTC(2025, 0, 1, 11),
        row: 2,
        attrs: { kostnad: "12,50" },
      },
      {
        flow: "Örjan-2",
        step: "Läkarbesök",
        startMs: Date.UTC(2025, 0, 1, 17),
        endMs: Date.UTC(2025, 0, 1, 17),
        row: 3,
        attrs: { kostnad: "7,25" },
      },
    ]);
    expect(r.quality.issues.map((i) => i.code)).toEqual(["ENCODING_FALLBACK"]);
  });

  it("reads bytes as Windows-1252 when told, and as UTF-8 when valid", () => {
    const latin = new Uint8Array(Buffer.from("flöde;steg;tid\nA;Ö;2025-01-01 10:00\n", "latin1"));
    expect(importCsv(latin, { encoding: "windows-1252" }).observations[0]!.step).toBe("Ö");
    const utf = new Uint8Array(Buffer.from("flöde;steg;tid\nA;Ö;2025-01-01 10:00\n", "utf8"));
    expect(importCsv(utf).observations[0]!.step).toBe("Ö");
    expect(importCsv(utf).quality.encoding).toBe("utf-8");
  });

  it("decides day/month order per column from the data", () => {
    const text = "flöde;steg;start;slut\nA;X;13/01/2025 10:00;01/13/2025 11:00\nA;Y;02/03/2025 10:00;02/03/2025 11:00\n";
    const r = importCsv(text, { tz: "UTC" });
    // start column: 13 in the first field → day first; end column: 13 in the second field → month first.
    expect(r.observations[0]).toMatchObject({ startMs: Date.UTC(2025, 0, 13, 10), endMs: Date.UTC(2025, 0, 13, 11) });
    // …so row 3 reads start 02/03 as 2 March and end 02/03 as 3 February: end before start.
    expect(codesByRow(r)).toEqual([[3, "END_BEFORE_START", "slut"]]);
  });

  it("reads undecidable dd/mm columns day first and warns once", () => {
    const r = importCsv("flöde;steg;tid\nA;X;01/02/2025\nA;Y;03/04/2025\n", { tz: "UTC" });
    expect(r.observations.map((o) => o.startMs)).toEqual([Date.UTC(2025, 1, 1), Date.UTC(2025, 3, 3)]);
    expect(r.quality.issues).toMatchObject([{ code: "DATE_ORDER_ASSUMED", column: "tid", severity: "warning", count: 2 }]);
    // An explicit order is obeyed without a warning.
    const m = importCsv("flöde;steg;tid\nA;X;01/02/2025\n", { tz: "UTC", dateOrder: "mdy" });
    expect(m.observations[0]!.startMs).toBe(Date.UTC(2025, 0, 2));
    expect(m.quality.issues).toEqual([]);
  });

  it("warns (and counts) DST gap and repeated-hour wall times instead of guessing silently", () => {
    const text = "flöde;steg;tid\nA;X;2025-03-30 02:30\nA;Y;2025-10-26 02:30\nA;Z;2025-10-26 02:45\n";
    const r = importCsv(text);
    expect(r.observations.map((o) => o.startMs)).toEqual([
      Date.UTC(2025, 2, 30, 1, 30),
      Date.UTC(2025, 9, 26, 0, 30),
      Date.UTC(2025, 9, 26, 0, 45),
    ]);
    expect(codesByRow(r)).toEqual([
      [2, "DST_GAP", "tid"],
      [3, "DST_AMBIGUOUS", "tid"],
      [4, "DST_AMBIGUOUS", "tid"],
    ]);
    expect(r.quality.counts).toEqual({ DST_GAP: 1, DST_AMBIGUOUS: 2 });
    expect(r.quality.accepted).toBe(3);
  });

  it("uses the given time zone", () => {
    const r = importCsv("flöde;steg;tid\nA;X;2025-01-01 10:00\n", { tz: "America/New_York" });
    expect(r.observations[0]!.startMs).toBe(Date.UTC(2025, 0, 1, 15));
  });
});

describe("importCsv progress", () => {
  it("reports progress about every 100 000 rows and at the end", () => {
    const n = 100_001;
    const text = `flöde;steg;tid\n${Array.from({ length: n }, (_, i) => `F${i};S;2025-01-01 10:00`).join("\n")}`;
    const calls: [number, number][] = [];
    importCsv(text, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.map(([done]) => done)).toEqual([100_000, n]);
    expect(calls.at(-1)).toEqual([n, n]);
  });
});
