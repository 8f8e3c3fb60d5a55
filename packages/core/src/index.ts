// @flodes/core — isomorphic entry (browser and Node). Node-only I/O lives in "@flodes/core/node".
// This file only re-exports; one line per module, grouped by folder.

// model
export * from "./model/category.js";
export * from "./model/waste.js";
export * from "./model/process.js";
export * from "./model/observation.js";
export * from "./model/org.js";
export * from "./model/columnar.js";
export * from "./model/time-basis.js";
export * from "./model/calendar.js";

// metrics
export * from "./metrics/types.js";

// io (isomorphic parts)
export * from "./io/quality.js";

// dependencies, what-if, roll-up
export * from "./deps/group-flows.js";
export * from "./deps/inherited-wait.js";
export * from "./whatif/what-if.js";
export * from "./rollup/hierarchy.js";
// PENDING(stats/distribution): export * from "./rollup/roll-up.js";
// PENDING: export * from "./rollup/goals.js";
