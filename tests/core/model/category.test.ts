import { CATEGORIES, CATEGORY_BY_CODE, CATEGORY_CODE, isCategory } from "@flodes/core";
import { describe, expect, it } from "vitest";

describe("category", () => {
  it("orders categories by precedence VA > NNVA > NVA and codes them 0, 1, 2", () => {
    expect(CATEGORIES).toEqual(["VA", "NNVA", "NVA"]);
    expect(CATEGORIES.map((c) => CATEGORY_CODE[c])).toEqual([0, 1, 2]);
    expect(CATEGORY_BY_CODE[CATEGORY_CODE.NNVA]).toBe("NNVA");
  });
  it("recognises only the three categories", () => {
    expect(isCategory("VA")).toBe(true);
    expect(isCategory("va")).toBe(false);
    expect(isCategory(undefined)).toBe(false);
  });
});
