import type { ReportSection } from "./report-section.js";
import { aboutSection } from "./sections/about-section.js";
import { changeSection } from "./sections/change-section.js";
import { dataQualitySection } from "./sections/data-quality-section.js";
import { dependenciesSection } from "./sections/dependencies-section.js";
import { goalsSection } from "./sections/goals-section.js";
import { queueSection } from "./sections/queue-section.js";
import { runChartsSection } from "./sections/run-charts-section.js";
import { efficiencyMatrixSection, freedCapacitySection, goalTreeSection, portfolioSection } from "./sections/steering-sections.js";
import { summarySection } from "./sections/summary-section.js";
import { unitsSection } from "./sections/units-section.js";

/**
 * The monthly report's sections in order: summary first, definitions last. A new section goes in as one line here
 * (or through `insertReportSection`).
 */
export const DEFAULT_REPORT_SECTIONS: readonly ReportSection[] = [
  summarySection,
  goalsSection,
  unitsSection,
  changeSection,
  runChartsSection,
  dependenciesSection,
  queueSection,
  efficiencyMatrixSection,
  freedCapacitySection,
  portfolioSection,
  goalTreeSection,
  dataQualitySection,
  aboutSection,
];
