// The steering sections of the monthly report: efficiency matrix, freed capacity, improvement portfolio and goal
// hierarchy, from @flodes/core's steering report (`MonthlyReport.steering`); the charts are the site's Vega-Lite specs. A section whose file was not given says
// which file would fill it.
import { type Estimate, type FreedCapacity, type GoalStatus, IMPROVEMENT_STATUSES, type SteeringReport } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { efficiencyMatrixSpec } from "../../steering/efficiency-matrix-spec.js";
import { freedCapacitySpec } from "../../steering/freed-capacity-spec.js";
import { escapeHtml } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

const esc = escapeHtml;

/** Swedish number; a value that rounds to zero prints without a sign. */
function num(x: number, digits: number): string {
  const r = Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x;
  return new Intl.NumberFormat("sv-SE", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(r)
    .replace(/\u00a0/g, " ")
    .replace(/[\u2212-]/g, "−");
}
const pct = (x: number | null, digits = 1): string => (x === null ? "–" : `${num(x * 100, digits)} %`);
const sek = (x: number): string => `${num(Math.round(x), 0)} kr`;
const interval = (e: Estimate, f: (x: number) => string): string => {
  const lo = f(e.lower);
  const hi = f(e.upper);
  return lo.startsWith("−") || hi.startsWith("−") ? `${lo} till ${hi}` : `${lo}–${hi}`;
};
/** A small share of an amount, with enough decimals that it is not shown as 0 %. */
function shareText(e: Estimate): string {
  const digits = Math.abs(e.estimate) < 0.01 ? 2 : Math.abs(e.estimate) < 0.1 ? 1 : 0;
  return `${num(e.estimate * 100, digits)} % (${interval(e, (x) => `${num(x * 100, digits)} %`)})`;
}

const STATUS_CLASS: Record<GoalStatus, string> = { "på väg": "ok", risk: "risk", "ej på väg": "bad", "saknar data": "none" };
const badge = (s: GoalStatus): string => `<span class="badge ${STATUS_CLASS[s]}">${esc(s)}</span>`;
const periodText = (p: string) => (p.charAt(5) === "K" ? `kv. ${p.slice(6)} ${p.slice(0, 4)}` : p);

/** CSS of the steering sections (added to the report's stylesheet). */
const STEERING_CSS = `svg .ci{stroke-width:2}svg .ci.clear{stroke:#009E73}svg .ci.unclear{stroke:#999}svg .pt.clear{fill:#009E73}svg .pt.unclear{fill:#999}
.board td.n{text-align:center}.board td.zero{color:#bbb}.caveat{border-left:4px solid var(--risk);padding:4px 10px;background:#fdf3e7;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.goal-tree td:first-child{white-space:nowrap}.lvl{font-size:11px;color:var(--muted);text-transform:uppercase}`;

type UnitName = (unit: string) => string;
const unitNamesOf = (report: { units: readonly { unit: string; name: string }[] }) =>
  Object.fromEntries(report.units.map((u) => [u.unit, u.name]));
const namesOf =
  (report: { units: readonly { unit: string; name: string }[] }): UnitName =>
  (u) =>
    report.units.find((x) => x.unit === u)?.name ?? u;

function matrixBody(s: SteeringReport, unitName: UnitName, chartSvg: string): string {
  return s.matrix
    ? (() => {
        const rows = s.matrix.paths
          .map(
            (p) =>
              `<tr><td>${esc(unitName(p.unit))}</td><td>${esc(periodText(p.first.period))} → ${esc(periodText(p.last.period))}</td><td class="n">${pct(p.first.flowEfficiency, 2)} → ${pct(p.last.flowEfficiency, 2)}</td>` +
              `<td class="n">${pct(p.first.resourceEfficiency, 0)} → ${pct(p.last.resourceEfficiency, 0)}</td><td>${esc(p.last.quadrant ?? "–")}</td></tr>`,
          )
          .join("");
        return (
          `<p class="small muted">Flödeseffektivitet (Σ VA ÷ Σ ledtid för avslutade ärenden) mot resurseffektivitet (beröringstid ÷ tillgänglig personaltid enligt bemanningsfilen), per ${s.matrix.grain === "quarter" ? "kvartal" : "månad"}. Skiljelinjerna vid ${pct(s.matrix.thresholds.flow, 0)} och ${pct(s.matrix.thresholds.resource, 0)}: ` +
          `effektiva öar (upptagen personal, väntande patienter), effektivt hav, ödemark, perfekt tillstånd.</p>${chartSvg}` +
          `<table><thead><tr><th>Enhet</th><th>Period</th><th>Flödeseffektivitet</th><th>Resurseffektivitet</th><th>Läge</th></tr></thead><tbody>${rows}</tbody></table>`
        );
      })()
    : `<p class="muted">Ingen bemanningsfil angavs (--staffing bemanning.csv).</p>`;
}

function freedBody(s: SteeringReport, unitName: UnitName, chartSvg: string): string {
  const ok = s.freed.filter((f): f is FreedCapacity => f.ok);
  const refused = s.freed.filter((f) => !f.ok);
  return s.portfolio
    ? `<p class="caveat"><strong>Frigjord tid är inte sparade pengar förrän den används.</strong> ${esc(s.caveat.replace(/^Frigjord tid är inte sparade pengar förrän den används: /, ""))}</p>` +
        chartSvg +
        `<table><thead><tr><th>Förbättring</th><th>Enhet</th><th>Timmar/mån (95 % KI)</th><th>Årsarbetare</th><th>Kronor/år (95 % KI)</th><th>Mot budgetavvikelsen</th></tr></thead><tbody>${ok
          .map(
            (f) =>
              `<tr><td>${esc(f.title)}</td><td>${esc(unitName(f.unit))}</td><td class="n">${num(f.total.hoursPerMonth.estimate, 1)} (${interval(f.total.hoursPerMonth, (x) => num(x, 1))})</td>` +
              `<td class="n">${num(f.total.fte.estimate, 3)}</td><td class="n">${f.total.sekPerYear ? `${sek(f.total.sekPerYear.estimate)} (${interval(f.total.sekPerYear, sek)})` : "–"}</td>` +
              `<td class="small">${f.context ? `<span title="${esc(f.context.sentence)}">${shareText(f.context.shareOfAmount)} av ${esc(f.context.figure.kind)} ${esc(f.context.figure.period)}, ${sek(f.context.figure.amountSek)}</span>` : "–"}</td></tr>`,
          )
          .join("")}</tbody></table>` +
        (refused.length
          ? `<p class="small muted">Utan före/efter-resultat: ${refused.map((f) => esc(`${f.title} (${f.message})`)).join("; ")}</p>`
          : "") +
        `<p class="small muted">Personaltid i slöseriarbete (NVA) och omarbete per ärende, före minus efter, gånger ärenden per månad efter förändringen; årsarbetare med ${num(ok[0]?.hoursPerFte ?? 1700, 0)} timmar per år; kronor med rollens timkostnad. 95 % bootstrap-intervall.</p>`
    : `<p class="muted">Ingen förbättringsfil angavs (--improvements forbattringar.csv).</p>`;
}

function portfolioBody(s: SteeringReport, unitName: UnitName): string {
  return s.portfolio
    ? (() => {
        const p = s.portfolio;
        const board = `<table class="board"><thead><tr><th>Enhet</th>${IMPROVEMENT_STATUSES.map((st) => `<th>${esc(st)}</th>`).join("")}<th>Ber om stöd</th></tr></thead><tbody>${p.board
          .map(
            (r) =>
              `<tr><td>${esc(unitName(r.unit))}</td>${IMPROVEMENT_STATUSES.map((st) => `<td class="n${r.byStatus[st].length ? "" : " zero"}">${r.byStatus[st].length}</td>`).join("")}<td class="n">${r.supportRequests}</td></tr>`,
          )
          .join("")}</tbody></table>`;
        const support = p.supportRequests.length
          ? `<h3>Enheter som ber om stöd</h3><ul>${p.supportRequests.map((r) => `<li><strong>${esc(unitName(r.unit))}</strong> — ${esc(r.title)} (${esc(r.status)}${r.priority ? `, prioritet ${esc(r.priority)}` : ""}): ${esc(r.need)}</li>`).join("")}</ul>`
          : "";
        const signed = (x: number) => `${x > 0.5 ? "+" : ""}${num(x, 0)} %`;
        const items = `<table><thead><tr><th>Åtgärd</th><th>Enhet</th><th>Status</th><th>Tjänar målet</th><th>Förväntad</th><th>Uppnådd (95 % KI)</th><th>Bedömning</th></tr></thead><tbody>${p.items
          .map(
            (i) =>
              `<tr><td>${esc(i.title)}</td><td>${esc(unitName(i.unit))}</td><td>${esc(i.status)}</td><td class="small">${i.goalPath.length ? esc(i.goalPath.length > 1 ? `${i.goalPath[i.goalPath.length - 1]} → … → ${i.goalPath[0]}` : i.goalPath[0]!) : "–"}</td>` +
              `<td class="n">${i.expectedPct === null ? "–" : signed(i.expectedPct)}</td><td class="n">${i.realisedPct ? `${signed(i.realisedPct.estimate)} (${interval(i.realisedPct, signed)})` : "–"}</td><td>${esc(i.verdict)}</td></tr>`,
          )
          .join("")}</tbody></table>`;
        return `${board}${support}${items}<p class="small muted">Uppnådd effekt: förändringen av medianen (ledtid eller väntetid) mellan ärenden som startade före och efter startdatum, i procent av medianen före.</p>`;
      })()
    : `<p class="muted">Ingen förbättringsfil angavs (--improvements forbattringar.csv).</p>`;
}

function goalsBody(s: SteeringReport): string {
  return s.goalTree
    ? `<table class="goal-tree"><thead><tr><th>Mål</th><th>Status</th><th>Baslinje → mål, nu</th><th>Under</th><th>Åtgärder</th></tr></thead><tbody>${s.goalTree
        .map((r) => {
          const value = (x: number | null) =>
            x === null
              ? "–"
              : r.goal.measure === "flowEfficiency" || r.goal.measure === "nvaShare" || r.goal.measure === "resourceEfficiency"
                ? pct(x, 2)
                : r.goal.measure === "costOfWasteSek"
                  ? sek(x)
                  : `${num(x / 86_400_000, 1)} dagar`;
          const under = r.rolled
            ? Object.entries(r.rolled.counts)
                .filter(([, n]) => n > 0)
                .map(([st, n]) => `${n} ${st}`)
                .join(", ")
            : "";
          return (
            `<tr class="d${Math.min(3, r.depth)}"><td><span class="lvl">${esc(r.goal.level)}</span> ${esc(r.goal.title)}</td><td>${badge(r.status)}</td>` +
            `<td class="small">${r.goal.measure ? `${value(r.baseline)} → ${value(r.target)}, nu ${value(r.current)}` : ""}</td><td class="small">${esc(under)}</td>` +
            `<td class="small">${esc(r.improvements.map((i) => i.title).join(", "))}</td></tr>`
          );
        })
        .join(
          "",
        )}</tbody></table><p class="small muted">Mål med mått bedöms som målbildens mål; ett mål utan eget mått får status från målen under sig: på väg om alla är på väg, ej på väg om minst hälften inte är det, annars risk.</p>`
    : `<p class="muted">Ingen målhierarki angavs (--goal-tree malhierarki.csv).</p>`;
}

/**
 * A steering section: shown when the report carries steering data; its chart, when `spec` gives one, is drawn 640 px
 * wide with the report's unit names.
 */
function steeringSection(
  id: string,
  title: string,
  className: string,
  spec: (s: SteeringReport, unitNames: Record<string, string>) => TopLevelSpec | null,
  body: (s: SteeringReport, names: ReturnType<typeof namesOf>, svg: string) => string,
): ReportSection {
  return {
    id,
    title,
    css: STEERING_CSS,
    async render(report, { chart }) {
      const s = report.steering;
      if (!s) return null;
      const view = spec(s, unitNamesOf(report));
      const svg = view ? await chart(view, { className, width: 640 }) : "";
      return body(s, namesOf(report), svg);
    },
  };
}

/** Flödeseffektivitet mot resurseffektivitet (Modig & Åhlström's matrix), when the report carries steering data. */
export const efficiencyMatrixSection: ReportSection = steeringSection(
  "effektivitetsmatris",
  "Flödeseffektivitet mot resurseffektivitet",
  "matrix",
  (s, unitNames) =>
    s.matrix ? efficiencyMatrixSpec(s.matrix.points, { thresholds: s.matrix.thresholds, unitNames, zoom: true, width: 640 }) : null,
  matrixBody,
);

/** Frigjord kapacitet: staff time freed per improvement, with its interval. */
export const freedCapacitySection: ReportSection = steeringSection(
  "frigjord-kapacitet",
  "Frigjord kapacitet",
  "freed",
  (s, unitNames) => (s.freed.some((f) => f.ok) ? freedCapacitySpec(s.freed, { unitNames, width: 640 }) : null),
  freedBody,
);

/** Förbättringsportfölj: status board, support requests, expected vs realised effect. */
export const portfolioSection: ReportSection = {
  id: "portfolj",
  title: "Förbättringsportfölj",
  css: STEERING_CSS,
  render: (report) => (report.steering ? portfolioBody(report.steering, namesOf(report)) : null),
};

/** Den röda tråden: the goal hierarchy from the region plan to the units. */
export const goalTreeSection: ReportSection = {
  id: "malhierarki",
  title: "Den röda tråden: målhierarkin",
  css: STEERING_CSS,
  render: (report) => (report.steering ? goalsBody(report.steering) : null),
};
