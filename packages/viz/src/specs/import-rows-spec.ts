import type { TopLevelSpec } from "vega-lite";
import { formatNumber } from "../format.js";
import { CHART_TEXT_SV as T } from "../messages/charts.js";
import { QUALITY_COLOR } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { countBarLayers, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** One imported file's row accounting (a `QualityFileReport` from `@flodes/viz/pages` fits). */
export interface ImportRowsRow {
  /** File name as shown (no folders). */
  name: string;
  accepted: number;
  rejected: number;
}

/** Powers of ten the log axis is labelled at; the axis stops at the first one above the largest file. */
const LOG_TICKS = [0, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/**
 * *Rader per fil: godtagna och avvisade* (Datakvalitet): per file two bars, accepted rows in the VA blue and rejected
 * rows in the NVA vermillion, each labelled with its count in Swedish format. The axis is symmetric-logarithmic
 * (zero stays at zero) so a file of 40 000 accepted rows and 3 rejected ones reads on one chart; it is labelled at
 * the powers of ten.
 * __Default height:__ 44 px per file.
 * @example
 * const spec = importRowsSpec([{ name: "syntetisk-handelser.csv", accepted: 41_250, rejected: 0 }, { name: "rörig.csv", accepted: 17, rejected: 6 }]);
 * spec.title // → { text: "Rader per fil: godtagna och avvisade", subtitle: ["Logaritmisk skala, så att både tusentals godtagna och enstaka avvisade rader syns"] }
 */
export function importRowsSpec(files: readonly ImportRowsRow[], options: SpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const statuses = [T.accepted, T.rejected];
  const values = files.flatMap((f) =>
    [f.accepted, f.rejected].map((n, i) => ({ file: f.name, status: statuses[i], n, label: formatNumber(n, 0) })),
  );
  const max = Math.max(1, ...values.map((v) => v.n));
  const ticks = LOG_TICKS.filter((t) => t <= 10 * max);
  const description =
    `Liggande staplar med godtagna och avvisade rader per fil, logaritmisk skala: ` +
    files.map((f) => `${f.name}: ${formatNumber(f.accepted, 0)} godtagna, ${formatNumber(f.rejected, 0)} avvisade`).join("; ") +
    ".";
  const y = { field: "file", type: "nominal" as const, sort: files.map((f) => f.name), title: null, axis: { labelLimit: 260 } };
  const x = {
    field: "n",
    type: "quantitative" as const,
    title: T.importRowsAxis,
    scale: { type: "symlog" as const, domain: [0, ticks[ticks.length - 1] ?? max] },
    axis: { values: ticks, format: ",d", grid: true },
  };
  const yOffset = { field: "status", sort: statuses };
  return {
    ...specFrame("importRowsSpec", options, {
      title: T.importRowsTitle,
      subtitle: [T.importRowsSubtitle],
      description,
      height: 44 * Math.max(1, files.length),
    }),
    data: { values },
    layer: countBarLayers(
      { y, yOffset, x },
      [
        ["file", T.file],
        ["status", T.rowStatus],
        ["label", T.rows],
      ],
      c.text,
      {
        field: "status",
        type: "nominal",
        title: T.rowStatus,
        sort: statuses,
        scale: { domain: statuses, range: [QUALITY_COLOR.accepted, QUALITY_COLOR.rejected] },
      },
    ),
  } as TopLevelSpec;
}
