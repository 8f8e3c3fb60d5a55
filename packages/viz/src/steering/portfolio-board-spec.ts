import { IMPROVEMENT_STATUSES, type StatusBoardRow } from "@flodes/core";
import type { TopLevelSpec } from "vega-lite";
import { STEERING_TEXT_SV as T } from "../messages/steering-text.js";
import { THEME_COLORS } from "../vega/config.js";
import { fieldTitles, type SpecOptions, specFrame } from "../vega/spec-options.js";
import { STATUS_COLORS } from "./steering-style.js";

/** Options of {@link portfolioBoardSpec}. */
export interface PortfolioBoardSpecOptions extends SpecOptions {
  /** Display name per unit id. __Default value:__ the id. */
  unitNames?: Readonly<Record<string, string>>;
  /** Title per improvement id, listed in the cell's tooltip. __Default value:__ the ids. */
  titles?: Readonly<Record<string, string>>;
}

/**
 * The status board of the improvement portfolio: one row per unit, one column per status in the order work moves
 * (idé → planerad → pågår → klar → uppföljd), each cell with the number of improvements (titles in the tooltip), and
 * the unit's support requests in its label ("· 2 ber om stöd"). __Default height:__ 34 px per unit.
 *
 * @example
 * const p = improvementPortfolio(pilotLog, improvements);
 * const spec = portfolioBoardSpec(p.board, { unitNames: { tandvard: "Tandvård" } });
 * spec.$schema // → "https://vega.github.io/schema/vega-lite/v6.json"
 */
export function portfolioBoardSpec(board: readonly StatusBoardRow[], options: PortfolioBoardSpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const unitLabel = (r: StatusBoardRow) =>
    `${options.unitNames?.[r.unit] ?? r.unit}${r.supportRequests > 0 ? ` · ${r.supportRequests} ber om stöd` : ""}`;
  const values = board.flatMap((r) =>
    IMPROVEMENT_STATUSES.map((status) => {
      const ids = r.byStatus[status] ?? [];
      return {
        unit: unitLabel(r),
        status,
        count: ids.length,
        countLabel: ids.length > 0 ? String(ids.length) : "",
        titles: ids.map((id) => options.titles?.[id] ?? id).join(" · ") || "–",
        dark: status === "klar" || status === "uppföljd" || status === "pågår",
      };
    }),
  );
  const total = values.reduce((s, v) => s + v.count, 0);
  const description =
    `Statustavla med ${total} förbättringar i ${board.length} enheter. ` +
    IMPROVEMENT_STATUSES.map((s) => `${s}: ${values.filter((v) => v.status === s).reduce((a, v) => a + v.count, 0)}`).join(", ") +
    ".";
  const x = {
    field: "status",
    type: "ordinal" as const,
    sort: [...IMPROVEMENT_STATUSES],
    title: T.status,
    axis: { orient: "top" as const, labelAngle: 0 },
  };
  const y = { field: "unit", type: "nominal" as const, sort: board.map(unitLabel), title: null, axis: { labelLimit: 280 } };
  return {
    ...specFrame("portfolioBoardSpec", options, { title: T.statusTitle, description, height: 34 * Math.max(1, board.length) }),
    data: { values },
    encoding: { x, y },
    layer: [
      {
        mark: { type: "rect", stroke: c.grid, strokeWidth: 1, cornerRadius: 3 },
        encoding: {
          color: {
            field: "status",
            type: "ordinal",
            sort: [...IMPROVEMENT_STATUSES],
            title: T.status,
            scale: { domain: [...IMPROVEMENT_STATUSES], range: IMPROVEMENT_STATUSES.map((s) => STATUS_COLORS[s]!) },
            legend: null,
          },
          opacity: { condition: { test: "datum.count > 0", value: 1 }, value: 0.12 },
          tooltip: fieldTitles([
            ["unit", T.unit],
            ["status", T.status],
            ["count", T.count],
            ["titles", T.improvements],
          ]),
        },
      },
      {
        mark: { type: "text", fontSize: 13, fontWeight: "bold" },
        encoding: { text: { field: "countLabel" }, color: { condition: { test: "datum.dark", value: "#ffffff" }, value: "#08306b" } },
      },
    ],
  } as TopLevelSpec;
}
