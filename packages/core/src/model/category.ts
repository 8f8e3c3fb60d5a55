/**
 * The value class of an interval of time.
 * - `VA`   värdeskapande (value-adding)
 * - `NNVA` nödvändig men ej värdeskapande (necessary, non-value-adding)
 * - `NVA`  ej värdeskapande (waste); waiting between steps is NVA unless stated otherwise.
 */
export type Category = "VA" | "NNVA" | "NVA";

/** All categories in precedence order (an instant covered by several belongs to the first). */
export const CATEGORIES: readonly Category[] = ["VA", "NNVA", "NVA"];

/** Numeric codes used by the columnar kernel; the order is the precedence order. */
export const CATEGORY_CODE: Readonly<Record<Category, number>> = { VA: 0, NNVA: 1, NVA: 2 };

/** Inverse of {@link CATEGORY_CODE}. */
export const CATEGORY_BY_CODE: readonly Category[] = ["VA", "NNVA", "NVA"];

/** Swedish labels for display. */
export const CATEGORY_LABEL_SV: Readonly<Record<Category, string>> = {
  VA: "Värdeskapande",
  NNVA: "Nödvändig, ej värdeskapande",
  NVA: "Ej värdeskapande (slöseri)",
};

/**
 * Type guard for {@link Category}.
 * @example
 * isCategory("NVA") // → true
 * isCategory("slöseri") // → false — Swedish words are read by parseCategory
 */
export function isCategory(x: unknown): x is Category {
  return x === "VA" || x === "NNVA" || x === "NVA";
}
