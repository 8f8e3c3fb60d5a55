import { THEME_COLORS } from "../vega/config.js";
import { GOAL_STATUS_COLOR } from "./report-charts.js";

const c = THEME_COLORS.light;

/** CSS string literal content: quotes and backslashes escaped, control characters dropped. */
function cssString(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"');
}

/**
 * The report's stylesheet: screen layout, and for print A4 with the report name and creation date at the bottom left
 * and "Sida n av N" at the bottom right of every page (CSS page-margin boxes, honoured by Chromium's print and PDF).
 * @example reportCss({ footerLeft: "Månadsrapport, oktober 2025 · skapad 2025-11-03" })
 */
export function reportCss(options: { footerLeft: string }): string {
  return `
:root{--ok:${GOAL_STATUS_COLOR["på väg"]};--risk:${GOAL_STATUS_COLOR.risk};--bad:${GOAL_STATUS_COLOR["ej på väg"]};--none:${GOAL_STATUS_COLOR["saknar data"]};--ink:${c.text};--muted:${c.subtleText};--line:#ccc}
*{box-sizing:border-box}body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:1000px;padding:24px;line-height:1.4;font-size:14px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid var(--ink);padding-bottom:2px}
.synthetic{background:#fff3cd;border:1px solid #e0b400;padding:6px 10px;margin:8px 0;font-weight:600}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{text-align:left;padding:3px 6px;border-bottom:1px solid var(--line);vertical-align:top}
td.date{white-space:nowrap}th{font-size:12px;color:var(--muted);font-weight:600}td.n{text-align:right;white-space:nowrap}
.d1 td:first-child{padding-left:18px}.d2 td:first-child{padding-left:32px}.d3 td:first-child{padding-left:46px}.d0{font-weight:600}
.badge{display:inline-block;padding:1px 7px;border-radius:9px;color:#fff;font-size:12px;white-space:nowrap}
.badge.ok{background:var(--ok)}.badge.risk{background:var(--risk)}.badge.bad{background:var(--bad)}.badge.none{background:var(--none)}
.muted{color:var(--muted)}.small{font-size:12px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(310px,1fr));gap:12px}
figure{margin:0;break-inside:avoid}figcaption{font-size:12px;font-weight:600}
.chart svg{max-width:100%;height:auto;display:block}.chart.progress svg{margin:2px 0}
footer{margin-top:28px;font-size:12px;color:var(--muted)}
.print-footer{display:none}
@page{size:A4;margin:14mm 12mm 16mm;
@bottom-left{content:"${cssString(options.footerLeft)}";font:8pt system-ui,sans-serif;color:${c.subtleText}}
@bottom-right{content:"Sida " counter(page) " av " counter(pages);font:8pt system-ui,sans-serif;color:${c.subtleText}}}
@media print{body{max-width:none;padding:0;font-size:10.5pt}h2{break-after:avoid}
tr,figure,.goal,.chart{break-inside:avoid}section{break-before:auto}.synthetic{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;
}
