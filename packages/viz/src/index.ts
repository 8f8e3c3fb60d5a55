// @flodes/viz — chart builders and components. This file only re-exports.
export { CATEGORY_COLOR, CATEGORY_SHORT_SV, DEPENDENCY_COLOR, INHERITED_WAIT_COLOR, QUALITY_COLOR, SERIES_COLORS, STATUS_COLOR, WAIT_COLOR } from "./theme.js";
export { type DurationUnit, formatDuration, formatNumber, formatPercent, formatSek, pickDurationUnit } from "./format.js";

// shared chart helpers (also used by spc/ and waste/)
export { ChartError, withUnit } from "./messages/charts.js";
export { categoryColorScale, type ChartTheme, THEME_COLORS, type ThemeColors, VEGA_LOCALE_SV, vegaLiteConfig } from "./vega/config.js";
export type { DurationSpecOptions, SpecFrame, SpecOptions, SummaryStat } from "./vega/spec-options.js";
export { fitToWidth } from "./vega/fit-width.js";
export { quantileSorted } from "./stats/quantile.js";
export { type Ladder, ladderOf, type LadderOptions, type LadderRung, orderSteps } from "./shape/ladder.js";
export type { LeadTimeTrendRow, UnitSummary } from "./shape/unit-summary.js";

// Vega-Lite spec builders
export { workAndWaitSpec, type WorkAndWaitSpecOptions } from "./specs/work-and-wait-spec.js";
export { leadTimeDistributionSpec, type LeadTimeDistributionSpecOptions } from "./specs/lead-time-distribution-spec.js";
export { leadTimeTrendSpec, type LeadTimeTrendSpecOptions } from "./specs/lead-time-trend-spec.js";
export { flowEfficiencyByUnitSpec, type FlowEfficiencyByUnitSpecOptions } from "./specs/flow-efficiency-by-unit-spec.js";
export { workedTimeByUnitSpec, type WorkedTimeByUnitSpecOptions, type WorkedTimeRow } from "./specs/worked-time-by-unit-spec.js";
export { type GoalTrendPoint, goalTrendSpec, type GoalTrendSpecOptions } from "./specs/goal-trend-spec.js";
export { changeByUnitSpec, type ChangeByUnitSpecOptions, type ChangeRow } from "./specs/change-by-unit-spec.js";
export { type InheritedWaitRow, inheritedWaitSpec, type InheritedWaitSpecOptions } from "./specs/inherited-wait-spec.js";
export { type FlowTimelineObservation, flowTimelineSpec, type FlowTimelineWait } from "./specs/flow-timeline-spec.js";
export { type ImportRowsRow, importRowsSpec } from "./specs/import-rows-spec.js";
export { type IssueCountRow, issueCountsSpec } from "./specs/issue-counts-spec.js";

// headless rendering (vega + vega-lite only; isomorphic)
export { type RenderSvgOptions, renderVegaLiteSvg } from "./render/render-vega-lite-svg.js";

// d3 components (SVG, browser or jsdom)
export { type ComponentOptions, type SvgParent, type SvgSelection, wrapText } from "./components/svg.js";
export { processMap, type ProcessMapMode, type ProcessMapOptions, type StepsAndHandoffs } from "./components/process-map.js";
export { type ValueStreamFigures, valueStreamTimeline, type ValueStreamTimelineOptions } from "./components/value-stream-timeline.js";

// SPC and before/after charts
export type { SpcDisplayScale, SpcSpecOptions } from "./spc/spc-spec-options.js";
export { runChartSpec, type SpcRow } from "./spc/run-chart-spec.js";
export { xmrChartSpec, type XmrSpecOptions } from "./spc/xmr-chart-spec.js";
export { beforeAfterSpec, type BeforeAfterSpecOptions } from "./spc/before-after-spec.js";

// waste, cost of waste and %C&A charts
export { wasteParetoSpec, type WasteParetoSpecOptions } from "./waste/waste-pareto-spec.js";
export { costOfWasteByUnitSpec } from "./waste/cost-of-waste-by-unit-spec.js";
export { rolledPcaSpec } from "./waste/rolled-pca-spec.js";

// queue and access (tillgänglighet) charts
export { type WipRow, wipTrendSpec, type WipTrendSpecOptions } from "./queue/wip-trend-spec.js";
export { cumulativeFlowSpec, type CumulativeFlowSpecOptions } from "./queue/cumulative-flow-spec.js";
export { agingWipSpec, type AgingWipSpecOptions } from "./queue/aging-wip-spec.js";
export { careGuaranteeTrendSpec } from "./queue/care-guarantee-trend-spec.js";
export { leadTimeSurvivalSpec, type LeadTimeSurvivalSpecOptions } from "./queue/lead-time-survival-spec.js";
export { type ThroughputRow, weeklyThroughputSpec } from "./queue/weekly-throughput-spec.js";
export { backlogBurnDownSpec, type BacklogBurnDownSpecOptions } from "./queue/backlog-burn-down-spec.js";

// steering: efficiency matrix, freed capacity, improvement portfolio
export { type EffectItem, improvementPct } from "./steering/effect-shape.js";
export { efficiencyMatrixSpec, type EfficiencyMatrixSpecOptions } from "./steering/efficiency-matrix-spec.js";
export { freedCapacitySpec, type FreedCapacitySpecOptions } from "./steering/freed-capacity-spec.js";
export { portfolioBoardSpec, type PortfolioBoardSpecOptions } from "./steering/portfolio-board-spec.js";
export { expectedRealisedSpec, type ExpectedRealisedSpecOptions } from "./steering/expected-realised-spec.js";
export { priorityMatrixSpec, type PriorityMatrixSpecOptions } from "./steering/priority-matrix-spec.js";

// monthly report: self-contained HTML from core's MonthlyReport, one module per section
export { GOAL_METRIC_SV, GOAL_STATUS_CLASS, goalValueText, statusBadge } from "./report/report-html.js";
export { insertReportSection, type ReportContext, type ReportSection } from "./report/report-section.js";
export { summarySection } from "./report/sections/summary-section.js";
export { goalsSection } from "./report/sections/goals-section.js";
export { unitsSection } from "./report/sections/units-section.js";
export { changeSection, changeText } from "./report/sections/change-section.js";
export { runChartsSection } from "./report/sections/run-charts-section.js";
export { dependenciesSection } from "./report/sections/dependencies-section.js";
export { queueSection } from "./report/sections/queue-section.js";
export { efficiencyMatrixSection, freedCapacitySection, goalTreeSection, portfolioSection } from "./report/sections/steering-sections.js";
export { dataQualitySection } from "./report/sections/data-quality-section.js";
export { aboutSection } from "./report/sections/about-section.js";
export { DEFAULT_REPORT_SECTIONS } from "./report/report-sections.js";
export { renderReportHtml, type RenderReportOptions } from "./report/render-report-html.js";
