// The printable monthly report (self-contained HTML) for the latest month of the synthetic pilot data,
// generated at build time; the Uppföljning page links to it.
import { renderReportHtml } from "@flodes/core";
import { loadFollowUp, pilotReport } from "./uppfoljning-lib.js";

const data = await loadFollowUp();
process.stdout.write(renderReportHtml(pilotReport(data, data.months[data.months.length - 1]!)));
