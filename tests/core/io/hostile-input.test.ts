import { analyze, createCalendar, ImportError, importCsv } from "@flodes/core";
import { describe, expect, it } from "vitest";

const head = "ärende;steg;start;slut\n";

describe("odd and hostile CSV input", () => {
  it("reports column names that differ only in case or spaces, renames the later one and maps the first", () => {
    const r = importCsv("ärende;Steg;start;slut; steg \nA;Triage;2025-01-02 08:00;2025-01-02 08:10;x\n");
    expect(r.columns).toEqual(["ärende", "Steg", "start", "slut", "steg (2)"]);
    expect(r.mapping.step).toBe("Steg");
    const issue = r.quality.issues.find((i) => i.code === "DUPLICATE_COLUMN");
    expect(issue).toMatchObject({ severity: "warning", row: 1, column: "steg (2)" });
    expect(issue?.message).toContain("kolumn 2 och 5");
    expect(r.log.attributes.map((a) => a.name)).toEqual(["steg (2)"]);
  });

  it("rejects implausible years with the bound in the message: 0001 is not 1901 and 9999 is not read", () => {
    const r = importCsv(
      `${head}A;X;0001-01-01 08:00;0001-01-01 09:00\nB;X;9999-12-31 08:00;9999-12-31 09:00\nC;X;2025-01-02 08:00;2025-01-02 09:00\n`,
    );
    expect(r.quality).toMatchObject({ rowsIn: 3, accepted: 1, rejected: 2 });
    const bad = r.quality.issues.filter((i) => i.code === "IMPLAUSIBLE_TIME");
    expect(bad.map((i) => [i.row, i.column])).toEqual([
      [2, "start"],
      [2, "slut"],
      [3, "start"],
      [3, "slut"],
    ]);
    expect(bad[0].message).toContain("1900–2099");
    expect(bad[0].messageEn).toContain("1900–2099");
  });

  it("reads a flow ending far in the future in working time quickly and additively", () => {
    const r = importCsv(`${head}A;X;2025-01-02 08:00;2025-01-02 09:00\nA;Y;2099-12-30 08:00;2099-12-30 09:00\n`);
    const cal = createCalendar();
    const a = analyze(r.log, { calendar: cal });
    expect(a.flows[0].leadTimeMs).toBe(cal.workingMs(r.log.start[0], r.log.end[1]));
    expect(a.flows[0].vaMs + a.flows[0].nnvaMs + a.flows[0].nvaMs).toBe(a.flows[0].leadTimeMs);
  });

  it("refuses a 12-digit personnummer inside free text and never echoes it", () => {
    const text = "ärende;steg;tid;anteckning\nA;Samtal;2025-01-02 08:00;pat 191212121212 ringde\n";
    let error: unknown;
    try {
      importCsv(text, { file: "fritext.csv" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe("PERSONNUMMER");
    expect((error as ImportError).rows).toEqual([2]);
    expect((error as ImportError).columns).toEqual(["anteckning"]);
    expect(JSON.stringify(error) + (error as Error).message + (error as ImportError).messageSv).not.toContain("1212121212");
  });

  it("pseudonymises a personnummer in free text on request, keeping the rest of the text", () => {
    const r = importCsv("ärende;steg;tid;anteckning\nA;Samtal;2025-01-02 08:00;pat 191212121212 ringde\n", {
      personnummer: "pseudonymise",
      pseudonymKey: "k",
    });
    const note = r.log.attributes[0].values[0];
    expect(note).toMatch(/^pat P-[0-9a-f]{12} ringde$/);
    expect(r.quality.counts.PSEUDONYMISED).toBe(1);
  });

  it("refuses a personnummer used as a column name", () => {
    expect(() => importCsv("ärende;steg;tid;19121212-1212\nA;Samtal;2025-01-02 08:00;x\n")).toThrow(ImportError);
  });

  it("never shows a personnummer held in an unreadable time cell, and refuses the file", () => {
    let error: ImportError | undefined;
    try {
      importCsv("ärende;steg;tid\nA;Samtal;19121212-1212\n");
    } catch (e) {
      error = e as ImportError;
    }
    expect(error?.code).toBe("PERSONNUMMER");
    expect(error?.message).not.toContain("1212");
  });

  it("does not take a column of ten-digit order numbers for personnummer because a few pass the check by chance", () => {
    const rows = Array.from({ length: 40 }, (_, i) => `A${i};Beställning;2025-01-02 08:00;${String(4_000_000_000 + i * 7919)}`);
    const r = importCsv(`ärende;steg;tid;ordernr\n${rows.join("\n")}\n`);
    expect(r.quality.accepted).toBe(40);
  });

  it("counts a row duplicated exactly once as rejected, naming the first row", () => {
    const r = importCsv(
      `${head}A;X;2025-01-02 08:00;2025-01-02 09:00\nA;X;2025-01-02 08:00;2025-01-02 09:00\nA;X;2025-01-02 08:00;2025-01-02 09:30\n`,
    );
    expect(r.quality).toMatchObject({ rowsIn: 3, accepted: 2, rejected: 1 });
    expect(r.quality.issues.find((i) => i.code === "DUPLICATE_ROW")).toMatchObject({ row: 3 });
    expect(r.quality.issues.find((i) => i.code === "DUPLICATE_ROW")?.message).toContain("rad 2");
  });
});

describe("input too large for memory", () => {
  it("ends with ImportError TOO_LARGE in both languages when the columns cannot be allocated, not a crash", async () => {
    const { importCsvStream } = await import("@flodes/core");
    const bytes = new TextEncoder().encode(`${head}A;X;2025-01-02 08:00;2025-01-02 09:00\n`);
    // A size claim no machine can hold: sizing the columns for it fails as an allocation would midway.
    const error = await importCsvStream([bytes], { file: "stor.csv", sizeBytes: 1e16 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe("TOO_LARGE");
    expect((error as ImportError).file).toBe("stor.csv");
    expect((error as ImportError).messageSv).toContain("för stor för minnet");
    expect((error as ImportError).messageEn).toContain("too large for memory");
  });
});
