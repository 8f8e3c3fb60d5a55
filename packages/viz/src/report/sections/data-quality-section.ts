import { countText, escapeHtml } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

/** Datakvalitet: rows in/accepted/rejected, flows of unknown units, hierarchy and link issues. */
export const dataQualitySection: ReportSection = {
  id: "datakvalitet",
  title: "Datakvalitet",
  render(report) {
    const dq = report.dataQuality;
    const importLine =
      dq.rowsIn !== null
        ? `<p>Rader in: ${countText(dq.rowsIn)} · godkända: ${dq.accepted === null ? "–" : countText(dq.accepted)} · avvisade: ${dq.rejected === null ? "–" : countText(dq.rejected)}.</p>`
        : `<p class="muted">Ingen importrapport angavs.</p>`;
    const unknownLine =
      dq.flowsUnknownUnit > 0
        ? `<p>${countText(dq.flowsUnknownUnit)} ärenden under månaden har en enhet som inte finns i enhetsfilen (raden ”Okänd enhet”).</p>`
        : "";
    const issueList = dq.issues.length
      ? `<ul class="small">${dq.issues
          .slice(0, 20)
          .map((i) => `<li>${escapeHtml(i.message)}</li>`)
          .join("")}</ul>${dq.issues.length > 20 ? `<p class="small muted">… och ${countText(dq.issues.length - 20)} till.</p>` : ""}`
      : `<p class="small muted">Inga problem med enheter eller länkar mellan processer.</p>`;
    return importLine + unknownLine + issueList;
  },
};
