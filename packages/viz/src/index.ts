// @flodes/viz — chart builders and components. This file only re-exports.
export * from "./theme.js";
export * from "./format.js";
