import { createHash, createHmac } from "node:crypto";
import { ImportError, importCsv, isPersonnummerDigits } from "@flodes/core";
import { hmacSha256, sha256, toHex, utf8 } from "@flodes/core/internal";
import { describe, expect, it } from "vitest";

/** Luhn check digit for 9 digits YYMMDDNNN, computed independently of the library. */
function luhnDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  return String((10 - (sum % 10)) % 10);
}

// Synthetic numbers (not real people): 1985-07-09, birth number 123.
const valid10 = `850709123${luhnDigit("850709123")}`;
const invalid10 = valid10.slice(0, 9) + String((Number(valid10[9]) + 1) % 10);
const samordning10 = `850769123${luhnDigit("850769123")}`; // day 09 + 60

const catchImport = (f: () => unknown): ImportError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("no ImportError thrown");
};

describe("personnummer detection", () => {
  it("recognises valid numbers and samordningsnummer, not a wrong check digit or date", () => {
    expect(isPersonnummerDigits(valid10)).toBe(true);
    expect(isPersonnummerDigits(`19${valid10}`)).toBe(true);
    expect(isPersonnummerDigits(samordning10)).toBe(true);
    expect(isPersonnummerDigits(invalid10)).toBe(false);
    expect(isPersonnummerDigits(`851309123${luhnDigit("851309123")}`)).toBe(false); // month 13
  });

  it("refuses a file holding personnummer, naming file, rows and columns but never the value", () => {
    const text = [
      "patient;steg;tid;anteckning",
      `19${valid10.slice(0, 6)}-${valid10.slice(6)};Triage;2025-01-01 10:00;`,
      `X2;Triage;2025-01-01 11:00;ringde från ${valid10.slice(0, 6)}+${valid10.slice(6)} igår`,
      `X3;Triage;2025-01-01 12:00;`,
    ].join("\n");
    const e = catchImport(() => importCsv(text, { file: "pn.csv" }));
    expect(e.code).toBe("PERSONNUMMER");
    expect(e.file).toBe("pn.csv");
    expect(e.rows).toEqual([2, 3]);
    expect(e.columns).toEqual(["patient", "anteckning"]);
    for (const s of [e.message, e.messageSv, e.messageEn]) {
      expect(s).not.toContain(valid10.slice(0, 6));
      expect(s).not.toContain(valid10.slice(6));
    }
  });

  it("refuses a column of bare 10/12-digit personnummer", () => {
    const text = `case;activity;timestamp\n${valid10};A;2025-01-01 10:00\n19${samordning10};A;2025-01-01 10:00\n`;
    expect(catchImport(() => importCsv(text)).code).toBe("PERSONNUMMER");
  });

  it("does not refuse a personnummer-looking number with an invalid Luhn digit", () => {
    const text = `patient;steg;tid\n${invalid10.slice(0, 6)}-${invalid10.slice(6)};Triage;2025-01-01 10:00\n${invalid10};Triage;2025-01-01 11:00\n`;
    const r = importCsv(text);
    expect(r.quality.accepted).toBe(2);
    expect(r.observations[0]!.flow).toBe(`${invalid10.slice(0, 6)}-${invalid10.slice(6)}`);
  });

  it("does not refuse a column of 10-digit ids where only a stray value passes the test", () => {
    // 19 ids with month 00 (never a date) and one that happens to pass: 1/20 < the column share of 1/2.
    const ids = Array.from({ length: 19 }, (_, i) => `990000${String(1000 + i)}`).concat([valid10]);
    const text = `case;activity;timestamp\n${ids.map((id) => `${id};A;2025-01-01 10:00`).join("\n")}`;
    expect(importCsv(text).quality.accepted).toBe(20);
  });

  it("pseudonymises with a keyed hash when asked, the same person getting the same pseudonym", () => {
    const text = [
      "patient;steg;tid;anteckning",
      `19${valid10.slice(0, 6)}-${valid10.slice(6)};Triage;2025-01-01 10:00;`,
      `${valid10.slice(0, 6)}-${valid10.slice(6)};Beslut;2025-01-01 11:00;ring ${valid10.slice(0, 6)}-${valid10.slice(6)} i morgon`,
    ].join("\n");
    const r = importCsv(text, { personnummer: "pseudonymise", pseudonymKey: "test-nyckel" });
    const expected = `P-${createHmac("sha256", "test-nyckel").update(valid10).digest("hex").slice(0, 12)}`;
    expect(r.observations.map((o) => o.flow)).toEqual([expected, expected]);
    expect(r.observations[1]!.attrs).toEqual({ anteckning: `ring ${expected} i morgon` });
    expect(r.quality.issues).toMatchObject([{ code: "PSEUDONYMISED", severity: "warning", count: 3 }]);
    expect(JSON.stringify(r)).not.toContain(valid10.slice(6));
  });
});

describe("sha256 and HMAC", () => {
  it("matches FIPS 180-4 and RFC 4231 test vectors", () => {
    expect(toHex(sha256(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(toHex(sha256(utf8("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(toHex(hmacSha256(utf8("Jefe"), utf8("what do ya want for nothing?")))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("agrees with node:crypto on multi-block input and long keys", () => {
    const msg = "å".repeat(1000);
    expect(toHex(sha256(utf8(msg)))).toBe(createHash("sha256").update(msg).digest("hex"));
    const key = "k".repeat(100);
    expect(toHex(hmacSha256(utf8(key), utf8(msg)))).toBe(createHmac("sha256", key).update(msg).digest("hex"));
  });
});
