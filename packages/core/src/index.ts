// @flodes/core — isomorphic entry (browser and Node). Node-only I/O lives in "@flodes/core/node".
// This file only re-exports; one line per module, grouped by folder.

// working-time calendar
export { easterSunday } from "./calendar/easter.js";
export { type SwedishHoliday, swedishHolidays } from "./calendar/swedish-holidays.js";
export {
  CALENDAR_TIME,
  type CalendarException,
  type CalendarOptions,
  createCalendar,
  DEFAULT_OPENING_HOURS,
  type OpeningCalendar,
  type OpeningSpan,
  type WeekdayKey,
} from "./calendar/working-calendar.js";
// cost of waste, waste types, %C&A
export { type CostItem, type CostItemKind, type CostItems, type CostOptions, costItems } from "./cost/cost-items.js";
export { type CostBreakdown, type CostOfWasteOptions, type CostOfWasteReport, costOfWaste } from "./cost/cost-of-waste.js";
export { type CostPeriod, type PeriodRange, type PeriodSpec, periodOf } from "./cost/periods.js";
// dependencies, what-if, roll-up
export { groupFlows } from "./deps/group-flows.js";
export {
  type DependencyAnalysis,
  type DependencyLink,
  type DependencyPairSummary,
  type FlowInheritedWait,
  type InheritedWaitOptions,
  inheritedWaits,
} from "./deps/inherited-wait.js";
export {
  type ChangeDirection,
  type ComparedMeasure,
  type CompareOptions,
  type ComparisonRefusal,
  type ComparisonResult,
  compareGroups,
  type GroupComparison,
  type GroupSummary,
} from "./improvement/compare.js";
export { type DateSplit, type Period, type PeriodGroup, splitByDate, splitByGroup, splitByPeriod } from "./improvement/split.js";
export { type TimeBucket, type TimeBucketOptions, timeBuckets } from "./improvement/time-buckets.js";
export { decodeText, type TextEncodingName } from "./io/decode-text.js";
// io: export (XES, CSV, Arrow IPC, Parquet) and spreadsheet-safe CSV cells
export { type ByteOutput, collectBytes } from "./io/export/byte-output.js";
export { csvField, neutraliseCell } from "./io/export/csv-safety.js";
export type { ExportColumn } from "./io/export/export-table.js";
export { type WriteArrowOptions, writeArrow } from "./io/export/write-arrow.js";
export { type WriteCsvOptions, writeCsv } from "./io/export/write-csv.js";
export { type WriteParquetOptions, writeParquet } from "./io/export/write-parquet.js";
export { type WriteXesOptions, writeXes } from "./io/export/write-xes.js";
export { importCsv, importCsvStream, type StreamImportOptions } from "./io/import-csv.js";
export { blobImportSource, formatOfName, type ImportSource, importSource, type SourceFormat } from "./io/import-source.js";
export type { ColumnMapping, ImportOptions, ImportResult } from "./io/import-types.js";
export { importXes, importXesStream } from "./io/import-xes.js";
export { importXlsx } from "./io/import-xlsx.js";
export { IssueSink } from "./io/issue-sink.js";
export { GOAL_METRICS, type GoalsParse, type OrgFileOptions, parseGoals, parseUnits, type UnitsParse } from "./io/org-files.js";
export { MASKED_CELL, type PreviewOptions, previewSource, type SourcePreview } from "./io/preview-source.js";
export { type ProcessModelOptions, parseProcessModel } from "./io/process-model.js";
export { parseProcessModels } from "./io/process-models.js";
export {
  DEFAULT_MAX_COMPRESSION_RATIO,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  type DecompressionLimits,
} from "./io/source/decompression-limits.js";
export { type GunzipOptions, gunzip } from "./io/source/gunzip.js";
export { blobSource, bytesSource, type RandomAccessSource } from "./io/source/random-access.js";
// io: streaming sources (isomorphic readers, decompression, export)
export { type ByteProgress, type ByteSource, RecordBuffer, type RecordSink, type SourceMessage } from "./io/source/record.js";
export { type ReadXesOptions, readXes } from "./io/xes/read-xes.js";
export { type ReadXlsxOptions, readXlsx } from "./io/xlsx/read-xlsx.js";
export { asEventLog, type LogInput } from "./log/as-event-log.js";
export { type FlowIndex, flowIndexOf } from "./log/flow-index.js";
export { eventLogFromObservations, type FromObservationsOptions } from "./log/from-observations.js";
// event log (columnar) and its adapters
export type { LogParts } from "./log/log-parts.js";
export type { ResolvedLog, ResolveOptions, UnresolvedStep } from "./log/resolve-log.js";
export { selectFlows, selectRows } from "./log/select.js";
export { toObservations } from "./log/to-observations.js";
export { CalendarError, type ErrorLocation, FlodesError, ImportError, QueueError } from "./messages/flodes-error.js";
export { inLanguage, type Lang, type Msg, msg, type Text, type TextPair, textPair } from "./messages/msg.js";
export type { QueueMsg } from "./messages/queue.js";
export { steeringMessage } from "./messages/steering.js";
export { analyze, analyzeBy, type GroupAnalysis } from "./metrics/analyze.js";
export { type ArqueroTableLike, type FromArqueroOptions, fromArquero, type ToColumnarOptions, toColumnar } from "./metrics/columnar.js";
export { flowMetrics } from "./metrics/flow-metrics.js";
export { handoffs } from "./metrics/handoffs.js";
export type { MetricsInput, MetricsOptions } from "./metrics/input.js";
export { summarizeHandoffs } from "./metrics/summarize-handoffs.js";
export { summarizeProcess } from "./metrics/summarize-process.js";
export { summarizeSteps } from "./metrics/summarize-steps.js";
// metrics
export type { Analysis, FlowMetrics, Handoff, HandoffSummary, ProcessSummary, StepSummary } from "./metrics/types.js";
export type { WorkingCalendar } from "./model/calendar.js";
// model
export { CATEGORIES, CATEGORY_BY_CODE, CATEGORY_CODE, CATEGORY_LABEL_SV, type Category, isCategory } from "./model/category.js";
export { parseCategory, parseWasteType } from "./model/category-words.js";
export type { ColumnarLog } from "./model/columnar.js";
export { type AttributeColumn, attributeColumn, codeOf, type EventLog, type ObservationOrigin } from "./model/event-log.js";
export type { Flow, Observation } from "./model/observation.js";
export { type Goal, type GoalMetric, UNIT_LEVELS, type Unit, type UnitLevel } from "./model/org.js";
export type { Process, ProcessDependency, Step } from "./model/process.js";
// io (isomorphic parts)
export type { ImportErrorCode, IssueCode, QualityIssue, QualityReport } from "./model/quality.js";
export { createStepResolver, type ResolvedStep, type StepResolver } from "./model/step-resolver.js";
export { TIME_BASIS_LABEL_SV, type TimeBasis } from "./model/time-basis.js";
export { isWasteType, WASTE_LABEL_SV, WASTE_TYPES, type WasteType } from "./model/waste.js";
export { WASTE_TYPE_LABEL_SV, type WasteTypeOrUnclassified, wasteTypeOf } from "./model/waste-type-of.js";
export {
  type HandoffPca,
  handoffPca,
  type PcaOptions,
  type PcaRow,
  type ProcessPca,
  type RolledPca,
  rolledPca,
} from "./pca/pct-complete-accurate.js";
export { isPersonnummerDigits, type PersonnummerHit, pseudonym } from "./privacy/personnummer.js";
export { type AgingBand, type AgingFlow, type AgingStage, type AgingWipOptions, agingWip } from "./queue/aging-wip.js";
export { type BacklogMonth, type BacklogOptions, type BacklogUnit, backlog } from "./queue/backlog.js";
export { type BacklogAllocation, parseBacklogAllocations } from "./queue/backlog-allocations.js";
export {
  type CareGuaranteeFlow,
  type CareGuaranteeMonth,
  type CareGuaranteeNow,
  type CareGuaranteeOptions,
  type CareGuaranteeResult,
  careGuarantee,
} from "./queue/care-guarantee.js";
export { type CareGuaranteeRule, type DayCount, parseCareGuaranteeRules, SWEDISH_CARE_GUARANTEE } from "./queue/care-guarantee-rules.js";
export {
  type CensoredLeadTime,
  type CensoredLeadTimeOptions,
  censoredLeadTime,
  type LeadTimeQuantiles,
  type SurvivalPoint,
} from "./queue/censored-lead-time.js";
export { type CumulativeFlowOptions, type CumulativeFlowRow, cumulativeFlow } from "./queue/cumulative-flow.js";
export { type EndStepSource, type EndSteps, resolveEndSteps } from "./queue/end-steps.js";
export { type FlowOfWorkGroup, type FlowOfWorkOptions, type FlowOfWorkRow, flowOfWork } from "./queue/flow-of-work.js";
export { type FlowStates, flowStates } from "./queue/flow-state.js";
export {
  type KaplanMeierEstimate,
  type KaplanMeierOptions,
  type KaplanMeierStep,
  kaplanMeier,
  kaplanMeierQuantile,
  kaplanMeierQuantileCi,
} from "./queue/kaplan-meier.js";
export { type LittlesLawCheck, type LittlesLawOptions, littlesLaw } from "./queue/littles-law.js";
export {
  type ClosingsAtConfidence,
  forecastClosings,
  forecastWeeksToFinish,
  type MonteCarloOptions,
  type WeeksAtConfidence,
} from "./queue/monte-carlo.js";
export { openFlowMask } from "./queue/open-flows.js";
// queues and access (tillgänglighet): open flows, flow of work, care guarantee, censored lead time, forecasts, backlog
export { asOfFromDate, type QueueOptions } from "./queue/options.js";
export type { PeriodBucket, PeriodSeries, QueuePeriod } from "./queue/periods.js";
export { type QueueDoneAt, type QueueForecast, type QueueForecastOptions, queueForecast } from "./queue/queue-forecast.js";
export { type OpenFlow, type QueueReport, type QueueReportOptions, queueReport } from "./queue/queue-report.js";
export { type QueueReportSection, type QueueSectionOptions, type QueueSectionUnit, queueReportSection } from "./queue/report-section.js";
export type { StageOrder } from "./queue/stage-order.js";
export {
  type StepIntervalFlow,
  type StepIntervalOptions,
  type StepIntervalStatus,
  type StepIntervalSummary,
  timeBetweenSteps,
} from "./queue/step-interval.js";
// monthly report (the data model; @flodes/viz renders it)
export {
  type BaselinePeriod,
  completionMonth,
  monthBounds,
  monthLabel,
  monthsOf,
  parseBaselinePeriod,
  periodBounds,
  periodLabel,
  shiftMonth,
} from "./report/baseline-period.js";
export {
  type BaselineFigures,
  type BuildMonthlyReportOptions,
  buildMonthlyReport,
  type MonthlyMedian,
  type MonthlyReport,
  type MonthlyReportInput,
  type MonthlyReportOptions,
  monthlyReport,
  type ReportDataQuality,
  type ReportGoal,
  type ReportUnit,
} from "./report/monthly-report.js";
export { evaluateGoal, type GoalEvaluation, type GoalOptions, type GoalStatus, goalMetricValue } from "./rollup/goals.js";
export { buildHierarchy, type Hierarchy } from "./rollup/hierarchy.js";
export { type RollupFlow, type RollupOptions, type RollupRow, rollUp } from "./rollup/roll-up.js";
export { anhojRuns, crossingsLimit, longestRunLimit, type RunsAnalysis } from "./spc/anhoj.js";
export type { PhaseOptions, PhaseSpan } from "./spc/phases.js";
export { type RunChartOptions, type RunChartPhase, type RunChartPoint, type RunChartResult, runChart } from "./spc/run-chart.js";
export { MR_LIMIT_FACTOR, XMR_LIMIT_FACTOR, type XmrOptions, type XmrPhase, type XmrPoint, type XmrResult, xmrChart } from "./spc/xmr.js";
export { binomialQuantileHalf } from "./stats/binomial-quantile.js";
export { type BootstrapInterval, type BootstrapOptions, bootstrapMeanDifference, bootstrapMedianDifference } from "./stats/bootstrap.js";
export { type Distribution, distribution } from "./stats/distribution.js";
export { erfc, normalTwoSidedP } from "./stats/erfc.js";
export { exactUDistribution, type MannWhitneyOptions, type MannWhitneyResult, mannWhitney } from "./stats/mann-whitney.js";
// stats (quantile, distribution)
export { quantile, quantileSorted } from "./stats/quantile.js";
// statistics, SPC, before/after (improvement analytics)
export { createRandom, DEFAULT_SEED, type RandomSource, randomNormal } from "./stats/random.js";
export {
  type EfficiencyMatrix,
  type EfficiencyMatrixOptions,
  type EfficiencyPath,
  type EfficiencyPoint,
  type EfficiencyQuadrant,
  efficiencyMatrix,
  quadrantOf,
} from "./steering/efficiency-matrix.js";
export {
  DEFAULT_HOURS_PER_FTE,
  type FlowWindow,
  type FreedAmounts,
  type FreedCapacity,
  type FreedCapacityOptions,
  type FreedCapacityRefusal,
  type FreedCapacityResult,
  type FreedRole,
  freedCapacity,
  localMidnightMs,
} from "./steering/freed-capacity.js";
export {
  GOAL_STATUSES,
  type GoalMeasureProvider,
  type GoalMeasureProviderOptions,
  type GoalTreeFlatRow,
  type GoalTreeOptions,
  type GoalTreeRow,
  goalMeasureProvider,
  goalTree,
  goalTreeFlat,
  rollStatus,
  type TimeSpan,
} from "./steering/goal-tree.js";
export { type MonthSpan, monthSpan, monthSpanOf, workdaysInMonth } from "./steering/months.js";
export {
  type EffectVerdict,
  effectVerdict,
  improvementPortfolio,
  type Portfolio,
  type PortfolioItem,
  type PortfolioOptions,
  type PortfolioRow,
  portfolioRows,
  type RealisedEffect,
  type StatusBoardRow,
  type SupportRequest,
} from "./steering/portfolio.js";
export {
  type AvailableTimeOptions,
  availableHours,
  type ResourceEfficiencyOptions,
  type ResourceEfficiencyResult,
  type RoleEfficiency,
  resourceEfficiency,
} from "./steering/resource-efficiency.js";
export {
  checkImprovementGoals,
  GOAL_TREE_MEASURES,
  parseContextFigures,
  parseGoalTree,
  parseImprovements,
  parseReferencePeriod,
  parseStaffing,
  type SteeringFileOptions,
  type SteeringParse,
} from "./steering/steering-files.js";
export {
  goalPeriodOf,
  type SteeringInput,
  type SteeringReport,
  type SteeringReportOptions,
  steeringReport,
} from "./steering/steering-report.js";
// steering: resource vs flow efficiency, freed capacity, improvement portfolio, goal hierarchy
export {
  type ContextFigure,
  EFFECT_MEASURES,
  type EffectMeasure,
  type Estimate,
  type ExpectedEffect,
  IMPROVEMENT_EFFORTS,
  IMPROVEMENT_PRIORITIES,
  IMPROVEMENT_STATUSES,
  type Improvement,
  type ImprovementEffort,
  type ImprovementPriority,
  type ImprovementStatus,
  PLAN_GOAL_LEVELS,
  type PlanGoal,
  type PlanGoalLevel,
  type ReferencePeriod,
  type StaffingRow,
} from "./steering/types.js";
export {
  type ParetoMeasure,
  paretoFromItems,
  type WasteParetoOptions,
  type WasteParetoRow,
  wastePareto,
  wasteParetoByUnit,
} from "./waste/waste-pareto.js";
export {
  type FlowWasteTimes,
  type FlowWasteTimesOptions,
  flowWasteTimes,
  type WasteShares,
  type WasteTimes,
  wasteShares,
} from "./waste/waste-shares.js";
export {
  type FlowProjection,
  type Scenario,
  type WhatIfFlow,
  type WhatIfOptions,
  type WhatIfProcessSummary,
  type WhatIfResult,
  whatIf,
} from "./whatif/what-if.js";
