// @flodes/viz — chart builders and components. This file only re-exports.
export * from "./theme.js";
export * from "./format.js";

// shared chart helpers (also used by spc/ and waste/)
export * from "./messages/charts.js";
export * from "./vega/config.js";
export * from "./vega/spec-options.js";
export * from "./stats/quantile.js";
export * from "./shape/ladder.js";
export * from "./shape/unit-summary.js";

// Vega-Lite spec builders
export * from "./specs/timeline-ladder-spec.js";
export * from "./specs/category-stack-spec.js";
export * from "./specs/lead-time-distribution-spec.js";
export * from "./specs/lead-time-trend-spec.js";
export * from "./specs/flow-efficiency-by-unit-spec.js";
export * from "./specs/waste-share-by-unit-spec.js";

// headless rendering (vega + vega-lite only; isomorphic)
export * from "./render/render-vega-lite-svg.js";

// d3 components (SVG, browser or jsdom)
export * from "./components/svg.js";
export * from "./components/process-map.js";
export * from "./components/timeline-ladder.js";

// SPC and before/after charts
export * from "./spc/spc-text.js";
export * from "./spc/spc-spec-options.js";
export * from "./spc/run-chart-spec.js";
export * from "./spc/xmr-chart-spec.js";
export * from "./spc/before-after-spec.js";

// waste, cost of waste and %C&A charts
export * from "./waste/waste-text.js";
export * from "./waste/waste-pareto-spec.js";
export * from "./waste/cost-of-waste-by-unit-spec.js";
export * from "./waste/rolled-pca-spec.js";
