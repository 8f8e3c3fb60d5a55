import { formatDuration, formatNumber, formatPercent, formatSek, pickDurationUnit } from "@flodes/viz";
import { describe, expect, it } from "vitest";

describe("Swedish formatting", () => {
  it("uses a space for thousands and a decimal comma", () => {
    expect(formatNumber(12345.678, 1)).toBe("12 345,7");
    expect(formatNumber(-2.5, 1)).toBe("−2,5");
  });
  it("picks min below 2 h, h below 2 days, else dagar", () => {
    expect(pickDurationUnit(119 * 60_000)).toBe("min");
    expect(pickDurationUnit(2 * 3_600_000)).toBe("h");
    expect(pickDurationUnit(3 * 86_400_000)).toBe("dagar");
    expect(formatDuration(3.2 * 86_400_000)).toBe("3,2 dagar");
  });
  it("formats shares and SEK", () => {
    expect(formatPercent(0.163)).toBe("16 %");
    expect(formatPercent(0.0213)).toBe("2,1 %");
    expect(formatPercent(0.0013)).toBe("0,13 %");
    expect(formatPercent(0)).toBe("0 %");
    expect(formatPercent(0.998)).toBe("99,8 %");
    expect(formatPercent(0.99996)).toBe("100 %");
    expect(formatPercent(0.9951)).toBe("99,5 %");
    expect(formatPercent(1)).toBe("100 %");
    expect(formatPercent(0.0013, 0)).toBe("0 %");
    expect(formatSek(12500.4)).toBe("12 500 kr");
    expect(formatSek(null)).toBe("–");
  });
});
