// "Var börjar vi?" per unit: the biggest wait (handoff, days, share of lead time) and the most costly waste, with a
// link to the Flöde page filtered to the unit and process. The numbers come from data/oversikt.json.
import { formatDuration, formatNumber, formatPercent, formatSek } from "@flodes/viz";
import { el } from "./el.js";

/**
 * @param {{id: string, unit: string}} unit
 * @param {{wait: object|null, cost: object|null, process: string|null}|null} start
 * @param {string} periodId the page's period, carried to Flöde
 * @returns {HTMLElement}
 */
export function whereToStart(unit, start, periodId) {
  if (!start) return el("li", null, el("strong", null, unit.unit), " — inga avslutade ärenden under perioden.");
  const href = `./flode.html?enhet=${encodeURIComponent(unit.id)}${start.process ? `&process=${encodeURIComponent(start.process)}` : ""}&period=${encodeURIComponent(periodId)}`;
  const w = start.wait;
  const c = start.cost;
  return el(
    "li",
    { class: "where-to-start" },
    el("strong", null, unit.unit),
    " — var börjar vi? ",
    w
      ? el(
          "span",
          null,
          "Längsta väntan ",
          el("em", null, `${w.from} → ${w.to}`),
          `: median ${formatDuration(w.medianMs, "dagar")}, ${formatPercent(w.shareOfLeadTime)} av enhetens ledtid (${formatNumber(w.n, 0)} ärenden). `,
        )
      : null,
    c
      ? el("span", null, "Dyraste slöseriet ", el("em", null, c.step), `: ${formatSek(c.sek)} (${formatNumber(c.hours, 0)} timmar). `)
      : null,
    el("a", { href }, "Se flödet →"),
  );
}
