// @flodes/viz — chart builders and components. This file only re-exports.

export { type ProcessMapMode, type ProcessMapOptions, processMap, type StepsAndHandoffs } from "./components/process-map.js";
// d3 components (SVG, browser or jsdom)
export { type ComponentOptions, type SvgParent, type SvgSelection, wrapText } from "./components/svg.js";
export { type ValueStreamFigures, type ValueStreamTimelineOptions, valueStreamTimeline } from "./components/value-stream-timeline.js";
export { type DurationUnit, formatDuration, formatNumber, formatPercent, formatSek, pickDurationUnit } from "./format.js";
// shared chart helpers (also used by spc/ and waste/)
export { ChartError, withUnit } from "./messages/charts.js";
export { type AgingWipSpecOptions, agingWipSpec } from "./queue/aging-wip-spec.js";
export { type BacklogBurnDownSpecOptions, backlogBurnDownSpec } from "./queue/backlog-burn-down-spec.js";
export { careGuaranteeTrendSpec } from "./queue/care-guarantee-trend-spec.js";
export { type CumulativeFlowSpecOptions, cumulativeFlowSpec } from "./queue/cumulative-flow-spec.js";
export { type LeadTimeSurvivalSpecOptions, leadTimeSurvivalSpec } from "./queue/lead-time-survival-spec.js";
export { type ThroughputRow, weeklyThroughputSpec } from "./queue/weekly-throughput-spec.js";
// queue and access (tillgänglighet) charts
export { type WipRow, type WipTrendSpecOptions, wipTrendSpec } from "./queue/wip-trend-spec.js";
// headless rendering (vega + vega-lite only; isomorphic)
export { type RenderSvgOptions, renderVegaLiteSvg } from "./render/render-vega-lite-svg.js";
export { type RenderReportOptions, renderReportHtml } from "./report/render-report-html.js";
// monthly report: self-contained HTML from core's MonthlyReport, one module per section
export { GOAL_METRIC_SV, GOAL_STATUS_CLASS, goalValueText, statusBadge } from "./report/report-html.js";
export { insertReportSection, type ReportContext, type ReportSection } from "./report/report-section.js";
export { DEFAULT_REPORT_SECTIONS } from "./report/report-sections.js";
export { aboutSection } from "./report/sections/about-section.js";
export { changeSection, changeText } from "./report/sections/change-section.js";
export { dataQualitySection } from "./report/sections/data-quality-section.js";
export { dependenciesSection } from "./report/sections/dependencies-section.js";
export { goalsSection } from "./report/sections/goals-section.js";
export { queueSection } from "./report/sections/queue-section.js";
export { runChartsSection } from "./report/sections/run-charts-section.js";
export { efficiencyMatrixSection, freedCapacitySection, goalTreeSection, portfolioSection } from "./report/sections/steering-sections.js";
export { summarySection } from "./report/sections/summary-section.js";
export { unitsSection } from "./report/sections/units-section.js";
export { type Ladder, type LadderOptions, type LadderRung, ladderOf, orderSteps } from "./shape/ladder.js";
export type { LeadTimeTrendRow, UnitSummary } from "./shape/unit-summary.js";
export { type BeforeAfterSpecOptions, beforeAfterSpec } from "./spc/before-after-spec.js";
export { runChartSpec, type SpcRow } from "./spc/run-chart-spec.js";
// SPC and before/after charts
export type { SpcDisplayScale, SpcSpecOptions } from "./spc/spc-spec-options.js";
export { type XmrSpecOptions, xmrChartSpec } from "./spc/xmr-chart-spec.js";
export { type ChangeByUnitSpecOptions, type ChangeRow, changeByUnitSpec } from "./specs/change-by-unit-spec.js";
export { type FlowEfficiencyByUnitSpecOptions, flowEfficiencyByUnitSpec } from "./specs/flow-efficiency-by-unit-spec.js";
export { type FlowTimelineObservation, type FlowTimelineWait, flowTimelineSpec } from "./specs/flow-timeline-spec.js";
export { type GoalTrendPoint, type GoalTrendSpecOptions, goalTrendSpec } from "./specs/goal-trend-spec.js";
export { type ImportRowsRow, importRowsSpec } from "./specs/import-rows-spec.js";
export { type InheritedWaitRow, type InheritedWaitSpecOptions, inheritedWaitSpec } from "./specs/inherited-wait-spec.js";
export { type IssueCountRow, issueCountsSpec } from "./specs/issue-counts-spec.js";
export { type LeadTimeDistributionSpecOptions, leadTimeDistributionSpec } from "./specs/lead-time-distribution-spec.js";
export { type LeadTimeTrendSpecOptions, leadTimeTrendSpec } from "./specs/lead-time-trend-spec.js";
// Vega-Lite spec builders
export { type WorkAndWaitSpecOptions, workAndWaitSpec } from "./specs/work-and-wait-spec.js";
export { type WorkedTimeByUnitSpecOptions, type WorkedTimeRow, workedTimeByUnitSpec } from "./specs/worked-time-by-unit-spec.js";
export { quantileSorted } from "./stats/quantile.js";
// steering: efficiency matrix, freed capacity, improvement portfolio
export { type EffectItem, improvementPct } from "./steering/effect-shape.js";
export { type EfficiencyMatrixSpecOptions, efficiencyMatrixSpec } from "./steering/efficiency-matrix-spec.js";
export { type ExpectedRealisedSpecOptions, expectedRealisedSpec } from "./steering/expected-realised-spec.js";
export { type FreedCapacitySpecOptions, freedCapacitySpec } from "./steering/freed-capacity-spec.js";
export { type PortfolioBoardSpecOptions, portfolioBoardSpec } from "./steering/portfolio-board-spec.js";
export { type PriorityMatrixSpecOptions, priorityMatrixSpec } from "./steering/priority-matrix-spec.js";
export {
  CATEGORY_COLOR,
  CATEGORY_SHORT_SV,
  DEPENDENCY_COLOR,
  INHERITED_WAIT_COLOR,
  QUALITY_COLOR,
  SERIES_COLORS,
  STATUS_COLOR,
  WAIT_COLOR,
} from "./theme.js";
export { type ChartTheme, categoryColorScale, THEME_COLORS, type ThemeColors, VEGA_LOCALE_SV, vegaLiteConfig } from "./vega/config.js";
export { fitToWidth } from "./vega/fit-width.js";
export type { DurationSpecOptions, SpecFrame, SpecOptions, SummaryStat } from "./vega/spec-options.js";
export { costOfWasteByUnitSpec } from "./waste/cost-of-waste-by-unit-spec.js";
export { rolledPcaSpec } from "./waste/rolled-pca-spec.js";
// waste, cost of waste and %C&A charts
export { type WasteParetoSpecOptions, wasteParetoSpec } from "./waste/waste-pareto-spec.js";
