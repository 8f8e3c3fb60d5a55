// The steering sections of the monthly report as HTML (inline SVG, no scripts), beside renderReportHtml: efficiency
// matrix, freed capacity, improvement portfolio and goal hierarchy. Data from steering/steering-report.ts.
import type { GoalStatus } from "../rollup/goals.js";
import type { EfficiencyPoint } from "../steering/efficiency-matrix.js";
import type { FreedCapacity } from "../steering/freed-capacity.js";
import type { SteeringReport } from "../steering/steering-report.js";
import { IMPROVEMENT_STATUSES, type Estimate } from "../steering/types.js";

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Swedish number; a value that rounds to zero prints without a sign. */
function num(x: number, digits: number): string {
  const r = Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x;
  return new Intl.NumberFormat("sv-SE", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(r).replace(/\u00a0/g, " ").replace(/[\u2212-]/g, "−");
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

/** The efficiency matrix as a small SVG: log flow efficiency across (zoomed to the units), resource efficiency up, one path per unit. */
function matrixSvg(points: readonly EfficiencyPoint[], unitName: (u: string) => string): string {
  const done = points.filter((p) => p.flowEfficiency !== null && p.flowEfficiency > 0 && p.resourceEfficiency !== null);
  if (done.length === 0) return "";
  const w = 560;
  const h = 260;
  const pad = { l: 44, r: 150, t: 10, b: 30 };
  const lx = done.map((p) => Math.log10(p.flowEfficiency as number));
  const x0 = Math.min(...lx) - 0.1;
  const x1 = Math.max(...lx) + 0.1;
  const ys = done.map((p) => p.resourceEfficiency as number);
  const y0 = Math.max(0, Math.floor((Math.min(...ys) - 0.05) * 10) / 10);
  const y1 = Math.ceil((Math.max(...ys) + 0.05) * 10) / 10;
  const X = (v: number) => pad.l + ((Math.log10(v) - x0) / (x1 - x0)) * (w - pad.l - pad.r);
  const Y = (v: number) => pad.t + (1 - (v - y0) / (y1 - y0)) * (h - pad.t - pad.b);
  const units = [...new Set(done.map((p) => p.unit))];
  const colors = ["#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#E69F00", "#000000", "#999999"];
  const paths = units
    .map((u, k) => {
      const own = done.filter((p) => p.unit === u);
      const d = own.map((p, i) => `${i ? "L" : "M"}${X(p.flowEfficiency as number).toFixed(1)},${Y(p.resourceEfficiency as number).toFixed(1)}`).join("");
      const last = own[own.length - 1]!;
      const c = colors[k % colors.length]!;
      const dots = own
        .map((p) => `<circle cx="${X(p.flowEfficiency as number).toFixed(1)}" cy="${Y(p.resourceEfficiency as number).toFixed(1)}" r="${p === last ? 3.5 : 2}" fill="${c}"><title>${esc(`${unitName(u)} ${periodText(p.period)}: ${pct(p.flowEfficiency, 2)} / ${pct(p.resourceEfficiency, 0)}`)}</title></circle>`)
        .join("");
      return `<path d="${d}" fill="none" stroke="${c}" stroke-width="1.5"/>${dots}<text x="${(X(last.flowEfficiency as number) + 6).toFixed(1)}" y="${(Y(last.resourceEfficiency as number) + 3).toFixed(1)}" fill="${c}">${esc(unitName(u))}</text>`;
    })
    .join("");
  const xTicks = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1].filter((v) => Math.log10(v) >= x0 && Math.log10(v) <= x1);
  const axes =
    `<line x1="${pad.l}" x2="${w - pad.r}" y1="${h - pad.b}" y2="${h - pad.b}" class="axis"/><line x1="${pad.l}" x2="${pad.l}" y1="${pad.t}" y2="${h - pad.b}" class="axis"/>` +
    xTicks.map((v) => `<text x="${X(v).toFixed(1)}" y="${h - pad.b + 12}" text-anchor="middle">${pct(v, v < 0.01 ? 2 : 1)}</text>`).join("") +
    [y0, (y0 + y1) / 2, y1].map((v) => `<text x="${pad.l - 4}" y="${(Y(v) + 3).toFixed(1)}" text-anchor="end">${pct(v, 0)}</text>`).join("") +
    `<text x="${pad.l}" y="${h - 4}">flödeseffektivitet (log) →</text><text x="${pad.l + 4}" y="${pad.t + 10}">↑ resurseffektivitet</text>`;
  return `<svg class="chart matrix" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Effektivitetsmatris: flödeseffektivitet mot resurseffektivitet per enhet">${axes}${paths}</svg>`;
}

/** Freed hours per month per improvement: dot and 95 % interval against zero. */
function freedSvg(freed: readonly FreedCapacity[], unitName: (u: string) => string): string {
  if (freed.length === 0) return "";
  const rowH = 20;
  const w = 560;
  const labelW = 250;
  const h = freed.length * rowH + 24;
  const lo = Math.min(0, ...freed.map((f) => f.total.hoursPerMonth.lower));
  const hi = Math.max(0, ...freed.map((f) => f.total.hoursPerMonth.upper));
  const X = (v: number) => labelW + ((v - lo) / (hi - lo || 1)) * (w - labelW - 10);
  const rows = freed
    .map((f, i) => {
      const e = f.total.hoursPerMonth;
      const y = i * rowH + 12;
      const cls = f.clear ? "clear" : "unclear";
      return (
        `<text x="${labelW - 6}" y="${y + 4}" text-anchor="end">${esc(`${f.title} (${unitName(f.unit)})`.slice(0, 44))}</text>` +
        `<line x1="${X(e.lower).toFixed(1)}" x2="${X(e.upper).toFixed(1)}" y1="${y}" y2="${y}" class="ci ${cls}"/><circle cx="${X(e.estimate).toFixed(1)}" cy="${y}" r="3.5" class="pt ${cls}"><title>${esc(f.sentence)}</title></circle>`
      );
    })
    .join("");
  const zero = `<line x1="${X(0).toFixed(1)}" x2="${X(0).toFixed(1)}" y1="2" y2="${h - 18}" class="axis"/><text x="${X(0).toFixed(1)}" y="${h - 4}" text-anchor="middle">0 h/mån</text><text x="${X(hi).toFixed(1)}" y="${h - 4}" text-anchor="end">${num(hi, 1)}</text>`;
  return `<svg class="chart freed" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Frigjorda timmar per månad per förbättring med 95 % intervall">${rows}${zero}</svg>`;
}

/** CSS of the steering sections (added to the report's stylesheet). */
export const STEERING_CSS = `svg .ci{stroke-width:2}svg .ci.clear{stroke:#009E73}svg .ci.unclear{stroke:#999}svg .pt.clear{fill:#009E73}svg .pt.unclear{fill:#999}
.board td.n{text-align:center}.board td.zero{color:#bbb}.caveat{border-left:4px solid var(--risk);padding:4px 10px;background:#fdf3e7;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.goal-tree td:first-child{white-space:nowrap}.lvl{font-size:11px;color:var(--muted);text-transform:uppercase}`;

/**
 * The four steering sections of the monthly report — effektivitetsmatris, frigjord kapacitet, förbättringsportfölj,
 * målhierarki — as HTML `<section>`s; a section whose file was not given says which file would fill it.
 * @example
 * html += renderSteeringSections(report.steering, (u) => unitNames[u] ?? u);
 */
export function renderSteeringSections(s: SteeringReport, unitName: (unit: string) => string = (u) => u): string {
  const matrix = s.matrix
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
          `effektiva öar (upptagen personal, väntande patienter), effektivt hav, ödemark, perfekt tillstånd.</p>${matrixSvg(s.matrix.points, unitName)}` +
          `<table><thead><tr><th>Enhet</th><th>Period</th><th>Flödeseffektivitet</th><th>Resurseffektivitet</th><th>Läge</th></tr></thead><tbody>${rows}</tbody></table>`
        );
      })()
    : `<p class="muted">Ingen bemanningsfil angavs (--staffing bemanning.csv).</p>`;

  const ok = s.freed.filter((f): f is FreedCapacity => f.ok);
  const refused = s.freed.filter((f) => !f.ok);
  const freed = s.portfolio
    ? `<p class="caveat"><strong>Frigjord tid är inte sparade pengar förrän den används.</strong> ${esc(s.caveat.replace(/^Frigjord tid är inte sparade pengar förrän den används: /, ""))}</p>` +
      freedSvg(ok, unitName) +
      `<table><thead><tr><th>Förbättring</th><th>Enhet</th><th>Timmar/mån (95 % KI)</th><th>Årsarbetare</th><th>Kronor/år (95 % KI)</th><th>Mot budgetavvikelsen</th></tr></thead><tbody>${ok
        .map(
          (f) =>
            `<tr><td>${esc(f.title)}</td><td>${esc(unitName(f.unit))}</td><td class="n">${num(f.total.hoursPerMonth.estimate, 1)} (${interval(f.total.hoursPerMonth, (x) => num(x, 1))})</td>` +
            `<td class="n">${num(f.total.fte.estimate, 3)}</td><td class="n">${f.total.sekPerYear ? `${sek(f.total.sekPerYear.estimate)} (${interval(f.total.sekPerYear, sek)})` : "–"}</td>` +
            `<td class="small">${f.context ? `<span title="${esc(f.context.sentence)}">${shareText(f.context.shareOfAmount)} av ${esc(f.context.figure.kind)} ${esc(f.context.figure.period)}, ${sek(f.context.figure.amountSek)}</span>` : "–"}</td></tr>`,
        )
        .join("")}</tbody></table>` +
      (refused.length ? `<p class="small muted">Utan före/efter-resultat: ${refused.map((f) => esc(`${f.title} (${f.message})`)).join("; ")}</p>` : "") +
      `<p class="small muted">Personaltid i slöseriarbete (NVA) och omarbete per ärende, före minus efter, gånger ärenden per månad efter förändringen; årsarbetare med ${num(ok[0]?.hoursPerFte ?? 1700, 0)} timmar per år; kronor med rollens timkostnad. 95 % bootstrap-intervall.</p>`
    : `<p class="muted">Ingen förbättringsfil angavs (--improvements forbattringar.csv).</p>`;

  const portfolio = s.portfolio
    ? (() => {
        const p = s.portfolio;
        const board = `<table class="board"><thead><tr><th>Enhet</th>${IMPROVEMENT_STATUSES.map((st) => `<th>${esc(st)}</th>`).join("")}<th>Ber om stöd</th></tr></thead><tbody>${p.board
          .map((r) => `<tr><td>${esc(unitName(r.unit))}</td>${IMPROVEMENT_STATUSES.map((st) => `<td class="n${r.byStatus[st].length ? "" : " zero"}">${r.byStatus[st].length}</td>`).join("")}<td class="n">${r.supportRequests}</td></tr>`)
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

  const goals = s.goalTree
    ? `<table class="goal-tree"><thead><tr><th>Mål</th><th>Status</th><th>Baslinje → mål, nu</th><th>Under</th><th>Åtgärder</th></tr></thead><tbody>${s.goalTree
        .map((r) => {
          const value = (x: number | null) =>
            x === null ? "–" : r.goal.measure === "flowEfficiency" || r.goal.measure === "nvaShare" || r.goal.measure === "resourceEfficiency" ? pct(x, 2) : r.goal.measure === "costOfWasteSek" ? sek(x) : `${num(x / 86_400_000, 1)} dagar`;
          const under = r.rolled ? Object.entries(r.rolled.counts).filter(([, n]) => n > 0).map(([st, n]) => `${n} ${st}`).join(", ") : "";
          return (
            `<tr class="d${Math.min(3, r.depth)}"><td><span class="lvl">${esc(r.goal.level)}</span> ${esc(r.goal.title)}</td><td>${badge(r.status)}</td>` +
            `<td class="small">${r.goal.measure ? `${value(r.baseline)} → ${value(r.target)}, nu ${value(r.current)}` : ""}</td><td class="small">${esc(under)}</td>` +
            `<td class="small">${esc(r.improvements.map((i) => i.title).join(", "))}</td></tr>`
          );
        })
        .join("")}</tbody></table><p class="small muted">Mål med mått bedöms som målbildens mål; ett mål utan eget mått får status från målen under sig: på väg om alla är på väg, ej på väg om minst hälften inte är det, annars risk.</p>`
    : `<p class="muted">Ingen målhierarki angavs (--goal-tree malhierarki.csv).</p>`;

  return (
    `<section id="effektivitetsmatris"><h2>Flödeseffektivitet mot resurseffektivitet</h2>${matrix}</section>\n` +
    `<section id="frigjord-kapacitet"><h2>Frigjord kapacitet</h2>${freed}</section>\n` +
    `<section id="portfolj"><h2>Förbättringsportfölj</h2>${portfolio}</section>\n` +
    `<section id="malhierarki"><h2>Den röda tråden: målhierarkin</h2>${goals}</section>\n`
  );
}
