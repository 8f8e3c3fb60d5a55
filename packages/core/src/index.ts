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
export * from "./io/import-xlsx.js";
export * from "./io/process-model.js";
export { parseProcessModels } from "./io/process-models.js";
export { decodeText, type TextEncodingName } from "./io/decode-text.js";
export { importSource, blobImportSource, formatOfName, looksLikeXml, sourceBytes, peekBytes, collectStream, type ImportSource, type SourceFormat } from "./io/import-source.js";
export { previewSource, MASKED_CELL, type SourcePreview, type PreviewOptions } from "./io/preview-source.js";
export * from "./io/parse-time.js";
export * from "./io/column-map.js";
export * from "./io/category-words.js";
export * from "./io/personnummer.js";
export * from "./io/org-files.js";

// io: streaming sources (isomorphic readers, decompression, export)
export { RecordBuffer, type RecordSink, type SourceMessage, type ByteSource, type ByteProgress } from "./io/source/record.js";
export { IssueSink } from "./io/issue-sink.js";
export { readXes, XesStreamReader, XES_LEADING_COLUMNS, type ReadXesOptions } from "./io/xes/read-xes.js";
export { gunzip, type GunzipOptions } from "./io/source/gunzip.js";
export {
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  DEFAULT_MAX_COMPRESSION_RATIO,
  DEFAULT_DECOMPRESSION_LIMITS,
  RATIO_FLOOR_BYTES,
  type DecompressionLimits,
} from "./io/source/decompression-limits.js";
export { blobSource, bytesSource, type RandomAccessSource } from "./io/source/random-access.js";
export { readXlsx, type ReadXlsxOptions } from "./io/xlsx/read-xlsx.js";

// io: export (XES, CSV, Arrow IPC, Parquet) and spreadsheet-safe CSV cells
export { collectBytes, type ByteOutput } from "./io/export/byte-output.js";
export { neutraliseCell, csvField } from "./io/export/csv-safety.js";
export { IsoTimeFormatter } from "./io/export/iso-time.js";
export { exportColumns, exportOrder, EXPORT_COLUMNS, type ExportColumn } from "./io/export/export-table.js";
export { writeXes, xmlAttr, type WriteXesOptions } from "./io/export/write-xes.js";
export { writeCsv, type WriteCsvOptions } from "./io/export/write-csv.js";
export { writeArrow, type WriteArrowOptions } from "./io/export/write-arrow.js";
export { writeParquet, type WriteParquetOptions } from "./io/export/write-parquet.js";

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
export { erfc, normalTwoSidedP } from "./stats/erfc.js";
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
export { flowWasteTimes, wasteShares, type WasteTimes, type FlowWasteTimes, type WasteShares, type FlowWasteTimesOptions } from "./waste/waste-shares.js";
export * from "./pca/pct-complete-accurate.js";

// steering: resource vs flow efficiency, freed capacity, improvement portfolio, goal hierarchy
export * from "./steering/types.js";
export * from "./steering/attribution.js";
export * from "./steering/months.js";
export * from "./steering/resource-efficiency.js";
export * from "./steering/efficiency-matrix.js";
export * from "./steering/freed-capacity.js";
export * from "./steering/portfolio.js";
export * from "./steering/goal-tree.js";
export * from "./steering/steering-report.js";
export * from "./io/steering-files.js";
export * from "./messages/steering.js";

// monthly report (the data model; @flodes/viz renders it)
export { parseBaselinePeriod, checkMonth, shiftMonth, monthsOf, monthBounds, periodBounds, completionMonth, monthLabel, periodLabel, type BaselinePeriod } from "./report/baseline-period.js";
export * from "./report/monthly-report.js";

// queues and access (tillgänglighet): open flows, flow of work, care guarantee, censored lead time, forecasts, backlog
export { QUEUE_DEFAULT_TZ, asOfFromDate, resolveAsOf, type QueueOptions } from "./queue/options.js";
export { resolveEndSteps, type EndSteps, type EndStepSource } from "./queue/end-steps.js";
export { stepMask } from "./queue/step-match.js";
export { stageOrder, type StageOrder } from "./queue/stage-order.js";
export { flowStates, stageTransitions, type FlowStates } from "./queue/flow-state.js";
export { isoWeekKey, periodSeries, type PeriodBucket, type PeriodSeries, type QueuePeriod } from "./queue/periods.js";
export { flowOfWork, type FlowOfWorkGroup, type FlowOfWorkOptions, type FlowOfWorkRow } from "./queue/flow-of-work.js";
export { cumulativeFlow, type CumulativeFlowOptions, type CumulativeFlowRow } from "./queue/cumulative-flow.js";
export { littlesLaw, type LittlesLawCheck, type LittlesLawOptions } from "./queue/littles-law.js";
export { agingWip, type AgingBand, type AgingFlow, type AgingStage, type AgingWipOptions } from "./queue/aging-wip.js";
export {
  timeBetweenSteps,
  type StepIntervalFlow,
  type StepIntervalOptions,
  type StepIntervalStatus,
  type StepIntervalSummary,
} from "./queue/step-interval.js";
export { SWEDISH_CARE_GUARANTEE, parseCareGuaranteeRules, type CareGuaranteeRule, type DayCount } from "./queue/care-guarantee-rules.js";
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
  kaplanMeierQuantile,
  kaplanMeierQuantileCi,
  type KaplanMeierEstimate,
  type KaplanMeierOptions,
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
  FORECAST_CONFIDENCES,
  forecastClosings,
  forecastWeeksToFinish,
  type ClosingsAtConfidence,
  type MonteCarloOptions,
  type WeeksAtConfidence,
} from "./queue/monte-carlo.js";
export { queueForecast, type QueueDoneAt, type QueueForecast, type QueueForecastOptions } from "./queue/queue-forecast.js";
export { parseBacklogAllocations, type BacklogAllocation } from "./queue/backlog-allocations.js";
export { backlog, type BacklogMonth, type BacklogOptions, type BacklogUnit } from "./queue/backlog.js";
export { queueReport, type OpenFlow, type QueueReport, type QueueReportOptions } from "./queue/queue-report.js";
export { queueReportSection, type QueueReportSection, type QueueSectionOptions, type QueueSectionUnit } from "./queue/report-section.js";
export { QueueError, queueMessage, type QueueMsg } from "./messages/queue.js";
