// @flodes/core — isomorphic entry (browser and Node). Node-only I/O lives in "@flodes/core/node".
// This file only re-exports; one line per module, grouped by folder.

// model
export { CATEGORIES, type Category, CATEGORY_BY_CODE, CATEGORY_CODE, CATEGORY_LABEL_SV, isCategory } from "./model/category.js";
export { isWasteType, WASTE_LABEL_SV, WASTE_TYPES, type WasteType } from "./model/waste.js";
export type { Process, ProcessDependency, Step } from "./model/process.js";
export type { Flow, Observation } from "./model/observation.js";
export { type Goal, type GoalMetric, type Unit, UNIT_LEVELS, type UnitLevel } from "./model/org.js";
export type { ColumnarLog } from "./model/columnar.js";
export { TIME_BASIS_LABEL_SV, type TimeBasis } from "./model/time-basis.js";
export type { WorkingCalendar } from "./model/calendar.js";
export { attributeColumn, type AttributeColumn, codeOf, type EventLog, type ObservationOrigin } from "./model/event-log.js";
export { createStepResolver, type ResolvedStep, type StepResolver } from "./model/step-resolver.js";

// event log (columnar) and its adapters
export type { LogParts } from "./log/log-parts.js";
export type { ResolvedLog, ResolveOptions, UnresolvedStep } from "./log/resolve-log.js";
export { eventLogFromObservations, type FromObservationsOptions } from "./log/from-observations.js";
export { toObservations } from "./log/to-observations.js";
export { type FlowIndex, flowIndexOf } from "./log/flow-index.js";
export { selectFlows, selectRows } from "./log/select.js";
export { asEventLog, type LogInput } from "./log/as-event-log.js";

// metrics
export type { Analysis, FlowMetrics, Handoff, HandoffSummary, ProcessSummary, StepSummary } from "./metrics/types.js";
export { type ArqueroTableLike, fromArquero, type FromArqueroOptions, toColumnar, type ToColumnarOptions } from "./metrics/columnar.js";
export type { MetricsInput, MetricsOptions } from "./metrics/input.js";
export { flowMetrics } from "./metrics/flow-metrics.js";
export { handoffs } from "./metrics/handoffs.js";
export { summarizeSteps } from "./metrics/summarize-steps.js";
export { summarizeHandoffs } from "./metrics/summarize-handoffs.js";
export { summarizeProcess } from "./metrics/summarize-process.js";
export { analyze, analyzeBy, type GroupAnalysis } from "./metrics/analyze.js";

// stats (quantile, distribution)
export { quantile, quantileSorted } from "./stats/quantile.js";
export { distribution, type Distribution } from "./stats/distribution.js";

// io (isomorphic parts)
export type { ImportErrorCode, IssueCode, QualityIssue, QualityReport } from "./model/quality.js";
export type { ColumnMapping, ImportOptions, ImportResult } from "./io/import-types.js";
export { inLanguage, type Lang, msg, type Msg, type Text, textPair, type TextPair } from "./messages/msg.js";
export { CalendarError, type ErrorLocation, FlodesError, ImportError, QueueError } from "./messages/flodes-error.js";
export { importCsv, importCsvStream, type StreamImportOptions } from "./io/import-csv.js";
export { importXes, importXesStream } from "./io/import-xes.js";
export { importXlsx } from "./io/import-xlsx.js";
export { parseProcessModel, type ProcessModelOptions } from "./io/process-model.js";
export { parseProcessModels } from "./io/process-models.js";
export { decodeText, type TextEncodingName } from "./io/decode-text.js";
export { blobImportSource, formatOfName, type ImportSource, importSource, type SourceFormat } from "./io/import-source.js";
export { MASKED_CELL, type PreviewOptions, previewSource, type SourcePreview } from "./io/preview-source.js";
export { parseCategory, parseWasteType } from "./model/category-words.js";
export { isPersonnummerDigits, type PersonnummerHit, pseudonym } from "./privacy/personnummer.js";
export { GOAL_METRICS, type GoalsParse, type OrgFileOptions, parseGoals, parseUnits, type UnitsParse } from "./io/org-files.js";

// io: streaming sources (isomorphic readers, decompression, export)
export { type ByteProgress, type ByteSource, RecordBuffer, type RecordSink, type SourceMessage } from "./io/source/record.js";
export { IssueSink } from "./io/issue-sink.js";
export { readXes, type ReadXesOptions } from "./io/xes/read-xes.js";
export { gunzip, type GunzipOptions } from "./io/source/gunzip.js";
export {
  type DecompressionLimits,
  DEFAULT_MAX_COMPRESSION_RATIO,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
} from "./io/source/decompression-limits.js";
export { blobSource, bytesSource, type RandomAccessSource } from "./io/source/random-access.js";
export { readXlsx, type ReadXlsxOptions } from "./io/xlsx/read-xlsx.js";

// io: export (XES, CSV, Arrow IPC, Parquet) and spreadsheet-safe CSV cells
export { type ByteOutput, collectBytes } from "./io/export/byte-output.js";
export { csvField, neutraliseCell } from "./io/export/csv-safety.js";
export type { ExportColumn } from "./io/export/export-table.js";
export { writeXes, type WriteXesOptions } from "./io/export/write-xes.js";
export { writeCsv, type WriteCsvOptions } from "./io/export/write-csv.js";
export { writeArrow, type WriteArrowOptions } from "./io/export/write-arrow.js";
export { writeParquet, type WriteParquetOptions } from "./io/export/write-parquet.js";

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
  type FlowProjection,
  type Scenario,
  whatIf,
  type WhatIfFlow,
  type WhatIfOptions,
  type WhatIfProcessSummary,
  type WhatIfResult,
} from "./whatif/what-if.js";
export { buildHierarchy, type Hierarchy } from "./rollup/hierarchy.js";
export { rollUp, type RollupFlow, type RollupOptions, type RollupRow } from "./rollup/roll-up.js";
export { evaluateGoal, type GoalEvaluation, goalMetricValue, type GoalOptions, type GoalStatus } from "./rollup/goals.js";

// statistics, SPC, before/after (improvement analytics)
export { createRandom, DEFAULT_SEED, randomNormal, type RandomSource } from "./stats/random.js";
export { type BootstrapInterval, bootstrapMeanDifference, bootstrapMedianDifference, type BootstrapOptions } from "./stats/bootstrap.js";
export { erfc, normalTwoSidedP } from "./stats/erfc.js";
export { exactUDistribution, mannWhitney, type MannWhitneyOptions, type MannWhitneyResult } from "./stats/mann-whitney.js";
export { binomialQuantileHalf } from "./stats/binomial-quantile.js";
export { anhojRuns, crossingsLimit, longestRunLimit, type RunsAnalysis } from "./spc/anhoj.js";
export type { PhaseOptions, PhaseSpan } from "./spc/phases.js";
export { runChart, type RunChartOptions, type RunChartPhase, type RunChartPoint, type RunChartResult } from "./spc/run-chart.js";
export { MR_LIMIT_FACTOR, XMR_LIMIT_FACTOR, xmrChart, type XmrOptions, type XmrPhase, type XmrPoint, type XmrResult } from "./spc/xmr.js";
export { type DateSplit, type Period, type PeriodGroup, splitByDate, splitByGroup, splitByPeriod } from "./improvement/split.js";
export { type TimeBucket, type TimeBucketOptions, timeBuckets } from "./improvement/time-buckets.js";
export {
  type ChangeDirection,
  type ComparedMeasure,
  compareGroups,
  type CompareOptions,
  type ComparisonRefusal,
  type ComparisonResult,
  type GroupComparison,
  type GroupSummary,
} from "./improvement/compare.js";

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
export { type CostItem, type CostItemKind, costItems, type CostItems, type CostOptions } from "./cost/cost-items.js";
export { type CostPeriod, periodOf, type PeriodRange, type PeriodSpec } from "./cost/periods.js";
export { type CostBreakdown, costOfWaste, type CostOfWasteOptions, type CostOfWasteReport } from "./cost/cost-of-waste.js";
export { WASTE_TYPE_LABEL_SV, wasteTypeOf, type WasteTypeOrUnclassified } from "./model/waste-type-of.js";
export {
  paretoFromItems,
  type ParetoMeasure,
  wastePareto,
  wasteParetoByUnit,
  type WasteParetoOptions,
  type WasteParetoRow,
} from "./waste/waste-pareto.js";
export {
  flowWasteTimes,
  type FlowWasteTimes,
  type FlowWasteTimesOptions,
  wasteShares,
  type WasteShares,
  type WasteTimes,
} from "./waste/waste-shares.js";
export {
  handoffPca,
  type HandoffPca,
  type PcaOptions,
  type PcaRow,
  type ProcessPca,
  rolledPca,
  type RolledPca,
} from "./pca/pct-complete-accurate.js";

// steering: resource vs flow efficiency, freed capacity, improvement portfolio, goal hierarchy
export {
  type ContextFigure,
  EFFECT_MEASURES,
  type EffectMeasure,
  type Estimate,
  type ExpectedEffect,
  type Improvement,
  IMPROVEMENT_EFFORTS,
  IMPROVEMENT_PRIORITIES,
  IMPROVEMENT_STATUSES,
  type ImprovementEffort,
  type ImprovementPriority,
  type ImprovementStatus,
  PLAN_GOAL_LEVELS,
  type PlanGoal,
  type PlanGoalLevel,
  type ReferencePeriod,
  type StaffingRow,
} from "./steering/types.js";
export { monthSpan, type MonthSpan, monthSpanOf, workdaysInMonth } from "./steering/months.js";
export {
  availableHours,
  type AvailableTimeOptions,
  resourceEfficiency,
  type ResourceEfficiencyOptions,
  type ResourceEfficiencyResult,
  type RoleEfficiency,
} from "./steering/resource-efficiency.js";
export {
  efficiencyMatrix,
  type EfficiencyMatrix,
  type EfficiencyMatrixOptions,
  type EfficiencyPath,
  type EfficiencyPoint,
  type EfficiencyQuadrant,
  quadrantOf,
} from "./steering/efficiency-matrix.js";
export {
  DEFAULT_HOURS_PER_FTE,
  type FlowWindow,
  type FreedAmounts,
  freedCapacity,
  type FreedCapacity,
  type FreedCapacityOptions,
  type FreedCapacityRefusal,
  type FreedCapacityResult,
  type FreedRole,
  localMidnightMs,
} from "./steering/freed-capacity.js";
export {
  effectVerdict,
  type EffectVerdict,
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
  GOAL_STATUSES,
  goalMeasureProvider,
  type GoalMeasureProvider,
  type GoalMeasureProviderOptions,
  goalTree,
  goalTreeFlat,
  type GoalTreeFlatRow,
  type GoalTreeOptions,
  type GoalTreeRow,
  rollStatus,
  type TimeSpan,
} from "./steering/goal-tree.js";
export {
  goalPeriodOf,
  type SteeringInput,
  steeringReport,
  type SteeringReport,
  type SteeringReportOptions,
} from "./steering/steering-report.js";
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
export { steeringMessage } from "./messages/steering.js";

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
  buildMonthlyReport,
  type BuildMonthlyReportOptions,
  type MonthlyMedian,
  monthlyReport,
  type MonthlyReport,
  type MonthlyReportInput,
  type MonthlyReportOptions,
  type ReportDataQuality,
  type ReportGoal,
  type ReportUnit,
} from "./report/monthly-report.js";

// queues and access (tillgänglighet): open flows, flow of work, care guarantee, censored lead time, forecasts, backlog
export { asOfFromDate, type QueueOptions } from "./queue/options.js";
export { type EndSteps, type EndStepSource, resolveEndSteps } from "./queue/end-steps.js";
export type { StageOrder } from "./queue/stage-order.js";
export { flowStates, type FlowStates } from "./queue/flow-state.js";
export type { PeriodBucket, PeriodSeries, QueuePeriod } from "./queue/periods.js";
export { flowOfWork, type FlowOfWorkGroup, type FlowOfWorkOptions, type FlowOfWorkRow } from "./queue/flow-of-work.js";
export { cumulativeFlow, type CumulativeFlowOptions, type CumulativeFlowRow } from "./queue/cumulative-flow.js";
export { littlesLaw, type LittlesLawCheck, type LittlesLawOptions } from "./queue/littles-law.js";
export { type AgingBand, type AgingFlow, type AgingStage, agingWip, type AgingWipOptions } from "./queue/aging-wip.js";
export {
  type StepIntervalFlow,
  type StepIntervalOptions,
  type StepIntervalStatus,
  type StepIntervalSummary,
  timeBetweenSteps,
} from "./queue/step-interval.js";
export { type CareGuaranteeRule, type DayCount, parseCareGuaranteeRules, SWEDISH_CARE_GUARANTEE } from "./queue/care-guarantee-rules.js";
export {
  careGuarantee,
  type CareGuaranteeFlow,
  type CareGuaranteeMonth,
  type CareGuaranteeNow,
  type CareGuaranteeOptions,
  type CareGuaranteeResult,
} from "./queue/care-guarantee.js";
export {
  kaplanMeier,
  type KaplanMeierEstimate,
  type KaplanMeierOptions,
  kaplanMeierQuantile,
  kaplanMeierQuantileCi,
  type KaplanMeierStep,
} from "./queue/kaplan-meier.js";
export {
  censoredLeadTime,
  type CensoredLeadTime,
  type CensoredLeadTimeOptions,
  type LeadTimeQuantiles,
  type SurvivalPoint,
} from "./queue/censored-lead-time.js";
export {
  type ClosingsAtConfidence,
  forecastClosings,
  forecastWeeksToFinish,
  type MonteCarloOptions,
  type WeeksAtConfidence,
} from "./queue/monte-carlo.js";
export { type QueueDoneAt, queueForecast, type QueueForecast, type QueueForecastOptions } from "./queue/queue-forecast.js";
export { type BacklogAllocation, parseBacklogAllocations } from "./queue/backlog-allocations.js";
export { backlog, type BacklogMonth, type BacklogOptions, type BacklogUnit } from "./queue/backlog.js";
export { type OpenFlow, queueReport, type QueueReport, type QueueReportOptions } from "./queue/queue-report.js";
export { queueReportSection, type QueueReportSection, type QueueSectionOptions, type QueueSectionUnit } from "./queue/report-section.js";
export type { QueueMsg } from "./messages/queue.js";
