import { numberOf, readTableRecords, requireColumns, text } from "../io/table-records.js";
import { queueMessage } from "../messages/queue.js";
import type { QualityIssue } from "../model/quality.js";
import { parseIsoDate } from "../time/civil-date.js";

/**
 * Money set aside for bringing a unit's backlog of postponed care (förskjuten vård) down, with the backlog it aims
 * for by a date.
 */
export interface BacklogAllocation {
  unit: string;
  /** Allocation in SEK. */
  amountSek: number;
  /** First day of the effort, "YYYY-MM-DD" (local). */
  from: string;
  /** Target date, "YYYY-MM-DD" (local): the backlog should be `targetBacklog` at its end. */
  to: string;
  /** Open flows the unit aims to have at the target date. */
  targetBacklog: number;
  description?: string;
  source?: string;
}

const COLUMNS = {
  unit: ["enhet", "unit", "verksamhet"],
  amount: ["tilldelning_kr", "tilldelning", "belopp_kr", "belopp", "amountsek", "amount"],
  from: ["från", "startdatum", "from"],
  to: ["till", "måldatum", "to"],
  target: ["målkö", "mål_kö", "målantal", "targetbacklog", "target"],
  description: ["beskrivning", "description"],
  source: ["källa", "kalla", "source"],
} as const;

/**
 * Reads allocations for postponed care: CSV `enhet;tilldelning_kr;från;till;målkö[;beskrivning;källa]` (amounts with
 * space thousands separators and decimal comma accepted; English `unit,amount,from,to,target` too) or JSON (a list of
 * {@link BacklogAllocation}). Bad rows are left out with an issue naming file, row and column.
 *
 * @example
 * parseBacklogAllocations("enhet;tilldelning_kr;från;till;målkö\nu1;2 500 000;2025-10-01;2026-06-30;40\n").allocations[0].amountSek // → 2500000
 */
export function parseBacklogAllocations(
  source: string,
  options: { format?: "json" | "csv"; file?: string } = {},
): { allocations: BacklogAllocation[]; issues: QualityIssue[] } {
  const src = readTableRecords(source, options);
  const cols = requireColumns(src, COLUMNS, ["unit", "amount", "from", "to", "target"], options.file);
  const allocations: BacklogAllocation[] = [];
  for (const rec of src.records) {
    const get = (c: string | undefined): unknown => (c === undefined ? undefined : rec.get(c));
    const unit = text(get(cols.unit));
    let ok = true;
    if (unit === "") {
      src.sink.add("error", rec.row, cols.unit ?? "enhet", queueMessage.ruleMissing("MISSING_FLOW", cols.unit ?? "enhet"));
      ok = false;
    }
    const num = (c: string | undefined, name: string): number | null => {
      const v = numberOf(get(c));
      if (v === null || v < 0) {
        src.sink.add("error", rec.row, c ?? name, queueMessage.badAmount(text(get(c))), { value: text(get(c)) });
        ok = false;
      }
      return v;
    };
    const amountSek = num(cols.amount, "tilldelning_kr");
    const targetBacklog = num(cols.target, "målkö");
    const date = (c: string | undefined, name: string): string => {
      const v = text(get(c));
      if (parseIsoDate(v) === null) {
        src.sink.add("error", rec.row, c ?? name, queueMessage.badDate(v), { value: v });
        ok = false;
      }
      return v;
    };
    const from = date(cols.from, "från");
    const to = date(cols.to, "till");
    if (ok && parseIsoDate(to)! <= parseIsoDate(from)!) {
      src.sink.add("error", rec.row, cols.to ?? "till", queueMessage.badPeriod(from, to), { value: to });
      ok = false;
    }
    if (!ok || amountSek === null || targetBacklog === null) continue;
    const a: BacklogAllocation = { unit, amountSek, from, to, targetBacklog };
    const description = text(get(cols.description));
    if (description !== "") a.description = description;
    const src_ = text(get(cols.source));
    if (src_ !== "") a.source = src_;
    allocations.push(a);
  }
  return { allocations, issues: src.sink.issues };
}
