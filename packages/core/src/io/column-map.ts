import type { ColumnMapping } from "./import-types.js";

/** A column name reduced for matching: lower case, trimmed, without `_`, spaces, `-` and `.`. */
export function normaliseColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

/**
 * Known column names per field, best first (already normalised). Swedish, English and XES/pm4py names
 * as found in Swedish healthcare exports and public process-mining logs (BPI Challenge, Sepsis,
 * Hospital Billing, Disco/ProM CSV exports).
 */
export const COLUMN_SYNONYMS: Readonly<Record<keyof ColumnMapping, readonly string[]>> = {
  flow: [
    "case:concept:name",
    "caseid",
    "case",
    "casenumber",
    "flöde",
    "flode",
    "flödesid",
    "flodesid",
    "flow",
    "flowid",
    "ärende",
    "arende",
    "ärendeid",
    "arendeid",
    "ärendenummer",
    "ärendenr",
    "patient",
    "patientid",
    "remiss",
    "remissid",
    "vårdkontakt",
    "vårdkontaktid",
    "kontakt",
    "kontaktid",
    "traceid",
    "trace",
    "tracename",
    "fall",
    "caseconceptname",
  ],
  step: [
    "concept:name",
    "activity",
    "activityname",
    "activityid",
    "steg",
    "stegnamn",
    "aktivitet",
    "aktivitetsnamn",
    "processteg",
    "step",
    "stepname",
    "task",
    "taskname",
    "händelse",
    "handelse",
    "event",
    "eventname",
    "moment",
    "action",
    "åtgärd",
    "atgard",
  ],
  start: [
    "start",
    "starttid",
    "starttidpunkt",
    "startdatum",
    "starttimestamp",
    "starttime",
    "startdate",
    "startdatetime",
    "startedat",
    "startat",
    "begin",
    "begintime",
    "påbörjad",
    "paborjad",
    "från",
    "fran",
    "timestart",
  ],
  end: [
    "slut",
    "sluttid",
    "sluttidpunkt",
    "slutdatum",
    "end",
    "endtime",
    "endtimestamp",
    "enddate",
    "enddatetime",
    "completetimestamp",
    "completetime",
    "completedat",
    "endedat",
    "finish",
    "finishtime",
    "stopp",
    "stop",
    "klar",
    "avslutad",
    "till",
    "timeend",
  ],
  time: [
    "time:timestamp",
    "timestamp",
    "tid",
    "tidpunkt",
    "tidsstämpel",
    "tidsstampel",
    "datumtid",
    "datum",
    "date",
    "time",
    "datetime",
    "eventtime",
    "eventtimestamp",
    "timetimestamp",
  ],
  lifecycle: [
    "lifecycle:transition",
    "lifecycle",
    "transition",
    "lifecycletransition",
    "livscykel",
    "eventtype",
    "händelsetyp",
    "handelsetyp",
  ],
  unit: [
    "enhet",
    "unit",
    "unitid",
    "vårdenhet",
    "vardenhet",
    "avdelning",
    "department",
    "org:group",
    "orggroup",
    "klinik",
    "clinic",
    "mottagning",
    "verksamhet",
    "ward",
  ],
  role: ["roll", "role", "org:role", "orgrole", "yrkesroll", "yrke", "yrkeskategori", "befattning", "profession"],
  resource: [
    "org:resource",
    "resource",
    "resurs",
    "orgresource",
    "utförare",
    "utforare",
    "user",
    "performer",
    "staff",
    "personal",
    "medarbetare",
    "handläggare",
    "handlaggare",
    "executor",
  ],
  category: ["kategori", "category", "värdeklass", "vardeklass", "valueclass", "vaklass"],
  process: ["process", "case:process", "processnamn", "processid", "processname", "flödestyp", "flodestyp", "processtyp", "flowtype"],
};

const FIELDS = Object.keys(COLUMN_SYNONYMS) as (keyof ColumnMapping)[];

/** Result of mapping: the chosen column index per field (absent when unmapped). */
export type ColumnIndexes = Partial<Record<keyof ColumnMapping, number>>;

/**
 * Maps columns to fields by name: explicit `given` names first (an empty string switches a field off),
 * then the best-ranked synonym among the remaining columns. A column feeds at most one field. When only
 * start (no end) and a timestamp column exist, the timestamp is the end (pm4py's interval layout).
 *
 * @returns indexes per field, or the field whose given column does not exist.
 */
export function mapColumns(
  columns: readonly string[],
  given: Partial<ColumnMapping> = {},
): { indexes: ColumnIndexes; missing?: { field: keyof ColumnMapping; column: string } } {
  const norm = columns.map(normaliseColumnName);
  const used = new Set<number>();
  const indexes: ColumnIndexes = {};
  for (const field of FIELDS) {
    const name = given[field];
    if (name === undefined || name === "") continue;
    const exact = columns.findIndex((c) => c.trim() === name.trim());
    const idx = exact >= 0 ? exact : norm.indexOf(normaliseColumnName(name));
    if (idx < 0) return { indexes, missing: { field, column: name } };
    indexes[field] = idx;
    used.add(idx);
  }
  for (const field of FIELDS) {
    if (given[field] !== undefined) continue;
    let best = -1;
    let bestRank = Infinity;
    norm.forEach((n, i) => {
      if (used.has(i)) return;
      const rank = COLUMN_SYNONYMS[field].indexOf(n);
      if (rank >= 0 && rank < bestRank) {
        best = i;
        bestRank = rank;
      }
    });
    if (best >= 0) {
      indexes[field] = best;
      used.add(best);
    }
  }
  if (indexes.start !== undefined && indexes.end === undefined && indexes.time !== undefined && given.time === undefined) {
    indexes.end = indexes.time;
    delete indexes.time;
  }
  return { indexes };
}
