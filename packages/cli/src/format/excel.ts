import type { Cell, Table } from "./csv.js";

/** How a column is shown to an Excel user. */
type Kind = "text" | "time" | "days" | "hours" | "percent" | "count" | "basis";

interface Column {
  header: string;
  kind: Kind;
}

const DIST_SV: Readonly<Record<string, string>> = { median: "median", p85: "p85", mean: "medel", min: "min", max: "max" };

/** Swedish header and display kind per field of the metrics tables (`flowsTable`, `stepsTable`, `handoffsTable`). */
const COLUMNS: Readonly<Record<string, Column>> = {
  flow: { header: "Ärende", kind: "text" },
  startMs: { header: "Start", kind: "time" },
  endMs: { header: "Slut", kind: "time" },
  leadTimeMs: { header: "Ledtid (dagar)", kind: "days" },
  vaMs: { header: "Värdeskapande tid (timmar)", kind: "hours" },
  nnvaMs: { header: "Nödvändig tid (timmar)", kind: "hours" },
  nvaMs: { header: "Slöseri inkl. väntan (dagar)", kind: "days" },
  waitMs: { header: "Väntan (dagar)", kind: "days" },
  touchTimeMs: { header: "Arbetad tid (timmar)", kind: "hours" },
  flowEfficiency: { header: "Flödeseffektivitet (%)", kind: "percent" },
  observations: { header: "Observationer", kind: "count" },
  nvaWorkMs: { header: "Slöseri i arbete (timmar)", kind: "hours" },
  reworkCount: { header: "Omarbeten", kind: "count" },
  reworkMs: { header: "Tid i omarbete (timmar)", kind: "hours" },
  assumedStarts: { header: "Antagna starttider", kind: "count" },
  basis: { header: "Tidsbas", kind: "basis" },
  step: { header: "Steg", kind: "text" },
  category: { header: "Kategori", kind: "text" },
  n: { header: "Antal", kind: "count" },
  flows: { header: "Ärenden", kind: "count" },
  shareOfFlows: { header: "Andel av ärendena (%)", kind: "percent" },
  reworkRate: { header: "Andel med omarbete (%)", kind: "percent" },
  from: { header: "Från", kind: "text" },
  to: { header: "Till", kind: "text" },
  totalWaitMs: { header: "Total väntan (dagar)", kind: "days" },
  durationMs: { header: "Arbetstid", kind: "hours" },
  waitBeforeMs: { header: "Väntan före", kind: "days" },
  waitMsDist: { header: "Väntan", kind: "days" },
};

function columnOf(field: string): Column {
  const [name, stat] = field.split(".");
  if (stat !== undefined) {
    const base = name === "waitMs" ? COLUMNS.waitMsDist! : COLUMNS[name!];
    if (base) return { header: `${base.header}, ${DIST_SV[stat] ?? stat} (${base.kind === "days" ? "dagar" : "timmar"})`, kind: base.kind };
  }
  return COLUMNS[field] ?? { header: field, kind: "text" };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Options of {@link excelTable}. */
export interface ExcelOptions {
  /** Zone the start and end times are written in. __Default value:__ `"Europe/Stockholm"` */
  tz?: string;
}

/**
 * A metrics table as a Swedish Excel user reads it: Swedish headers with the unit in each, start and end as local
 * date-times (`2025-03-14 08:30`), durations in hours or days and shares in % rounded to at most 2 decimals (Excel
 * sums and averages them as numbers), and the time basis in words. Write it with `toCsv(…, CSV_EXCEL)`.
 *
 * @example
 * toCsv(excelTable(flowsTable(analysis)), CSV_EXCEL) // → "\uFEFFÄrende;Start;Slut;Ledtid (dagar);…\r\nR-001;2025-03-14 08:13;…"
 */
export function excelTable(table: Table, options: ExcelOptions = {}): Table {
  const time = new Intl.DateTimeFormat("sv-SE", {
    timeZone: options.tz ?? "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const columns = table.header.map(columnOf);
  const cell = (value: Cell, col: Column): Cell => {
    if (value === null || (typeof value === "number" && !Number.isFinite(value))) return null;
    if (typeof value !== "number")
      return col.kind === "basis" ? (value === "working" ? "arbetstid" : value === "calendar" ? "kalendertid" : value) : value;
    switch (col.kind) {
      case "time":
        return time.format(value);
      case "days":
        return round2(value / 86_400_000);
      case "hours":
        return round2(value / 3_600_000);
      case "percent":
        return round2(value * 100);
      default:
        return value;
    }
  };
  return { header: columns.map((c) => c.header), rows: table.rows.map((r) => r.map((v, i) => cell(v, columns[i]!))) };
}
