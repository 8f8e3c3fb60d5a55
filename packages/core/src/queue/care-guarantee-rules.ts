import { numberOf, readTableRecords, requireColumns, text } from "../io/table-records.js";
import type { Msg } from "../messages/msg.js";
import { queueMessage } from "../messages/queue.js";
import type { IssueCode, QualityIssue } from "../model/quality.js";

/** How the days of a care-guarantee limit are counted. */
export type DayCount = "calendar" | "working";

/**
 * One rule of the care guarantee (vårdgaranti): from the first from-step, the first to-step after it must come
 * within `limitDays` days.
 */
export interface CareGuaranteeRule {
  /** Short id, e.g. "90-besök". */
  id: string;
  /** Swedish name, e.g. "Besök i specialiserad vård inom 90 dagar". */
  name: string;
  /** Step ids or names that start the clock (any of them; the first reached counts). */
  from: string[];
  /** Step ids or names that stop it (the first one after the from-step). */
  to: string[];
  /** Days allowed; 0 = the same day. */
  limitDays: number;
  /**
   * `calendar`: difference of local dates (the same day = 0). `working`: working days after the from-date up to and
   * including the to-date, by a working-time calendar (weekends and Swedish public holidays closed).
   */
  days: DayCount;
  /** Only flows of these processes (ids or names); absent = every process with the steps. */
  processes?: string[];
  description?: string;
  /** Where the rule comes from (law, regional decision). */
  source?: string;
}

const LAW = "Hälso- och sjukvårdslagen (2017:30) 9 kap. 1 § och hälso- och sjukvårdsförordningen (2017:80) 6 kap. 1 §";

/** A rule of the law (calendar days). */
const lawRule = (id: string, name: string, from: string[], to: string[], limitDays: number): CareGuaranteeRule => ({
  id,
  name,
  from,
  to,
  limitDays,
  days: "calendar",
  source: LAW,
});

/**
 * The Swedish care guarantee 0-3-90-90 with common step names: contact with primary care the same day, a medical
 * assessment within 3 days, a first visit in specialised care within 90 days of the referral, and treatment within
 * 90 days of the decision. All in calendar days. Step names differ between organisations: give your own rules
 * file (see {@link parseCareGuaranteeRules}) when yours are named otherwise.
 * @example SWEDISH_CARE_GUARANTEE.map((r) => r.limitDays) // → [0, 3, 90, 90]
 */
export const SWEDISH_CARE_GUARANTEE: readonly CareGuaranteeRule[] = Object.freeze([
  lawRule(
    "0-kontakt",
    "Kontakt med primärvården samma dag",
    ["Kontakt via 1177", "Kontakt"],
    ["Triagering", "Rådgivning", "Återuppringning"],
    0,
  ),
  lawRule(
    "3-bedömning",
    "Medicinsk bedömning i primärvården inom 3 dagar",
    ["Kontakt via 1177", "Kontakt"],
    ["Besök", "Medicinsk bedömning"],
    3,
  ),
  lawRule(
    "90-besök",
    "Besök i specialiserad vård inom 90 dagar",
    ["Remiss inkommer", "Egenremiss inkommer"],
    ["Besök", "Första besök", "Bedömningssamtal"],
    90,
  ),
  lawRule(
    "90-behandling",
    "Behandling inom 90 dagar efter beslut",
    ["Beslut", "Behandlingsbeslut", "Behandlingsplan"],
    ["Åtgärd", "Behandling", "Behandlingsstart", "Operation"],
    90,
  ),
]);

const RULE_COLUMNS = {
  id: ["regel", "id", "rule"],
  name: ["namn", "name", "benämning"],
  from: ["från_steg", "från steg", "frånsteg", "från", "from", "fromstep"],
  to: ["till_steg", "till steg", "tillsteg", "till", "to", "tostep"],
  limit: ["gräns_dagar", "gräns dagar", "gränsdagar", "gräns", "limitdays", "limit"],
  days: ["dagtyp", "dagar_typ", "daytype", "days"],
  processes: ["processer", "process", "processes"],
  description: ["beskrivning", "description"],
  source: ["källa", "kalla", "source"],
} as const;

const CALENDAR_WORDS = new Set(["", "kalenderdagar", "kalenderdag", "kalender", "dagar", "calendar", "calendar days"]);
const WORKING_WORDS = new Set(["arbetsdagar", "arbetsdag", "vardagar", "vardag", "working", "working days", "workdays"]);

/** Steps written as a list (`a|b`, or a JSON array). */
function stepList(v: unknown): string[] {
  const parts = Array.isArray(v) ? v.map(text) : text(v).split("|");
  return parts.map((s) => s.trim()).filter((s) => s !== "");
}

/**
 * Reads care-guarantee rules: CSV `regel;namn;från_steg;till_steg;gräns_dagar;dagtyp[;processer;beskrivning;källa]`
 * (steps as `Besök|Första besök`; dagtyp `kalenderdagar` (default) or `arbetsdagar`; English names
 * `rule,name,from,to,limit,days,processes` also accepted) or JSON (a list of {@link CareGuaranteeRule}-like objects).
 * Bad rows are left out with an issue naming file, row and column.
 *
 * @example
 * parseCareGuaranteeRules("regel;namn;från_steg;till_steg;gräns_dagar;dagtyp\n90;Besök;Remiss inkommer;Besök|Första besök;90;kalenderdagar\n").rules[0].to
 * // ["Besök", "Första besök"]
 */
export function parseCareGuaranteeRules(
  source: string,
  options: { format?: "json" | "csv"; file?: string } = {},
): { rules: CareGuaranteeRule[]; issues: QualityIssue[] } {
  const src = readTableRecords(source, options);
  const cols = requireColumns(src, RULE_COLUMNS, ["id", "from", "to", "limit"], options.file);
  const rules: CareGuaranteeRule[] = [];
  const seen = new Set<string>();
  for (const rec of src.records) {
    const get = (c: string | undefined): unknown => (c === undefined ? undefined : rec.get(c));
    const id = text(get(cols.id));
    const from = stepList(get(cols.from));
    const to = stepList(get(cols.to));
    const limitRaw = text(get(cols.limit));
    const limit = numberOf(get(cols.limit));
    const daysRaw = text(get(cols.days)).toLowerCase();
    let ok = true;
    const bad = (column: string, msg: Msg<IssueCode>, value?: string) => {
      src.sink.add("error", rec.row, column, msg, value !== undefined ? { value } : {});
      ok = false;
    };
    if (id === "") bad(cols.id ?? "regel", queueMessage.ruleMissing("MISSING_FLOW", cols.id ?? "regel"));
    else if (seen.has(id)) bad(cols.id ?? "regel", queueMessage.ruleDuplicate(id), id);
    if (from.length === 0) bad(cols.from ?? "från_steg", queueMessage.ruleMissing("MISSING_STEP", cols.from ?? "från_steg"));
    if (to.length === 0) bad(cols.to ?? "till_steg", queueMessage.ruleMissing("MISSING_STEP", cols.to ?? "till_steg"));
    if (limit === null || limit < 0 || !Number.isInteger(limit))
      bad(cols.limit ?? "gräns_dagar", queueMessage.ruleBadLimit(limitRaw), limitRaw);
    const days: DayCount | null = CALENDAR_WORDS.has(daysRaw) ? "calendar" : WORKING_WORDS.has(daysRaw) ? "working" : null;
    if (days === null) bad(cols.days ?? "dagtyp", queueMessage.ruleBadDayType(daysRaw), daysRaw);
    if (!ok || days === null || limit === null) continue;
    seen.add(id);
    const rule: CareGuaranteeRule = { id, name: text(get(cols.name)) || id, from, to, limitDays: limit, days };
    const processes = stepList(get(cols.processes));
    if (processes.length > 0) rule.processes = processes;
    const description = text(get(cols.description));
    if (description !== "") rule.description = description;
    const src_ = text(get(cols.source));
    if (src_ !== "") rule.source = src_;
    rules.push(rule);
  }
  return { rules, issues: src.sink.issues };
}
