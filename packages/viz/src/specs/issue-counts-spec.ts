import type { TopLevelSpec } from "vega-lite";
import { formatNumber } from "../format.js";
import { CHART_TEXT_SV as T } from "../messages/charts.js";
import { QUALITY_COLOR } from "../theme.js";
import { THEME_COLORS } from "../vega/config.js";
import { countBarLayers, type SpecOptions, specFrame } from "../vega/spec-options.js";

/** How many issues of one code an import found (a `QualityFileReport`'s `counts` fit). */
export interface IssueCountRow {
  code: string;
  /** `"error"` (the row is rejected) or `"warning"` (the row is kept). */
  severity: string;
  n: number;
}

/**
 * *Antal per kod* (Datakvalitet): one bar per issue code, in input order (most frequent first when the rows come
 * from `qualityFileReport`), errors in the vermillion of rejected rows and warnings in the orange of kept rows,
 * each labelled with its count; the legend says what each severity does to the row. The axis counts in whole
 * numbers with a space as thousands separator.
 * __Default height:__ 24 px per code.
 * @example
 * const spec = issueCountsSpec([{ code: "badTime", severity: "error", n: 4 }, { code: "dstGap", severity: "warning", n: 1 }]);
 * spec.description // → "Liggande staplar med antal problem per kod: badTime 4 (fel (raden avvisas)); dstGap 1 (varning (raden behålls))."
 */
export function issueCountsSpec(counts: readonly IssueCountRow[], options: SpecOptions = {}): TopLevelSpec {
  const c = THEME_COLORS[options.theme ?? "light"];
  const severityLabel = (s: string) => (s === "error" ? T.severityError : T.severityWarning);
  const values = counts.map((r) => ({ code: r.code, severity: severityLabel(r.severity), n: r.n, label: formatNumber(r.n, 0) }));
  const severities = [T.severityError, T.severityWarning];
  const description = `Liggande staplar med antal problem per kod: ${values.map((v) => `${v.code} ${v.label} (${v.severity})`).join("; ")}.`;
  const y = { field: "code", type: "nominal" as const, sort: counts.map((r) => r.code), title: null, axis: { labelLimit: 220 } };
  const x = { field: "n", type: "quantitative" as const, title: T.issueCount, axis: { format: ",d", tickMinStep: 1 } };
  return {
    ...specFrame("issueCountsSpec", options, { title: T.issueCountsTitle, description, height: 24 * Math.max(1, counts.length) }),
    data: { values },
    layer: countBarLayers(
      { y, x },
      [
        ["code", T.issueCode],
        ["severity", T.severity],
        ["label", T.issueCount],
      ],
      c.text,
      {
        field: "severity",
        type: "nominal",
        title: T.severity,
        sort: severities,
        scale: { domain: severities, range: [QUALITY_COLOR.rejected, QUALITY_COLOR.warning] },
      },
    ),
  } as TopLevelSpec;
}
