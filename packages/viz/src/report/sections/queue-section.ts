// The monthly report's queue section (Tillgänglighet och köer): per unit the queue at the month's end and its trend,
// age, lead time with and without the open flows, Little's law, the 85 % forecast, and the care-guarantee compliance
// of the month with open flows past the limit counted. Data from @flodes/core's queueReportSection.
import type { QueueReportSection, QueueSectionUnit } from "@flodes/core";
import { escapeHtml } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

const DAY_MS = 86_400_000;

const esc = escapeHtml;
const num = (x: number, digits = 0): string =>
  new Intl.NumberFormat("sv-SE", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x).replace(/\u2212/g, "−");
const days = (ms: number | null): string => (ms === null ? "–" : `${num(ms / DAY_MS, ms >= 10 * DAY_MS ? 0 : 1)} dagar`);
const share = (x: number | null): string => (x === null ? "–" : `${num(x * 100, 0)} %`);
const signed = (n: number): string => (n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : "±0");

const QUEUE_SECTION_CSS = `
svg.spark .line{fill:none;stroke:#2166ac;stroke-width:1.5}svg.spark .last{fill:#2166ac}
.gap{color:var(--risk);font-weight:600}.within{color:var(--ok)}.beyond{color:var(--bad);font-weight:600}
`;

/** The queue over the trend months as a small line (no axes: the table gives the numbers). */
function sparkSvg(u: QueueSectionUnit): string {
  const w = 110;
  const h = 26;
  const pts = u.trend;
  if (pts.length < 2) return "";
  const max = Math.max(1, ...pts.map((p) => p.open));
  const x = (i: number) => 2 + (i * (w - 6)) / (pts.length - 1);
  const y = (v: number) => 2 + (h - 4) * (1 - v / max);
  const d = pts.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.open).toFixed(1)}`).join("");
  const last = pts[pts.length - 1]!;
  const label = `Öppna ärenden vid månadsslut, ${pts[0]!.month}–${last.month}: ${pts.map((p) => num(p.open)).join(", ")}`;
  return (
    `<svg class="chart spark" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>` +
    `<path d="${d}" class="line"/><circle cx="${x(pts.length - 1).toFixed(1)}" cy="${y(last.open).toFixed(1)}" r="2.5" class="last"/></svg>`
  );
}

function queueBody(section: QueueReportSection): string {
  const units = section.units;
  if (units.length === 0) return `<p class="muted">Inga ärenden vid månadens slut.</p>`;
  const rows = units
    .map(
      (u) =>
        `<tr><td>${esc(u.name)}</td><td class="n">${num(u.open)} <span class="small muted">(${signed(u.open - u.openPreviousMonth)})</span></td><td>${sparkSvg(u)}</td>` +
        `<td class="n">${num(u.arrivals)}</td><td class="n">${num(u.departures)}</td><td class="n">${days(u.medianAgeMs)}</td><td class="n">${num(u.beyondLimit)}</td>` +
        `<td class="n">${days(u.closedOnlyMedianMs)}</td><td class="n">${days(u.kaplanMeierMedianMs)}</td>` +
        `<td class="n">${u.littlesGap === null ? "–" : u.stable ? share(u.littlesGap) : `<span class="gap" title="Signal: systemet är inte stabilt">${share(u.littlesGap)}</span>`}</td></tr>`,
    )
    .join("");
  const table =
    `<table><thead><tr><th>Enhet</th><th>Öppna (mot förra månaden)</th><th>Kö, 12 månader</th><th>Inkomna</th><th>Avslutade</th><th>Medianålder, öppna</th>` +
    `<th>Väntat &gt; ${num(section.limitDays)} dagar</th><th>Ledtid, avslutade (median)</th><th>Ledtid med öppna (Kaplan–Meier)</th><th>Littles lag, avvikelse</th></tr></thead><tbody>${rows}</tbody></table>`;
  const guaranteeRows = units.flatMap((u) =>
    u.guarantee.map(
      (g) =>
        `<tr><td>${esc(u.name)}</td><td>${esc(g.name)}</td><td class="n">${num(g.within)} av ${num(g.reached)}</td><td class="n">${g.openBeyond > 0 ? `<span class="beyond">${num(g.openBeyond)}</span>` : "0"}</td>` +
        `<td class="n">${g.compliance === null ? "–" : `<span class="${g.compliance >= 0.9 ? "within" : "beyond"}">${share(g.compliance)}</span>`}</td></tr>`,
    ),
  );
  const guarantee = guaranteeRows.length
    ? `<table><thead><tr><th>Enhet</th><th>Regel</th><th>Inom gränsen</th><th>Öppna över gränsen</th><th>Uppfyllelse</th></tr></thead><tbody>${guaranteeRows.join("")}</tbody></table>` +
      `<p class="small muted">Uppfyllelse = inom gränsen ÷ (nådde steget under månaden + väntar fortfarande och har passerat gränsen). Öppna ärenden räknas alltså in, så en växande kö kan inte förbättra siffran.</p>`
    : `<p class="muted">Inga ärenden under vårdgarantins regler denna månad.</p>`;
  const sentences = units
    .flatMap((u) =>
      [u.forecastText, u.stable ? null : u.leadTimeText]
        .filter((t) => t !== null)
        .map((t) => `<li><strong>${esc(u.name)}</strong>: ${esc(t!.message)}</li>`),
    )
    .join("");
  const end = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    section.asOfMs,
  );
  return (
    `<p class="small muted">Läget vid månadens slut (${esc(end)}): ett ärende är öppet tills det nått ett slutsteg; senare händelser räknas inte. ` +
    `Ledtid med öppna ärenden: Kaplan–Meier, där öppna ärenden räknas som censurerade (de har väntat minst så länge). Littles lag jämför genomsnittligt pågående arbete med genomströmning × ledtid över 26 veckor; en avvikelse över 15 % (markerad) betyder att kön inte är stabil.</p>` +
    `${table}<ul class="small">${sentences}</ul><h3>Vårdgaranti denna månad</h3>${guarantee}`
  );
}

/** Tillgänglighet och köer: shown when the report carries a queue section (`MonthlyReport.queue`). */
export const queueSection: ReportSection = {
  id: "koer",
  title: "Tillgänglighet och köer",
  css: QUEUE_SECTION_CSS,
  render: (report) => (report.queue ? queueBody(report.queue) : null),
};
