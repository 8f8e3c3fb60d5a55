// @flodes/viz/pages — the data of each notebook page, computed from an EventLog: display-ready values out. The
// site's data loaders (pilot data, Node) and its Web Worker (a user's own file, browser) call the same functions.
// This file only re-exports; one line per module.

export { type QualityCodeCount, type QualityFileReport, qualityFileReport } from "./pages/datakvalitet-page.js";
export { type FlodePageData, type FlodePageOptions, type FlodePeriod, type FlodeProcess, flodePage } from "./pages/flode-page.js";
export {
  type ForbattringMeasure,
  type ForbattringPageData,
  type ForbattringPageOptions,
  type ForbattringRow,
  forbattringPage,
  localMidnightMs,
  type PageImprovement,
} from "./pages/forbattring-page.js";
export { completedFlowMonths, completionMonths, type Headline, headline, wasteTimesByFlow } from "./pages/headline.js";
export { ALL_FLOWS_PROCESS_NAME, type LogProcess, logProcesses } from "./pages/log-processes.js";
export { type LogPeriodsOptions, logPeriods, type SitePeriod } from "./pages/site-periods.js";
export {
  type SloseriPageData,
  type SloseriPageOptions,
  type SloseriParetoUnit,
  type SloseriPeriod,
  type SloseriShare,
  sloseriPage,
} from "./pages/sloseri-page.js";
export {
  NO_UNIT_NAME,
  type StepPair,
  type TillganglighetPageData,
  type TillganglighetPageOptions,
  tillganglighetPage,
} from "./pages/tillganglighet-page.js";
