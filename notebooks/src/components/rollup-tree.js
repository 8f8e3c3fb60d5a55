// Drill-down of the unit hierarchy for the Uppföljning page: region → förvaltning → verksamhetsområde → enhet as
// nested <details>, each with its roll-up measures and the status badges of its målbild goals.
import {el} from "./el.js";

const STATUS_CLASS = {"på väg": "ok", risk: "risk", "ej på väg": "bad", "saknar data": "none"};
const METRIC_SV = {
  leadTimeMedianMs: "Ledtid, median",
  leadTimeP85Ms: "Ledtid, p85",
  flowEfficiency: "Flödeseffektivitet",
  nvaShare: "Andel slöseri",
  waitMedianMs: "Väntetid, median",
  costOfWasteSek: "Kostnad slöseri (halvår)",
};

/** A goal status badge. */
export function statusBadge(status) {
  return el("span", {class: `badge ${STATUS_CLASS[status] ?? "none"}`, title: status}, status);
}

/**
 * @param {{units: object[], goals: object[]}} month one month of uppfoljning.json
 * @param {{formatNumber: Function, formatPercent: Function, formatSek: Function, openDepth?: number}} fmt
 * @returns {HTMLElement}
 */
export function rollupTree(month, {formatNumber, formatPercent, formatSek, openDepth = 1}) {
  const children = new Map();
  for (const u of month.units) {
    const key = u.parent ?? "";
    if (!children.has(key)) children.set(key, []);
    children.get(key).push(u);
  }
  const goalsOf = new Map();
  for (const g of month.goals) {
    const unit = month.units.find((u) => u.unit === g.unit || u.name === g.unitName);
    const key = unit?.unit ?? g.unit;
    if (!goalsOf.has(key)) goalsOf.set(key, []);
    goalsOf.get(key).push(g);
  }
  const value = (metric, x) =>
    x === null ? "–" : metric === "flowEfficiency" || metric === "nvaShare" ? formatPercent(x) : metric === "costOfWasteSek" ? formatSek(x) : `${formatNumber(x / 86_400_000, 1)} d`;
  const node = (u) => {
    const goals = goalsOf.get(u.unit) ?? [];
    const kids = (children.get(u.unit) ?? []).filter((k) => k.flows > 0 || (children.get(k.unit) ?? []).length > 0 || goalsOf.has(k.unit));
    const summary = el("summary", null,
      el("span", {class: "unit-name"}, u.name), " ",
      el("span", {class: "unit-level"}, u.level), " ",
      el("span", {class: "unit-measures"}, u.flows > 0
        ? `${u.flows} ärenden · ledtid median ${formatNumber(u.leadTimeMedianDays, 1)} d (p85 ${formatNumber(u.leadTimeP85Days, 1)} d) · flödeseffektivitet ${formatPercent(u.flowEfficiency)} · slöseri ${formatPercent(u.nvaShare)} · ${formatSek(u.costOfWasteSek)}`
        : "inga avslutade ärenden"),
      u.spcSignal ? el("span", {class: "badge risk", title: "Signal i seriediagrammet (Anhøj)"}, "signal") : null,
      " ",
      ...goals.map((g) => statusBadge(g.status)),
    );
    const goalTable = goals.length
      ? el("table", {class: "goal-table"},
          el("thead", null, el("tr", null, ...["Mål", "Baslinje", "Nu", "Mål", "Måldatum", "Status", ""].map((h) => el("th", null, h)))),
          el("tbody", null, ...goals.map((g) => el("tr", null,
            el("td", null, METRIC_SV[g.metric] ?? g.metric),
            el("td", null, value(g.metric, g.baseline)),
            el("td", null, value(g.metric, g.current)),
            el("td", null, value(g.metric, g.target)),
            el("td", null, g.deadline),
            el("td", null, statusBadge(g.status)),
            el("td", {class: "muted"}, g.explanation),
          ))))
      : null;
    const details = el("details", {class: `unit depth-${u.depth}`}, summary, u.flows > 0 ? el("p", {class: "muted small"}, u.leadTimeChange) : null, goalTable, ...kids.map(node));
    if (u.depth < openDepth) details.setAttribute("open", "");
    return details;
  };
  return el("div", {class: "rollup-tree"}, ...(children.get("") ?? []).map(node));
}

/**
 * Vega-Lite spec: a unit's median lead time per month (days) with its goal's straight line from baseline to target.
 * @param {{month: string, days: number|null}[]} points
 * @param {{baselineDays?: number, targetDays?: number, unitName: string, theme?: string}} options
 */
export function goalTrendSpec(points, {baselineDays, targetDays, unitName, theme = "light"}) {
  const ink = theme === "dark" ? "#ddd" : "#222";
  const rules = [
    ...(baselineDays === undefined ? [] : [{y: baselineDays, label: "Baslinje"}]),
    ...(targetDays === undefined ? [] : [{y: targetDays, label: "Mål"}]),
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {text: `Median ledtid per avslutsmånad — ${unitName}`, color: ink},
    height: 220,
    layer: [
      {
        data: {values: points.filter((p) => p.days !== null)},
        mark: {type: "line", point: true, color: "#2166ac"},
        encoding: {
          x: {field: "month", type: "ordinal", title: "Månad"},
          y: {field: "days", type: "quantitative", title: "Dagar", scale: {zero: true}},
          tooltip: [{field: "month", title: "Månad"}, {field: "days", title: "Dagar", format: ".1f"}],
        },
      },
      {
        data: {values: rules},
        mark: {type: "rule", strokeDash: [4, 3]},
        encoding: {y: {field: "y", type: "quantitative"}, color: {field: "label", type: "nominal", title: null, scale: {range: ["#999", "#1b7837"]}, legend: {orient: "bottom"}}},
      },
    ],
    config: {background: null, axis: {labelColor: ink, titleColor: ink}, legend: {labelColor: ink}},
  };
}
