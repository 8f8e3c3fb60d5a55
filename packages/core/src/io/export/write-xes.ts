import { flowIndexOf } from "../../log/flow-index.js";
import { CATEGORY_BY_CODE } from "../../model/category.js";
import type { EventLog } from "../../model/event-log.js";
import { type ByteOutput, TextOutput } from "./byte-output.js";
import { IsoTimeFormatter } from "./iso-time.js";

/** Options of {@link writeXes}. */
export interface WriteXesOptions {
  /** Zone whose offset the timestamps carry (the instant is exact either way). __Default:__ `"Europe/Stockholm"`. */
  tz?: string;
  /** The log's `concept:name`. __Default:__ `"flodes"`. */
  name?: string;
}

/** Keys written by the writer itself; an attribute column of the same name is not written again. */
const RESERVED = new Set(["concept:name", "time:timestamp", "lifecycle:transition", "org:resource", "org:role", "org:group", "category"]);

/** Characters XML 1.0 cannot hold at all (not even as references) become U+FFFD. */
// eslint-disable-next-line no-control-regex
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"\t\n\r]/g;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * A value for an XML attribute in double quotes: `& < > "` escaped, tab and line breaks as character references
 * (so attribute-value normalisation keeps them), characters XML 1.0 forbids replaced by U+FFFD.
 *
 * @example
 * xmlAttr('Bedömning & "prio"\n') // → "Bedömning &amp; &quot;prio&quot;&#10;"
 */
export function xmlAttr(s: string): string {
  let t = s;
  INVALID.lastIndex = 0;
  if (INVALID.test(t)) t = t.replace(INVALID, "\uFFFD");
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(t) ? t.replace(SPECIAL, (c) => ESCAPES[c]) : t;
}

const str = (key: string, value: string): string => `<string key="${xmlAttr(key)}" value="${xmlAttr(value)}"/>`;

/**
 * Writes an {@link EventLog} as XES (IEEE 1849-2016), streamed in chunks: one `<trace>` per flow (its id as
 * `concept:name`, its process as `process`, and the log's `case:`-prefixed attribute columns that hold one value
 * per flow as trace attributes, without the prefix), and per observation either a `start`/`complete` pair of
 * events (an interval) or one `complete` (an instant, or an observation whose start was assumed from a standard
 * duration — the source had only its end). Events carry `concept:name` (the step), `time:timestamp` (ISO 8601
 * with the zone's offset, exact to the millisecond), `lifecycle:transition`, `org:resource`, `org:role`,
 * `org:group` (the unit), `category` (VA/NNVA/NVA, unless it was assumed) and the other attribute columns.
 * Events of a trace are in time order. The Concept, Time, Lifecycle and Organizational extensions are declared,
 * with globals and the usual classifiers, so standard XES readers (ProM, pm4py) read it; it round-trips through
 * `importXes`.
 *
 * Limit: when one flow has two overlapping intervals of the same step, a reader pairing start and complete by
 * step (as ours and pm4py's do) may pair them crosswise; the union of time is the same.
 *
 * @example
 * const { out, bytes } = collectBytes();
 * await writeXes(result.log, out);
 * new TextDecoder().decode(bytes()).includes("<trace>") // → true
 */
export async function writeXes(log: EventLog, out: ByteOutput, options: WriteXesOptions = {}): Promise<void> {
  const t = new TextOutput(out);
  const iso = new IsoTimeFormatter(options.tz ?? "Europe/Stockholm");
  const { order, offsets } = flowIndexOf(log);
  const nFlows = log.flowIds.length;
  const ac = log.assumedCategory;
  const as = log.assumedStart;

  // case:X attributes holding one value per flow become trace attributes X; the rest stay on the events.
  const traceAttrs: { key: string; codes: Int32Array; values: readonly string[] }[] = [];
  const eventAttrs: { key: string; codes: Int32Array; values: readonly string[] }[] = [];
  for (const a of log.attributes) {
    if (a.name.startsWith("case:") && a.name.length > 5 && perFlow(a.codes, order, offsets, nFlows))
      traceAttrs.push({ key: a.name.slice(5), codes: a.codes, values: a.values });
    else if (!RESERVED.has(a.name)) eventAttrs.push({ key: a.name, codes: a.codes, values: a.values });
  }

  await t.write(
    '<?xml version="1.0" encoding="UTF-8" ?>\n' +
      '<log xes.version="1849-2016" xes.features="" xmlns="http://www.xes-standard.org/">\n' +
      '\t<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>\n' +
      '\t<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>\n' +
      '\t<extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>\n' +
      '\t<extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>\n' +
      '\t<global scope="trace">\n\t\t<string key="concept:name" value="__INVALID__"/>\n\t</global>\n' +
      '\t<global scope="event">\n\t\t<string key="concept:name" value="__INVALID__"/>\n\t\t<string key="lifecycle:transition" value="complete"/>\n' +
      '\t\t<date key="time:timestamp" value="1970-01-01T00:00:00.000+00:00"/>\n\t</global>\n' +
      '\t<classifier name="Activity" keys="concept:name"/>\n' +
      '\t<classifier name="Activity classifier" keys="concept:name lifecycle:transition"/>\n' +
      `\t${str("concept:name", options.name ?? "flodes")}\n`,
  );

  const evTime: number[] = [];
  const evObs: number[] = [];
  const evStart: boolean[] = [];
  const evSeq: number[] = [];
  const idx: number[] = [];
  for (let f = 0; f < nFlows; f++) {
    const a = offsets[f];
    const b = offsets[f + 1];
    if (a === b) continue;
    let head = `\t<trace>\n\t\t${str("concept:name", log.flowIds[f])}\n`;
    const p = log.flowProcess[f];
    if (p >= 0) head += `\t\t${str("process", log.processIds[p])}\n`;
    for (const ta of traceAttrs) {
      const c = ta.codes[order[a]];
      if (c >= 0) head += `\t\t${str(ta.key, ta.values[c])}\n`;
    }
    const w = t.write(head);
    if (w) await w;

    // Events in time order: an interval gives a start and a complete, anything else one complete.
    evTime.length = evObs.length = evStart.length = evSeq.length = idx.length = 0;
    for (let k = a; k < b; k++) {
      const i = order[k];
      const interval = log.end[i] > log.start[i] && !(as !== undefined && as[i] !== 0);
      if (interval) {
        evTime.push(log.start[i]);
        evObs.push(i);
        evStart.push(true);
        evSeq.push(idx.length);
        idx.push(idx.length);
      }
      evTime.push(log.end[i]);
      evObs.push(i);
      evStart.push(false);
      evSeq.push(idx.length);
      idx.push(idx.length);
    }
    idx.sort((x, y) => evTime[x] - evTime[y] || evSeq[x] - evSeq[y]);
    let body = "";
    for (const e of idx) {
      const i = evObs[e];
      body += `\t\t<event>\n\t\t\t${str("concept:name", log.stepIds[log.step[i]])}\n`;
      body += `\t\t\t<string key="lifecycle:transition" value="${evStart[e] ? "start" : "complete"}"/>\n`;
      body += `\t\t\t<date key="time:timestamp" value="${iso.format(evTime[e])}"/>\n`;
      if (log.resource[i] >= 0) body += `\t\t\t${str("org:resource", log.resourceIds[log.resource[i]])}\n`;
      if (log.role[i] >= 0) body += `\t\t\t${str("org:role", log.roleIds[log.role[i]])}\n`;
      if (log.unit[i] >= 0) body += `\t\t\t${str("org:group", log.unitIds[log.unit[i]])}\n`;
      if (ac === undefined || ac[i] === 0) body += `\t\t\t<string key="category" value="${CATEGORY_BY_CODE[log.category[i]]}"/>\n`;
      for (const ea of eventAttrs) {
        const c = ea.codes[i];
        if (c >= 0) body += `\t\t\t${str(ea.key, ea.values[c])}\n`;
      }
      body += "\t\t</event>\n";
      if (body.length > 1 << 16) {
        const w2 = t.write(body);
        if (w2) await w2;
        body = "";
      }
    }
    const w3 = t.write(`${body}\t</trace>\n`);
    if (w3) await w3;
  }
  await t.write("</log>\n");
  await t.flush();
}

/** True when the codes are the same on every observation of each flow. */
function perFlow(codes: Int32Array, order: Int32Array, offsets: Int32Array, nFlows: number): boolean {
  for (let f = 0; f < nFlows; f++) {
    const a = offsets[f];
    const first = codes[order[a]];
    for (let k = a + 1; k < offsets[f + 1]; k++) if (codes[order[k]] !== first) return false;
  }
  return true;
}
