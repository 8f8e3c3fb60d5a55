// @flodes/viz — chart builders and components. This file only re-exports.
export * from "./theme.js";
export * from "./format.js";

// shared chart helpers (also used by spc/ and waste/)
export * from "./messages/charts.js";
export * from "./vega/config.js";
export * from "./vega/spec-options.js";
export { fitToWidth } from "./vega/fit-width.js";
export * from "./stats/quantile.js";
export * from "./shape/ladder.js";
export * from "./shape/unit-summary.js";

// Vega-Lite spec builders
export { workAndWaitSpec, type WorkAndWaitSpecOptions } from "./specs/work-and-wait-spec.js";
export * from "./specs/lead-time-distribution-spec.js";
export * from "./specs/lead-time-trend-spec.js";
export * from "./specs/flow-efficiency-by-unit-spec.js";
export { workedTimeByUnitSpec, type WorkedTimeRow, type WorkedTimeByUnitSpecOptions } from "./specs/worked-time-by-unit-spec.js";
export { goalTrendSpec, type GoalTrendPoint, type GoalTrendSpecOptions } from "./specs/goal-trend-spec.js";
export { changeByUnitSpec, type ChangeRow, type ChangeByUnitSpecOptions } from "./specs/change-by-unit-spec.js";
export { inheritedWaitSpec, type InheritedWaitRow, type InheritedWaitSpecOptions } from "./specs/inherited-wait-spec.js";

// headless rendering (vega + vega-lite only; isomorphic)
export * from "./render/render-vega-lite-svg.js";

// d3 components (SVG, browser or jsdom)
export * from "./components/svg.js";
export * from "./components/process-map.js";
export { valueStreamTimeline, type ValueStreamTimelineOptions, type ValueStreamFigures } from "./components/value-stream-timeline.js";

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

// queue and access (tillgänglighet) charts
export { QUEUE_TEXT_SV } from "./queue/queue-text.js";
export { wipTrendSpec, type WipRow, type WipTrendSpecOptions } from "./queue/wip-trend-spec.js";
export { cumulativeFlowSpec, type CumulativeFlowSpecOptions } from "./queue/cumulative-flow-spec.js";
export { agingWipSpec, type AgingWipSpecOptions } from "./queue/aging-wip-spec.js";
export { careGuaranteeTrendSpec } from "./queue/care-guarantee-trend-spec.js";
export { leadTimeSurvivalSpec, type LeadTimeSurvivalSpecOptions } from "./queue/lead-time-survival-spec.js";
export { weeklyThroughputSpec, type ThroughputRow } from "./queue/weekly-throughput-spec.js";
export { backlogBurnDownSpec, type BacklogBurnDownSpecOptions } from "./queue/backlog-burn-down-spec.js";

// steering: efficiency matrix, freed capacity, improvement portfolio
export * from "./steering/steering-text.js";
export * from "./steering/effect-shape.js";
export * from "./steering/efficiency-matrix-spec.js";
export * from "./steering/freed-capacity-spec.js";
export * from "./steering/portfolio-board-spec.js";
export * from "./steering/expected-realised-spec.js";
export * from "./steering/priority-matrix-spec.js";

// monthly report: self-contained HTML from core's MonthlyReport, one module per section
export { escapeHtml, reportDays, countText, statusBadge, goalValueText, GOAL_METRIC_SV, GOAL_STATUS_CLASS } from "./report/report-html.js";
export { reportRunChartSpec, reportGoalProgressSpec, GOAL_STATUS_COLOR } from "./report/report-charts.js";
export { reportCss } from "./report/report-css.js";
export { insertReportSection, type ReportSection, type ReportContext } from "./report/report-section.js";
export { summarySection } from "./report/sections/summary-section.js";
export { goalsSection } from "./report/sections/goals-section.js";
export { unitsSection } from "./report/sections/units-section.js";
export { changeSection, changeText } from "./report/sections/change-section.js";
export { runChartsSection } from "./report/sections/run-charts-section.js";
export { dependenciesSection } from "./report/sections/dependencies-section.js";
export { queueSection } from "./report/sections/queue-section.js";
export { efficiencyMatrixSection, freedCapacitySection, portfolioSection, goalTreeSection } from "./report/sections/steering-sections.js";
export { dataQualitySection } from "./report/sections/data-quality-section.js";
export { aboutSection } from "./report/sections/about-section.js";
export { DEFAULT_REPORT_SECTIONS } from "./report/report-sections.js";
export { renderReportHtml, type RenderReportOptions } from "./report/render-report-html.js";
