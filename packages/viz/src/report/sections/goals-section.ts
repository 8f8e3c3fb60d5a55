import { reportGoalProgressSpec } from "../report-charts.js";
import { escapeHtml, GOAL_METRIC_SV, goalValueText, statusBadge } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

/** Måluppfyllelse: every goal with baseline, current value, target, deadline, status and a progress bar. */
export const goalsSection: ReportSection = {
  id: "mal",
  title: "Måluppfyllelse",
  async render(report, { chart }) {
    if (report.goals.length === 0) return `<p class="muted">Inga mål angivna.</p>`;
    const rows = await Promise.all(
      report.goals.map(async (g) => {
        const bar = await chart(reportGoalProgressSpec(g.progress, g.elapsed, g.status), { className: "progress", width: 140 });
        return (
          `<tr class="goal"><td>${escapeHtml(g.unitName)}</td><td>${escapeHtml(GOAL_METRIC_SV[g.goal.metric])}</td><td class="n">${goalValueText(g.goal.metric, g.goal.baseline)}</td>` +
          `<td class="n">${goalValueText(g.goal.metric, g.current)}</td><td class="n">${goalValueText(g.goal.metric, g.goal.target)}</td><td class="date">${escapeHtml(g.goal.deadline)}</td>` +
          `<td>${statusBadge(g.status)}</td><td>${bar}<div class="small muted">${escapeHtml(g.explanation)}</div></td></tr>`
        );
      }),
    );
    return (
      `<table><thead><tr><th>Enhet</th><th>Mått</th><th>Baslinje (${escapeHtml(report.baseline.label)})</th><th>Nu</th><th>Mål</th><th>Måldatum</th><th>Status</th><th>Väg till målet</th></tr></thead>` +
      `<tbody>${rows.join("")}</tbody></table>` +
      `<p class="small muted">Stapeln visar andel av vägen från baslinje till mål; strecket visar hur stor del av tiden till måldatum som gått.</p>`
    );
  },
};
