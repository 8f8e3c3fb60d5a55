// @flodes/core/internal — building blocks exported for the workspace's own tests and benchmarks. Not public API:
// no stability promise; use "@flodes/core" and "@flodes/core/node".

export { mapColumns } from "./io/column-map.js";
export { detectSeparator } from "./io/csv-reader.js";
export { indexFlows } from "./log/flow-index.js";
export { computeFlows } from "./metrics/kernel.js";
export { hmacSha256, sha256, toHex, utf8 } from "./privacy/sha256.js";
export { distributionInPlace } from "./stats/distribution.js";
export { dayMonthEvidence, TimeParser } from "./time/parse-time.js";
export { WALL_AMBIGUOUS, WALL_GAP, WALL_OK, ZoneConverter } from "./time/zoned-time.js";
