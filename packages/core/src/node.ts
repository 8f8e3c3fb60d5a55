// @flodes/core/node — Node-only entry: file reading and anything touching node:fs.
// Re-exports the isomorphic API so Node users need one import.
// The isomorphic API, itself explicit (see index.ts): an entry point may extend another entry point.
export * from "./index.js";
export { importFile, loadProcessModel } from "./io/import-file.js";
export { loadGoals, loadUnits } from "./io/load-org-files.js";
export { memoryGuard } from "./io/memory-guard.js";
export { type FileSource, fileSource } from "./io/source/file-source.js";
export { loadBacklogAllocations, loadCareGuaranteeRules } from "./queue/load-queue-files.js";
export { loadContextFigures, loadGoalTree, loadImprovements, loadStaffing, loadSteeringFile } from "./steering/load-steering-files.js";
