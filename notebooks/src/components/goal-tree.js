// The red thread for the Förbättringsportfölj page: the goal hierarchy (regionmål → fokusområde → delmål →
// enhetsmål) as nested <details>, each goal with its status, its values and the improvements that serve it.
import { el } from "./el.js";
import { statusBadge } from "./rollup-tree.js";

const LEVEL_SV = { regionmål: "Mål i regionplanen", fokusområde: "Fokusområde", delmål: "Årligt delmål", enhetsmål: "Enhetsmål" };

/**
 * @param {object[]} rows goalTree rows of forbattringsportfolj.json (depth-first, each with `depth`)
 * @param {{formatValue: (measure: string|null, x: number|null) => string, formatPercent: Function, openDepth?: number}} fmt
 * @returns {HTMLElement}
 */
export function goalTreeView(rows, { formatValue, formatPercent, openDepth = 1 }) {
  const root = el("div", { class: "goal-tree" });
  const stack = [root];
  for (const r of rows) {
    stack.length = r.depth + 1;
    const parent = stack[r.depth] ?? root;
    const values = r.measure
      ? el(
          "span",
          { class: "muted" },
          ` · ${r.unitName ?? ""}: ${formatValue(r.measure, r.baseline)} → mål ${formatValue(r.measure, r.target)}, nu ${formatValue(r.measure, r.current)}`,
        )
      : null;
    const rolled = r.rolled
      ? el(
          "span",
          { class: "muted" },
          ` · under: ${Object.entries(r.rolled.counts)
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${n} ${s}`)
            .join(", ")}`,
        )
      : null;
    const progress =
      r.progress === null ? null : el("span", { class: "muted" }, ` · ${formatPercent(Math.max(0, Math.min(1, r.progress)), 0)} av vägen`);
    const summary = el(
      "summary",
      null,
      el("span", { class: "goal-level" }, LEVEL_SV[r.level] ?? r.level),
      " ",
      el("strong", null, r.title),
      " ",
      statusBadge(r.status),
      progress,
      values,
      rolled,
    );
    const details = el("details", r.depth < openDepth ? { open: "" } : null, summary);
    if (r.improvements.length) {
      details.append(
        el(
          "ul",
          { class: "goal-improvements" },
          r.improvements.map((i) => el("li", null, `${i.title} — ${i.unit} (${i.status})`)),
        ),
      );
    }
    parent.append(details);
    stack[r.depth + 1] = details;
  }
  return root;
}
