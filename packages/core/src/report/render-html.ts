import type { ComparisonResult } from "../improvement/compare.js";
import type { GoalMetric } from "../model/org.js";
import type { GoalStatus } from "../rollup/goals.js";
import type { MonthlyMedian, MonthlyReport } from "./monthly-report.js";
import { QUEUE_SECTION_CSS, renderQueueSectionHtml } from "./render-queue-html.js";
import { renderSteeringSections, STEERING_CSS } from "./render-steering.js";

const DAY_MS = 86_400_000;

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const num = (x: number, digits: number): string =>
  new Intl.NumberFormat("sv-SE", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x).replace(/\u2212/g, "−");

const days = (ms: number | null): string => (ms === null ? "–" : `${num(ms / DAY_MS, 1)} d`);
const pct = (x: number | null): string => (x === null ? "–" : `${num(x * 100, x < 0.01 ? 2 : 1)} %`);
const sek = (x: number): string => `${num(Math.round(x), 0)} kr`;

const METRIC_SV: Record<GoalMetric, string> = {
  leadTimeMedianMs: "Ledtid, median",
  leadTimeP85Ms: "Ledtid, 85:e percentil",
  flowEfficiency: "Flödeseffektivitet",
  nvaShare: "Andel slöseri",
  waitMedianMs: "Väntetid, median",
  costOfWasteSek: "Kostnad för slöseri (halvår)",
};

function metricValue(metric: GoalMetric, x: number | null): string {
  if (x === null) return "–";
  if (metric === "flowEfficiency" || metric === "nvaShare") return pct(x);
  if (metric === "costOfWasteSek") return sek(x);
  return days(x);
}

const STATUS_CLASS: Record<GoalStatus, string> = { "på väg": "ok", risk: "risk", "ej på väg": "bad", "saknar data": "none" };

const badge = (s: GoalStatus): string => `<span class="badge ${STATUS_CLASS[s]}">${esc(s)}</span>`;

function change(c: ComparisonResult): string {
  return c.ok ? esc(c.sentence) : `<span class="muted">${esc(c.message)}</span>`;
}

/** A small run chart of monthly medians (days), with its median as centre line. Pure SVG, no script. */
function runChartSvg(all: readonly MonthlyMedian[], signal: boolean, label: string): string {
  // The axis starts at the first month with data: leading empty months (before a unit started measuring) carry nothing.
  const firstData = all.findIndex((p) => p.leadTimeMedianMs !== null);
  const points = firstData > 0 ? all.slice(firstData) : all;
  const w = 320;
  const h = 110;
  const pad = { l: 34, r: 8, t: 10, b: 22 };
  const ys = points.map((p) => (p.leadTimeMedianMs === null ? null : p.leadTimeMedianMs / DAY_MS));
  const finite = ys.filter((y): y is number => y !== null);
  const max = finite.length ? Math.max(...finite) * 1.1 || 1 : 1;
  const x = (i: number) => pad.l + (points.length > 1 ? (i * (w - pad.l - pad.r)) / (points.length - 1) : 0);
  const y = (v: number) => pad.t + (h - pad.t - pad.b) * (1 - v / max);
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = sorted.length ? (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2 : null;
  let path = "";
  ys.forEach((v, i) => {
    if (v === null) return;
    path += `${path === "" || ys[i - 1] === null ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  const dots = ys
    .map((v, i) => (v === null ? "" : `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2.5" class="${signal ? "dot sig" : "dot"}"><title>${esc(points[i]!.month)}: ${num(v, 1)} d (n = ${points[i]!.flows})</title></circle>`))
    .join("");
  const centre = mid === null ? "" : `<line x1="${pad.l}" x2="${w - pad.r}" y1="${y(mid).toFixed(1)}" y2="${y(mid).toFixed(1)}" class="centre"/>`;
  const first = points[0]?.month ?? "";
  const last = points[points.length - 1]?.month ?? "";
  return (
    `<svg class="chart run" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(label)}">` +
    `<line x1="${pad.l}" x2="${pad.l}" y1="${pad.t}" y2="${h - pad.b}" class="axis"/><line x1="${pad.l}" x2="${w - pad.r}" y1="${h - pad.b}" y2="${h - pad.b}" class="axis"/>` +
    `<text x="${pad.l - 4}" y="${pad.t + 8}" text-anchor="end">${num(max, 0)}</text><text x="${pad.l - 4}" y="${h - pad.b}" text-anchor="end">0</text>` +
    `<text x="${pad.l}" y="${h - 6}">${esc(first)}</text><text x="${w - pad.r}" y="${h - 6}" text-anchor="end">${esc(last)}</text>` +
    `${centre}<path d="${path}" class="line"/>${dots}</svg>`
  );
}

/** Goal progress: baseline at 0, target at 1, the expected position now as a tick. */
function progressSvg(progress: number | null, elapsed: number, status: GoalStatus): string {
  const w = 140;
  const h = 16;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const bar = progress === null ? 0 : clamp(progress) * w;
  return (
    `<svg class="chart progress" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Andel av vägen till målet">` +
    `<rect x="0" y="3" width="${w}" height="10" class="track"/><rect x="0" y="3" width="${bar.toFixed(1)}" height="10" class="fill ${STATUS_CLASS[status]}"/>` +
    `<line x1="${(clamp(elapsed) * w).toFixed(1)}" x2="${(clamp(elapsed) * w).toFixed(1)}" y1="0" y2="${h}" class="tick"/></svg>`
  );
}

/** Inherited vs own wait per dependency pair, as stacked horizontal bars (days). */
function dependencySvg(report: MonthlyReport): string {
  const pairs = report.dependencies;
  const rowH = 22;
  const w = 520;
  const labelW = 200;
  const h = pairs.length * rowH + 24;
  const max = Math.max(1, ...pairs.map((p) => p.downstreamWaitMs));
  const bars = pairs
    .map((p, i) => {
      const y = i * rowH + 4;
      const inherited = p.inheritedWaitMs + p.lostSlotWaitMs;
      const inh = ((w - labelW - 10) * inherited) / max;
      const own = ((w - labelW - 10) * Math.max(0, p.downstreamWaitMs - inherited)) / max;
      return (
        `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end">${esc(`${report.processNames[p.upstreamProcess] ?? p.upstreamProcess} → ${report.processNames[p.downstreamProcess] ?? p.downstreamProcess}`)}</text>` +
        `<rect x="${labelW}" y="${y}" width="${inh.toFixed(1)}" height="16" class="inherited"><title>Ärvd väntan ${days(inherited)}</title></rect>` +
        `<rect x="${(labelW + inh).toFixed(1)}" y="${y}" width="${own.toFixed(1)}" height="16" class="own"><title>Egen väntan ${days(p.downstreamWaitMs - inherited)}</title></rect>`
      );
    })
    .join("");
  const legendY = pairs.length * rowH + 18;
  return (
    `<svg class="chart deps" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Ärvd och egen väntan per beroende">` +
    `${bars}<rect x="${labelW}" y="${legendY - 9}" width="10" height="10" class="inherited"/><text x="${labelW + 14}" y="${legendY}">ärvd väntan</text>` +
    `<rect x="${labelW + 100}" y="${legendY - 9}" width="10" height="10" class="own"/><text x="${labelW + 114}" y="${legendY}">egen väntan</text></svg>`
  );
}

const CSS = `
:root{--ok:#1b7837;--risk:#b35806;--bad:#b2182b;--none:#777;--ink:#1a1a1a;--muted:#555;--line:#ccc}
*{box-sizing:border-box}body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:1000px;padding:24px;line-height:1.4;font-size:14px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid var(--ink);padding-bottom:2px}
.synthetic{background:#fff3cd;border:1px solid #e0b400;padding:6px 10px;margin:8px 0;font-weight:600}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{text-align:left;padding:3px 6px;border-bottom:1px solid var(--line);vertical-align:top}
td.date{white-space:nowrap}th{font-size:12px;color:var(--muted);font-weight:600}td.n{text-align:right;white-space:nowrap}
.d1 td:first-child{padding-left:18px}.d2 td:first-child{padding-left:32px}.d3 td:first-child{padding-left:46px}.d0{font-weight:600}
.badge{display:inline-block;padding:1px 7px;border-radius:9px;color:#fff;font-size:12px;white-space:nowrap}
.badge.ok{background:var(--ok)}.badge.risk{background:var(--risk)}.badge.bad{background:var(--bad)}.badge.none{background:var(--none)}
.muted{color:var(--muted)}.small{font-size:12px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:12px}
figure{margin:0;break-inside:avoid}figcaption{font-size:12px;font-weight:600}
svg.chart text{font-size:10px;fill:var(--muted);font-family:inherit}
svg .axis{stroke:#999}svg .centre{stroke:#999;stroke-dasharray:4 3}svg .line{fill:none;stroke:#2166ac;stroke-width:1.5}
svg .dot{fill:#2166ac}svg .dot.sig{fill:var(--risk)}svg .track{fill:#eee}svg .fill.ok{fill:var(--ok)}svg .fill.risk{fill:var(--risk)}
svg .fill.bad{fill:var(--bad)}svg .fill.none{fill:var(--none)}svg .tick{stroke:var(--ink);stroke-width:1.5}
svg .inherited{fill:#d6604d}svg .own{fill:#92c5de}
footer{margin-top:28px;font-size:12px;color:var(--muted)}
@media print{@page{size:A4;margin:14mm 12mm}body{max-width:none;padding:0;font-size:10.5pt}h2{break-after:avoid}
tr,figure,.goal{break-inside:avoid}section{break-before:auto}.synthetic{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/**
 * Renders a {@link MonthlyReport} as one self-contained Swedish HTML document: inline CSS (with an A4 print
 * layout), charts as inline SVG, no scripts, fonts or network references. Says that the data are synthetic when
 * the report is marked so.
 * @example
 * writeFileSync("rapport.html", renderReportHtml(monthlyReport(input, { month: "2025-10", synthetic: true })));
 */
export function renderReportHtml(report: MonthlyReport): string {
  const synthetic = report.synthetic
    ? `<p class="synthetic" id="syntetiska-data">Obs! Rapporten bygger på syntetiska data (påhittade ärenden) och beskriver ingen verklig verksamhet.</p>`
    : "";
  const basis = report.basis === "working" ? "arbetstid (öppettider)" : "kalendertid";
  const withFlows = report.units.filter((u) => u.flows > 0);

  const goals = report.goals.length
    ? `<table><thead><tr><th>Enhet</th><th>Mått</th><th>Baslinje</th><th>Nu</th><th>Mål</th><th>Måldatum</th><th>Status</th><th>Väg till målet</th></tr></thead><tbody>${report.goals
        .map(
          (g) =>
            `<tr class="goal"><td>${esc(g.unitName)}</td><td>${esc(METRIC_SV[g.goal.metric])}</td><td class="n">${metricValue(g.goal.metric, g.goal.baseline)}</td>` +
            `<td class="n">${metricValue(g.goal.metric, g.current)}</td><td class="n">${metricValue(g.goal.metric, g.goal.target)}</td><td class="date">${esc(g.goal.deadline)}</td>` +
            `<td>${badge(g.status)}</td><td>${progressSvg(g.progress, g.elapsed, g.status)}<div class="small muted">${esc(g.explanation)}</div></td></tr>`,
        )
        .join("")}</tbody></table><p class="small muted">Stapeln visar andel av vägen från baslinje till mål; strecket visar hur stor del av tiden till måldatum som gått.</p>`
    : `<p class="muted">Inga mål angivna.</p>`;

  const units = `<table><thead><tr><th>Enhet</th><th>Nivå</th><th>Ärenden</th><th>Ledtid median</th><th>Ledtid p85</th><th>Flödeseffektivitet</th><th>Andel slöseri</th><th>Kostnad slöseri</th></tr></thead><tbody>${report.units
    .map(
      (u) =>
        `<tr class="d${Math.min(3, u.depth)}"><td>${esc(u.name)}</td><td>${esc(u.level)}</td><td class="n">${num(u.flows, 0)}</td><td class="n">${days(u.leadTimeMs.median)}</td>` +
        `<td class="n">${days(u.leadTimeMs.p85)}</td><td class="n">${pct(u.flowEfficiency.aggregate)}</td><td class="n">${pct(u.nvaShare)}</td><td class="n">${sek(u.costOfWasteSek)}</td></tr>`,
    )
    .join("")}</tbody></table>`;

  const changes = `<table><thead><tr><th>Enhet</th><th>Ledtid mot baslinjen</th><th>Flödeseffektivitet mot baslinjen</th></tr></thead><tbody>${withFlows
    .map((u) => `<tr class="d${Math.min(3, u.depth)}"><td>${esc(u.name)}</td><td>${change(u.leadTimeChange)}</td><td>${change(u.flowEfficiencyChange)}</td></tr>`)
    .join("")}</tbody></table>`;

  // A unit whose only child holds exactly its flows (e.g. a förvaltning with one verksamhetsområde with one enhet)
  // would repeat the child's chart: show the chart once, at the lowest level, naming the levels it stands for.
  const onlyChild = new Map<string, string>();
  for (const u of withFlows) {
    const kids = report.units.filter((k) => k.parent === u.unit);
    if (kids.length === 1 && kids[0].flows === u.flows) onlyChild.set(u.unit, kids[0].unit);
  }
  const alsoFor = new Map<string, { name: string; depth: number }[]>();
  for (const [parent, child] of onlyChild) {
    let bottom = child;
    while (onlyChild.has(bottom)) bottom = onlyChild.get(bottom)!;
    const u = report.units.find((x) => x.unit === parent)!;
    alsoFor.set(bottom, [...(alsoFor.get(bottom) ?? []), { name: u.name, depth: u.depth }]);
  }
  const alsoText = (id: string) => (alsoFor.get(id) ?? []).sort((a, b) => b.depth - a.depth).map((x) => x.name).join(", ");
  const charts = `<div class="charts">${withFlows
    .filter((u) => !onlyChild.has(u.unit))
    .map(
      (u) =>
        `<figure><figcaption>${esc(u.name)}${alsoFor.has(u.unit) ? ` <span class="muted">(= ${esc(alsoText(u.unit))})</span>` : ""} ${u.spcSignal ? `<span class="badge risk">signal</span>` : ""}</figcaption>` +
        `${runChartSvg(u.monthly, u.spcSignal, `Körschema, median ledtid per månad, ${u.name}`)}<div class="small muted">${esc(u.spcText)}</div></figure>`,
    )
    .join("")}</div>`;

  const deps = report.dependencies.length
    ? `${dependencySvg(report)}<table><thead><tr><th>Uppströms → nedströms</th><th>Väntar i steg</th><th>Ärenden</th><th>Ärvd väntan</th><th>varav förlorad tid</th><th>Andel av slöseriet</th><th>Förstärkning</th></tr></thead><tbody>${report.dependencies
        .map(
          (p) =>
            `<tr><td>${esc(report.processNames[p.upstreamProcess] ?? p.upstreamProcess)} → ${esc(report.processNames[p.downstreamProcess] ?? p.downstreamProcess)}</td><td>${esc(p.dependentStep)}</td><td class="n">${num(p.linkedFlows, 0)} av ${num(p.flows, 0)}</td>` +
            `<td class="n">${days(p.inheritedWaitMs + p.lostSlotWaitMs)}</td><td class="n">${days(p.lostSlotWaitMs)} (${num(p.lostSlotFlows, 0)} ärenden)</td><td class="n">${pct(p.inheritedShareOfWaste)}</td><td class="n">${p.amplification === null ? "–" : num(p.amplification, 2)}</td></tr>`,
        )
        .join("")}</tbody></table><p class="small muted">Ärvd väntan: den del av nedströmsflödets väntan som sammanfaller med att ett länkat uppströmsflöde ännu inte är klart, plus förlorad tid: den extra väntan efter svaret när flödet förlorat sin tid (ett ombokningssteg, eller mer än dubbla den vanliga väntan efter svaret) utöver den vanliga väntan (summa över ärenden). Förstärkning: ärvd väntan nedströms ÷ uppströmsflödenas egen väntan.</p>`
    : `<p class="muted">Inga beroenden mellan processer i modellen.</p>`;

  const top = report.units.find((u) => u.depth === 0 && u.level !== "okänd" && u.flows > 0);
  const statusCount = (st: GoalStatus) => report.goals.filter((g) => g.status === st).length;
  const signals = withFlows.filter((u) => u.spcSignal && !onlyChild.has(u.unit)).length;
  const biggest = [...report.dependencies].sort((a, b) => b.inheritedWaitMs - a.inheritedWaitMs)[0];
  const summaryItems = [
    top
      ? `<li><strong>${esc(top.name)}</strong>: ${num(top.flows, 0)} ärenden avslutades. Ledtid, median <strong>${days(top.leadTimeMs.median)}</strong> (85:e percentil ${days(top.leadTimeMs.p85)}); flödeseffektivitet <strong>${pct(top.flowEfficiency.aggregate)}</strong>; andel slöseri <strong>${pct(top.nvaShare)}</strong>; kostnad för slöseri <strong>${sek(top.costOfWasteSek)}</strong>.</li>` +
        `<li>Mot baslinjen (${esc(report.baseline.months.join(", "))}): ${change(top.leadTimeChange)}</li>`
      : `<li class="muted">Inga avslutade ärenden under månaden.</li>`,
    report.goals.length
      ? `<li>Mål: ${badge("på väg")} ${statusCount("på väg")} · ${badge("risk")} ${statusCount("risk")} · ${badge("ej på väg")} ${statusCount("ej på väg")}${statusCount("saknar data") ? ` · ${badge("saknar data")} ${statusCount("saknar data")}` : ""} av ${report.goals.length}.</li>`
      : "",
    `<li>Körscheman: ${signals === 0 ? "ingen enhet visar" : `${signals} ${signals === 1 ? "enhet visar" : "enheter visar"}`} en signal om förändring (Anhøjs regler).</li>`,
    biggest && biggest.inheritedWaitMs > 0
      ? `<li>Största ärvda väntan: ${esc(report.processNames[biggest.downstreamProcess] ?? biggest.downstreamProcess)} väntar på ${esc(report.processNames[biggest.upstreamProcess] ?? biggest.upstreamProcess)} — ${pct(biggest.inheritedShareOfWaste)} av slöseriet nedströms är ärvt.</li>`
      : "",
  ].join("");
  const summary = `<section id="sammanfattning"><h2>Sammanfattning</h2><ul>${summaryItems}</ul></section>`;
  const about = `<section id="om-matten"><h2>Om måtten</h2><ul class="small">
<li><strong>Ledtid</strong>: från ärendets första start till sista slut. Median och 85:e percentil (linjär interpolation, h = (n − 1)·p).</li>
<li><strong>Flödeseffektivitet</strong>: Σ värdeskapande tid ÷ Σ ledtid för månadens avslutade ärenden. Parallellt arbete räknas en gång.</li>
<li><strong>Andel slöseri</strong>: icke värdeskapande tid ÷ ledtid; väntan mellan stegen räknas som slöseri.</li>
<li><strong>Enheter</strong>: varje nivå beräknas från alla ärenden under den, aldrig som medianer av medianer.</li>
<li><strong>Förändring</strong>: skillnad i median mot baslinjemånaderna med 95 % bootstrap-intervall och Mann–Whitney-test; en riktning anges bara när båda visar den.</li>
<li><strong>Målstatus</strong>: på väg om minst (andel av tiden − 10 procentenheter) av vägen från baslinje till mål är avklarad; risk om rätt håll men långsammare; ej på väg om ingen förbättring eller måldatum passerat.</li>
<li><strong>Tider</strong> i ${basis}. Fullständiga definitioner: docs/metrics.md i flodes.</li></ul></section>`;

  const dq = report.dataQuality;
  const importLine =
    dq.rowsIn !== null
      ? `<p>Rader in: ${num(dq.rowsIn, 0)} · godkända: ${dq.accepted === null ? "–" : num(dq.accepted, 0)} · avvisade: ${dq.rejected === null ? "–" : num(dq.rejected, 0)}.</p>`
      : `<p class="muted">Ingen importrapport angavs.</p>`;
  const unknownLine = dq.flowsUnknownUnit > 0 ? `<p>${num(dq.flowsUnknownUnit, 0)} ärenden under månaden har en enhet som inte finns i enhetsfilen (raden ”Okänd enhet”).</p>` : "";
  const issueList = dq.issues.length
    ? `<ul class="small">${dq.issues.slice(0, 20).map((i) => `<li>${esc(i.message)}</li>`).join("")}</ul>${dq.issues.length > 20 ? `<p class="small muted">… och ${dq.issues.length - 20} till.</p>` : ""}`
    : `<p class="small muted">Inga problem med enheter eller länkar mellan processer.</p>`;
  const issues = `<section id="datakvalitet"><h2>Datakvalitet</h2>${importLine}${unknownLine}${issueList}</section>`;

  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(report.title)} – ${esc(report.monthLabel)}</title><style>${CSS}${report.queue ? QUEUE_SECTION_CSS : ""}${report.steering ? STEERING_CSS : ""}</style></head>
<body>
<header><h1>${esc(report.title)}</h1><p><strong>${esc(report.monthLabel)}</strong> · ${num(report.flowsInMonth, 0)} ärenden avslutade under månaden · tider i ${basis} · baslinje ${esc(report.baseline.months.join(", "))}</p>${synthetic}</header>
${summary}
<section id="mal"><h2>Måluppfyllelse</h2>${goals}</section>
<section id="enheter"><h2>Enheter</h2><p class="small muted">Varje nivå är beräknad från alla ärenden under den (aldrig medianer av medianer). Ett ärende räknas den månad det avslutades.</p>${units}</section>
<section id="forandring"><h2>Förändring mot baslinjen</h2><p class="small muted">Skillnad i median (månaden minus baslinjemånaderna) med 95 % bootstrap-konfidensintervall och Mann–Whitney-test; en riktning anges bara när båda visar den.</p>${changes}</section>
<section id="korscheman"><h2>Körscheman</h2><p class="small muted">Median ledtid per avslutsmånad i dagar; streckad linje = medianen. Signal enligt Anhøjs regler (lång serie eller för få korsningar).</p>${charts}</section>
<section id="beroenden"><h2>Beroenden mellan processer</h2>${deps}</section>
${report.queue ? renderQueueSectionHtml(report.queue) : ""}
${report.steering ? renderSteeringSections(report.steering, (u) => report.units.find((x) => x.unit === u)?.name ?? u) : ""}${issues}
${about}
<footer>Skapad med flodes. Definitioner: ledtid = sista slut − första start; flödeseffektivitet = Σ värdeskapande tid ÷ Σ ledtid; andel slöseri = Σ icke värdeskapande tid (inkl. väntan) ÷ Σ ledtid; kostnad för slöseri = icke värdeskapande arbetstid × timkostnad för rollen, plus kostnadssatt väntan.${report.synthetic ? " Alla data i rapporten är syntetiska." : ""}</footer>
</body></html>
`;
}
