import { importCsv } from "@flodes/core";
import { detectSeparator } from "@flodes/core/internal";
import { describe, expect, it } from "vitest";

describe("detectSeparator", () => {
  it("finds comma, semicolon and tab", () => {
    expect(detectSeparator("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectSeparator("a;b;c\n1;2;3\n")).toBe(";");
    expect(detectSeparator("a\tb\tc\n1\t2\t3\n")).toBe("\t");
  });

  it("is not misled by decimal commas in a semicolon file", () => {
    // Each data line has one decimal comma (2 comma-fields) but the header has none (1 field): `;` wins.
    expect(detectSeparator("flöde;steg;kostnad\nA;Triage;12,5\nB;Triage;7,25\n")).toBe(";");
    // Even when the header itself holds a comma, `;` gives more fields on every line.
    expect(detectSeparator("flöde;steg;kostnad, kr\nA;Triage;12,5\nB;Triage;7,25\n")).toBe(";");
  });

  it("is not misled by separators inside quotes", () => {
    expect(detectSeparator('case,activity,note\n1,A,"x; y; z"\n2,B,"p; q"\n')).toBe(",");
    expect(detectSeparator('case;activity;note\n1;A;"a, b, c, d"\n2;B;"e, f"\n')).toBe(";");
  });
});

describe("importCsv reading", () => {
  it("keeps quoted separators, doubled quotes and line breaks in fields, numbering rows by physical line", () => {
    const text =
      "ärende;steg;tid;anteckning\n" + // line 1
      'A;"Triage; akut";2025-01-01 08:00;"sa ""hej"""\n' + // line 2
      'A;Bedömning;2025-01-01 09:00;"rad ett\nrad två\r\nrad tre"\n' + // lines 3–5
      "A;Beslut;2025-01-01 10:00;\n"; // line 6
    const r = importCsv(text);
    expect(r.observations.map((o) => o.step)).toEqual(["Triage; akut", "Bedömning", "Beslut"]);
    expect(r.observations.map((o) => o.row)).toEqual([2, 3, 6]);
    expect(r.observations[0]!.attrs).toEqual({ anteckning: 'sa "hej"' });
    expect(r.observations[1]!.attrs).toEqual({ anteckning: "rad ett\nrad två\r\nrad tre" });
  });

  it("strips a BOM and reads CRLF line ends", () => {
    const r = importCsv("\uFEFFcase,activity,timestamp\r\n1,A,2025-01-01T10:00:00Z\r\n1,B,2025-01-01T11:00:00Z\r\n");
    expect(r.mapping).toMatchObject({ flow: "case", step: "activity", time: "timestamp" });
    expect(r.observations.map((o) => o.step)).toEqual(["A", "B"]);
    expect(r.quality.accepted).toBe(2);
  });

  it("reads a UTF-8 BOM in bytes", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("flöde;steg;tid\nÅ1;Öga;2025-01-01 10:00\n")]);
    const r = importCsv(bytes);
    expect(r.columns[0]).toBe("flöde");
    expect(r.observations[0]!.flow).toBe("Å1");
    expect(r.quality.encoding).toBe("utf-8");
  });

  it("skips blank lines and lines of empty fields without counting them as rows", () => {
    const r = importCsv("flöde;steg;tid\n\nA;X;2025-01-01 10:00\n;;\n   \nA;Y;2025-01-01 11:00\n");
    expect(r.quality.rowsIn).toBe(2);
    expect(r.observations.map((o) => o.row)).toEqual([3, 6]);
  });

  it("rejects a row with the wrong number of fields (WRONG_FIELD_COUNT) but tolerates empty trailing extras", () => {
    const r = importCsv("flöde;steg;tid\nA;X;2025-01-01 10:00;;\nA;Y\nA;Z;2025-01-01 11:00;extra\n");
    expect(r.observations.map((o) => o.step)).toEqual(["X"]);
    const codes = r.quality.issues.map((i) => [i.row, i.code]);
    expect(codes).toEqual([
      [3, "WRONG_FIELD_COUNT"],
      [4, "WRONG_FIELD_COUNT"],
    ]);
    expect(r.quality).toMatchObject({ rowsIn: 3, accepted: 1, rejected: 2 });
  });

  it("rejects a row with an unterminated quote and goes on with the next line", () => {
    const r = importCsv('flöde;steg;tid\nA;X;2025-01-01 10:00\nA;"Y;2025-01-01 11:00\nA;Z;2025-01-01 12:00\n');
    const open = r.quality.issues.filter((i) => i.code === "UNTERMINATED_QUOTE");
    expect(open.map((i) => i.row)).toEqual([3]);
    expect(open[0]!.severity).toBe("error");
    expect(r.observations.map((o) => o.step)).toEqual(["X", "Z"]);
    expect(r.quality).toMatchObject({ rowsIn: 3, accepted: 2, rejected: 1 });
  });

  it("uses an explicit separator when given", () => {
    const r = importCsv("flöde|steg|tid\nA|X|2025-01-01 10:00\n", { sep: "|" });
    expect(r.observations).toHaveLength(1);
    expect(r.quality.separator).toBe("|");
  });
});
