// @flodes/viz/pages — the data of each notebook page, computed from an EventLog: display-ready values out. The
// site's data loaders (pilot data, Node) and its Web Worker (a user's own file, browser) call the same functions.
// This file only re-exports; one line per module.
export { headline, wasteTimesByFlow, completionMonths, type Headline } from "./pages/headline.js";
export { logPeriods, type SitePeriod, type LogPeriodsOptions } from "./pages/site-periods.js";
export { logProcesses, ALL_FLOWS_PROCESS_NAME, type LogProcess } from "./pages/log-processes.js";
export { flodePage, type FlodePageData, type FlodePageOptions, type FlodePeriod, type FlodeProcess } from "./pages/flode-page.js";
export { sloseriPage, type SloseriPageData, type SloseriPageOptions, type SloseriParetoUnit, type SloseriPeriod, type SloseriShare } from "./pages/sloseri-page.js";
export {
  forbattringPage,
  localMidnightMs,
  type ForbattringMeasure,
  type ForbattringPageData,
  type ForbattringPageOptions,
  type ForbattringRow,
  type PageImprovement,
} from "./pages/forbattring-page.js";
export { tillganglighetPage, NO_UNIT_NAME, type StepPair, type TillganglighetPageData, type TillganglighetPageOptions } from "./pages/tillganglighet-page.js";
export { type QualityCodeCount, qualityFileReport, type QualityFileReport } from "./pages/datakvalitet-page.js";
