import { CSV_DEFAULT, CSV_EXCEL, toCsv } from "@flodes/cli/internal";
import { neutraliseCell } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("toCsv", () => {
  const table = {
    header: ["flow", "flowEfficiency", "from"],
    rows: [
      ["F1", 0.16, null],
      ['Steg "A"; B', 1, "x"],
    ],
  };

  it("writes , and a decimal point by default, null as an empty cell, quoting only when needed", () => {
    expect(toCsv(table, CSV_DEFAULT)).toBe('flow,flowEfficiency,from\nF1,0.16,\n"Steg ""A""; B",1,x\n');
  });

  it("writes ; decimal comma, CRLF and a BOM for Swedish Excel, quoting cells holding ;", () => {
    expect(toCsv(table, CSV_EXCEL)).toBe('\uFEFFflow;flowEfficiency;from\r\nF1;0,16;\r\n"Steg ""A""; B";1;x\r\n');
  });

  it("neutralises text cells a spreadsheet would run as formulas, keeping negative numbers (OWASP CSV injection)", () => {
    const evil = {
      header: ["step", "n"],
      rows: [
        ['=HYPERLINK("http://x")', -3],
        ["@SUM(A1)", "-12,5"],
        ["+46 70", "-"],
      ],
    };
    expect(toCsv(evil, CSV_EXCEL)).toBe('\uFEFFstep;n\r\n"\'=HYPERLINK(""http://x"")";-3\r\n\'@SUM(A1);-12,5\r\n\'+46 70;\'-\r\n');
  });

  it("writes non-finite numbers as empty cells", () => {
    expect(toCsv({ header: ["a", "b"], rows: [[Number.NaN, Number.POSITIVE_INFINITY]] })).toBe("a,b\n,\n");
  });
});

// An independent RFC 4180 reader, only as an oracle for the round trip below.
function parseCsv(text: string, sep: string, eol: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = "";
    } else if (text.startsWith(eol, i)) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += eol.length - 1;
    } else cell += c;
  }
  return rows;
}

describe("toCsv round trip", () => {
  it("any table of strings reads back cell for cell (formula-like cells neutralised), in both dialects", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "å", " ", ",", ";", '"', "\n", "\r", "1", ".", "=", "-", "+", "@") });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        (width, rows) => {
          const header = ["a", "b", "c", "d"].slice(0, width);
          const body = rows.map((r) => r.slice(0, width));
          for (const dialect of [CSV_DEFAULT, CSV_EXCEL]) {
            const csv = toCsv({ header, rows: body }, dialect).replace(/^\uFEFF/, "");
            expect(parseCsv(csv, dialect.sep, dialect.eol)).toEqual([header, ...body.map((r) => r.map(neutraliseCell))]);
          }
        },
      ),
      { seed: 20250303, numRuns: 200 },
    );
  });
});
