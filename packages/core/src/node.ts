// @flodes/core/node — Node-only entry: file reading and anything touching node:fs.
// Re-exports the isomorphic API so Node users need one import.
export * from "./index.js";
export * from "./io/import-file.js";
export * from "./io/load-org-files.js";
export * from "./io/memory-guard.js";
export { loadBacklogAllocations, loadCareGuaranteeRules } from "./queue/load-queue-files.js";
export * from "./steering/load-steering-files.js";
export { fileSource, type FileSource } from "./io/source/file-source.js";
