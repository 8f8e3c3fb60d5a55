// @flodes/core/internal — building blocks exported for the workspace's own tests and benchmarks. Not public API:
// no stability promise; use "@flodes/core" and "@flodes/core/node".
export { detectSeparator } from "./io/csv-reader.js";
export { dayMonthEvidence, TimeParser } from "./io/parse-time.js";
export { hmacSha256, sha256, toHex, utf8 } from "./io/sha256.js";
export { WALL_AMBIGUOUS, WALL_GAP, WALL_OK, ZoneConverter } from "./io/zoned-time.js";
export { computeFlows, indexFlows } from "./metrics/kernel.js";
