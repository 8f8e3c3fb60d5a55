import type { MonthlyReport } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";

/** What a section renderer gets besides the report: shared helpers, so every section draws and formats alike. */
export interface ReportContext {
  /**
   * Renders a Vega-Lite spec headless to inline SVG with the site's theme and Swedish formats, wrapped in
   * `<div class="chart {className}">`.
   */
  chart(spec: TopLevelSpec, options?: { width?: number; className?: string }): Promise<string>;
  /** "tider i kalendertid" / "arbetstid (öppettider)": how the report measures time. */
  basisText: string;
  /**
   * Units that are the only child of their parent and hold the same flows (e.g. Tandvården → Folktandvården →
   * Tandvård): sections that repeat per unit draw these once, at the lowest level.
   */
  onlyChild: ReadonlyMap<string, string>;
}

/**
 * One section of the monthly report: an id (the `<section id>` and the anchor), a Swedish heading, and a renderer
 * that returns the section's HTML body, or `null` to leave the section out (e.g. no data of its kind).
 * Sections are plain values in a list ({@link DEFAULT_REPORT_SECTIONS}), so a new analysis adds one module with its
 * section and one line to the list, or passes its own list to `renderReportHtml`.
 * @example
 * const queues: ReportSection = { id: "koer", title: "Köer", render: (r) => `<p>${r.flowsInMonth} ärenden</p>` };
 * const html = await renderReportHtml(report, { sections: insertReportSection(DEFAULT_REPORT_SECTIONS, queues, { after: "enheter" }) });
 */
export interface ReportSection {
  id: string;
  title: string;
  /** Style rules the section needs, added to the report's stylesheet when the section is shown. __Default:__ none. */
  css?: string;
  render(report: MonthlyReport, context: ReportContext): string | null | Promise<string | null>;
}

/**
 * A copy of `sections` with `section` inserted after the one with id `after` (at the end when there is none).
 * __Default:__ at the end.
 * @example
 * const note = { id: "notering", title: "Notering", render: () => "<p>Egen text</p>" };
 * insertReportSection(DEFAULT_REPORT_SECTIONS, note, { after: "enheter" }).map((s) => s.id).indexOf("notering") // → 3
 */
export function insertReportSection(
  sections: readonly ReportSection[],
  section: ReportSection,
  options: { after?: string } = {},
): ReportSection[] {
  const at = options.after === undefined ? -1 : sections.findIndex((s) => s.id === options.after);
  if (at < 0) return [...sections, section];
  return [...sections.slice(0, at + 1), section, ...sections.slice(at + 1)];
}
