// Drill-down of the unit hierarchy for the Uppföljning page: region → förvaltning → verksamhetsområde → enhet as
// nested <details>, each with its roll-up measures and the status badges of its målbild goals.
import { GOAL_METRIC_SV, goalValueText, GOAL_STATUS_CLASS as STATUS_CLASS } from "@flodes/viz";
import { el } from "./el.js";

/** A goal status badge. */
export function statusBadge(status) {
  return el("span", { class: `badge ${STATUS_CLASS[status] ?? "none"}`, title: status }, status);
}

/**
 * @param {{units: object[], goals: object[]}} month one month of uppfoljning.json
 * @param {{formatNumber: Function, formatPercent: Function, formatSek: Function, openDepth?: number}} fmt
 * @returns {HTMLElement}
 */
export function rollupTree(month, { formatNumber, formatPercent, formatSek, openDepth = 1 }) {
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
  const value = (metric, x) => goalValueText(metric, x);
  const node = (u) => {
    const goals = goalsOf.get(u.unit) ?? [];
    const kids = (children.get(u.unit) ?? []).filter((k) => k.flows > 0 || (children.get(k.unit) ?? []).length > 0 || goalsOf.has(k.unit));
    const summary = el(
      "summary",
      null,
      el("span", { class: "unit-name" }, u.name),
      " ",
      el("span", { class: "unit-level" }, u.level),
      " ",
      el(
        "span",
        { class: "unit-measures" },
        u.flows > 0
          ? `${formatNumber(u.flows, 0)} ärenden · ledtid median ${formatNumber(u.leadTimeMedianDays, 1)} dagar (p85 ${formatNumber(u.leadTimeP85Days, 1)} dagar) · flödeseffektivitet ${formatPercent(u.flowEfficiency)} · slöseri ${formatPercent(u.nvaWorkShare)} av arbetad tid · kostnad ${formatSek(u.costOfWasteSek)}`
          : "inga avslutade ärenden",
      ),
      u.spcSignal ? el("span", { class: "badge risk", title: "Signal i seriediagrammet (Anhøj)" }, "signal") : null,
      " ",
      ...goals.map((g) => statusBadge(g.status)),
    );
    const goalTable = goals.length
      ? el(
          "table",
          { class: "goal-table" },
          el("thead", null, el("tr", null, ...["Mål", "Baslinje", "Nu", "Mål", "Måldatum", "Status", ""].map((h) => el("th", null, h)))),
          el(
            "tbody",
            null,
            ...goals.map((g) =>
              el(
                "tr",
                null,
                el("td", null, GOAL_METRIC_SV[g.metric] ?? g.metric),
                el("td", null, value(g.metric, g.baseline)),
                el("td", null, value(g.metric, g.current)),
                el("td", null, value(g.metric, g.target)),
                el("td", null, g.deadline),
                el("td", null, statusBadge(g.status)),
                el("td", { class: "muted" }, g.explanation),
              ),
            ),
          ),
        )
      : null;
    const details = el(
      "details",
      { class: `unit depth-${u.depth}` },
      summary,
      u.flows > 0 ? el("p", { class: "muted small" }, u.leadTimeChange) : null,
      goalTable,
      ...kids.map(node),
    );
    if (u.depth < openDepth) details.setAttribute("open", "");
    return details;
  };
  return el("div", { class: "rollup-tree" }, ...(children.get("") ?? []).map(node));
}
