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
export * from "./model/event-log.js";
export * from "./model/step-resolver.js";

// event log (columnar) and its adapters
export * from "./log/log-parts.js";
export * from "./log/resolve-log.js";
export * from "./log/string-dictionary.js";
export * from "./log/from-observations.js";
export * from "./log/to-observations.js";
export * from "./log/flow-index.js";
export * from "./log/select.js";
export * from "./log/as-event-log.js";

// metrics
export * from "./metrics/types.js";
export * from "./metrics/columnar.js";
export * from "./metrics/kernel.js";
export * from "./metrics/input.js";
export * from "./metrics/flow-metrics.js";
export * from "./metrics/handoffs.js";
export * from "./metrics/summarize-steps.js";
export * from "./metrics/summarize-handoffs.js";
export * from "./metrics/summarize-process.js";
export * from "./metrics/analyze.js";
export * from "./messages/metrics.js";

// stats (quantile, distribution)
export * from "./stats/quantile.js";
export * from "./stats/distribution.js";

// io (isomorphic parts)
export * from "./io/quality.js";
export * from "./io/import-types.js";
export * from "./io/import-error.js";
export * from "./io/import-csv.js";
export * from "./io/import-xes.js";
export * from "./io/process-model.js";
export * from "./io/parse-time.js";
export * from "./io/column-map.js";
export * from "./io/category-words.js";
export * from "./io/personnummer.js";
export * from "./io/org-files.js";

// dependencies, what-if, roll-up
export * from "./deps/group-flows.js";
export * from "./deps/inherited-wait.js";
export * from "./whatif/what-if.js";
export * from "./rollup/hierarchy.js";
export * from "./rollup/roll-up.js";
export * from "./rollup/goals.js";

// statistics, SPC, before/after (improvement analytics)
export * from "./stats/random.js";
export * from "./stats/bootstrap.js";
export * from "./stats/mann-whitney.js";
export * from "./stats/binomial-quantile.js";
export * from "./spc/anhoj.js";
export * from "./spc/phases.js";
export * from "./spc/run-chart.js";
export * from "./spc/xmr.js";
export * from "./improvement/split.js";
export * from "./improvement/time-buckets.js";
export * from "./improvement/compare.js";

// working-time calendar
export * from "./calendar/easter.js";
export * from "./calendar/swedish-holidays.js";
export * from "./calendar/working-calendar.js";
export * from "./messages/calendar.js";

// cost of waste, waste types, %C&A
export * from "./cost/step-lookup.js";
export * from "./cost/cost-items.js";
export * from "./cost/periods.js";
export * from "./cost/cost-of-waste.js";
export * from "./messages/cost.js";
export * from "./waste/waste-type-of.js";
export * from "./waste/waste-pareto.js";
export * from "./pca/pct-complete-accurate.js";

// monthly report (data model and self-contained HTML)
export * from "./report/monthly-report.js";
export * from "./report/render-html.js";
