import type { Category } from "../model/category.js";
import type { Observation } from "../model/observation.js";
import type { Process, Step } from "../model/process.js";
import { eventLogFromObservations } from "../log/from-observations.js";
import { importMessage } from "../messages/import.js";
import { parseCategory } from "./category-words.js";
import { mapColumns, type ColumnIndexes } from "./column-map.js";
import { ImportError } from "./import-error.js";
import type { ColumnMapping, ImportOptions, ImportResult } from "./import-types.js";
import type { IssueSink } from "./issue-sink.js";
import { barePersonnummer, findSeparatedPersonnummer, pseudonym } from "./personnummer.js";
import type { QualityReport } from "./quality.js";
import type { RawTable } from "./raw-table.js";
import { dayMonthEvidence, TimeParser } from "./parse-time.js";
import { WALL_AMBIGUOUS, WALL_GAP, ZoneConverter } from "./zoned-time.js";

const PROGRESS_EVERY = 100_000;
/** Share of 10/12-digit values in a column that must pass the personnummer test before bare digits count. */
const BARE_SHARE = 0.5;

/** Normalised lifecycle value: "start", "complete" or the lower-cased original (e.g. "schedule"). */
export function normaliseLifecycle(v: string): string {
  const t = v.trim().toLowerCase();
  switch (t) {
    case "":
    case "complete":
    case "completed":
    case "end":
    case "finish":
    case "finished":
    case "slut":
    case "klar":
    case "avslutad":
      return "complete";
    case "start":
    case "started":
    case "begin":
    case "påbörjad":
      return "start";
    default:
      return t;
  }
}

interface StepLookup {
  step(process: string | undefined, step: string): Step | undefined;
}

function stepLookup(model: Process | readonly Process[] | undefined): StepLookup | null {
  if (model === undefined) return null;
  const processes: readonly Process[] = Array.isArray(model) ? (model as readonly Process[]) : [model as Process];
  const all = new Map<string, Step>();
  const per = new Map<string, Map<string, Step>>();
  for (const p of processes) {
    const m = new Map<string, Step>();
    for (const s of p.steps) {
      for (const k of [s.id, s.name]) {
        if (k === undefined) continue;
        const key = k.trim().toLowerCase();
        if (!m.has(key)) m.set(key, s);
        if (!all.has(key)) all.set(key, s);
      }
    }
    per.set(p.id.trim().toLowerCase(), m);
    if (p.name) per.set(p.name.trim().toLowerCase(), m);
  }
  return {
    step(process, step) {
      const key = step.toLowerCase();
      if (process !== undefined) {
        const m = per.get(process.toLowerCase());
        if (m) return m.get(key) ?? all.get(key);
      }
      return all.get(key);
    },
  };
}

function randomKey(): string {
  const b = new Uint8Array(32);
  globalThis.crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/** Finds personnummer in every cell; refuses (throws) or pseudonymises in place. */
function handlePersonnummer(table: RawTable, timeCols: ReadonlySet<number>, sink: IssueSink, options: ImportOptions): void {
  const { cells, width, columns, lines } = table;
  const bareCandidates = new Int32Array(width);
  const bareHits: number[][] = columns.map(() => []);
  const sepHits: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const s = cells[i]!;
    if (s.length < 10) continue;
    const c0 = s.charCodeAt(0);
    const col = i % width;
    if (c0 >= 48 && c0 <= 57 && !timeCols.has(col) && s.length <= 14) {
      const t = s.trim();
      if ((t.length === 10 || t.length === 12) && /^\d+$/.test(t)) {
        bareCandidates[col]!++;
        if (barePersonnummer(t) !== null) bareHits[col]!.push(i);
        continue;
      }
    }
    if (findSeparatedPersonnummer(s) !== null) sepHits.push(i);
  }
  const hits = sepHits.slice();
  bareHits.forEach((h, col) => {
    if (h.length > 0 && h.length / bareCandidates[col]! >= BARE_SHARE) hits.push(...h);
  });
  if (hits.length === 0) return;
  hits.sort((a, b) => a - b);
  if ((options.personnummer ?? "refuse") === "refuse") {
    const rows = [...new Set(hits.map((i) => lines[Math.floor(i / width)]!))].slice(0, 5);
    const cols = [...new Set(hits.map((i) => columns[i % width]!))];
    throw new ImportError("PERSONNUMMER", importMessage.personnummer(rows, cols, hits.length), {
      ...(sink.file !== undefined ? { file: sink.file } : {}),
      row: rows[0]!,
      column: cols[0]!,
      rows,
      columns: cols,
    });
  }
  const key = options.pseudonymKey ?? randomKey();
  let count = 0;
  for (const i of hits) {
    const s = cells[i]!;
    const bare = barePersonnummer(s);
    if (bare !== null) {
      cells[i] = pseudonym(bare, key);
      count++;
      continue;
    }
    const found = findSeparatedPersonnummer(s) ?? [];
    let out = "";
    let at = 0;
    for (const h of found) {
      out += s.slice(at, h.start) + pseudonym(h.digits10, key);
      at = h.end;
      count++;
    }
    cells[i] = out + s.slice(at);
  }
  sink.add("PSEUDONYMISED", "warning", 0, null, importMessage.pseudonymised(count), { count });
}

/**
 * Finds exact duplicate rows (all cells equal) with a numeric hash per row, so no per-row key string is
 * built; cells are compared only when hashes meet.
 */
class DuplicateIndex {
  private readonly first = new Map<number, number>();
  private readonly more = new Map<number, number[]>();

  constructor(private readonly table: RawTable) {}

  private hash(r: number): number {
    const { cells, width } = this.table;
    let h = 0x811c9dc5;
    for (let c = r * width, e = c + width; c < e; c++) {
      const s = cells[c]!;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 0x1f, 0x01000193);
    }
    return h;
  }

  private equal(a: number, b: number): boolean {
    const { cells, width } = this.table;
    for (let c = 0; c < width; c++) if (cells[a * width + c] !== cells[b * width + c]) return false;
    return true;
  }

  /** Index of an earlier row equal to row r (registering r when none), or −1. */
  firstEqual(r: number): number {
    const h = this.hash(r);
    const f = this.first.get(h);
    if (f === undefined) {
      this.first.set(h, r);
      return -1;
    }
    if (this.equal(f, r)) return f;
    const list = this.more.get(h);
    if (list) {
      for (const x of list) if (this.equal(x, r)) return x;
      list.push(r);
    } else this.more.set(h, [r]);
    return -1;
  }
}

function decideOrder(
  table: RawTable,
  col: number,
  option: ImportOptions["dateOrder"],
  sink: IssueSink,
): "dmy" | "mdy" {
  if (option === "mdy") return "mdy";
  if (option === "dmy" || option === "ymd") return "dmy";
  let first = 0, second = 0, ambiguous = 0;
  const { cells, width } = table;
  for (let i = col; i < cells.length; i += width) {
    const e = dayMonthEvidence(cells[i]!);
    if (e === 1) first++;
    else if (e === 2) second++;
    else if (e === 0) ambiguous++;
  }
  if (second > 0 && first === 0) return "mdy";
  if (first === 0 && second === 0 && ambiguous > 0) {
    sink.add("DATE_ORDER_ASSUMED", "warning", 0, table.columns[col]!, importMessage.dateOrderAssumed(), { count: ambiguous });
  }
  return "dmy";
}

/**
 * Turns a {@link RawTable} into observations and a quality report: maps columns, refuses or
 * pseudonymises personnummer, parses times, validates rows, pairs lifecycle events.
 *
 * Row accounting: rowsIn = accepted + rejected. Accepted rows either make observations (interval and
 * single-timestamp logs: 1 row → 1 observation; lifecycle logs: a paired start + complete is 2 rows → 1
 * observation, an atomic complete 1 → 1) or are lifecycle events deliberately ignored (`ignoredRows`).
 * Rejected rows each carry an error issue (UNMATCHED_START/UNMATCHED_COMPLETE included).
 */
export function buildObservations(
  table: RawTable,
  sink: IssueSink,
  options: ImportOptions,
  meta: Pick<QualityReport, "encoding" | "separator"> = {},
): ImportResult {
  const { columns, width, cells, lines } = table;
  const whereFile = sink.file !== undefined ? { file: sink.file } : {};
  const mapped = mapColumns(columns, options.mapping);
  if (mapped.missing) {
    const { field, column } = mapped.missing;
    throw new ImportError("NO_SUCH_COLUMN", importMessage.noSuchColumn(field, column), { ...whereFile, column });
  }
  const ix: ColumnIndexes = mapped.indexes;
  if (ix.flow === undefined) throw new ImportError("NO_FLOW_COLUMN", importMessage.noColumn("flow", columns), whereFile);
  if (ix.step === undefined) throw new ImportError("NO_STEP_COLUMN", importMessage.noColumn("step", columns), whereFile);
  if (ix.start === undefined && ix.end === undefined && ix.time === undefined) {
    throw new ImportError("NO_TIME_COLUMN", importMessage.noColumn("time", columns), whereFile);
  }
  const n = lines.length;
  const flowCol = ix.flow;
  const stepCol = ix.step;
  const lcCol = ix.lifecycle;

  // Kind of log.
  let hasStart = false;
  const lc: string[] | null = lcCol === undefined ? null : new Array<string>(n);
  if (lc !== null) {
    for (let r = 0; r < n; r++) {
      const v = normaliseLifecycle(cells[r * width + lcCol!]!);
      lc[r] = v;
      if (v === "start") hasStart = true;
    }
  }
  const kind: ImportResult["kind"] =
    ix.start !== undefined && ix.end !== undefined ? "interval" : lc !== null && hasStart ? "lifecycle" : "single";
  if (kind === "interval" && ix.time !== undefined) delete ix.time;
  if (kind !== "interval" && ix.time === undefined) {
    ix.time = ix.end ?? ix.start;
    delete ix.end;
    delete ix.start;
  }
  const timeCols = new Set<number>([ix.start, ix.end, ix.time].filter((x): x is number => x !== undefined));

  handlePersonnummer(table, timeCols, sink, options);

  const tz = options.tz ?? "Europe/Stockholm";
  let zone: ZoneConverter;
  try {
    zone = new ZoneConverter(tz);
  } catch {
    throw new ImportError("UNREADABLE", importMessage.unreadable(`unknown time zone "${tz}"`), whereFile);
  }
  const parsers = new Map<number, TimeParser>();
  for (const c of timeCols) parsers.set(c, new TimeParser(zone, decideOrder(table, c, options.dateOrder, sink)));

  const lookup = stepLookup(options.model);
  const used = new Set(Object.values(ix));
  const attrCols: number[] = [];
  for (let c = 0; c < width; c++) if (!used.has(c)) attrCols.push(c);

  const opt = (r: number, c: number | undefined): string | undefined => {
    if (c === undefined) return undefined;
    const v = cells[r * width + c]!.trim();
    return v === "" ? undefined : v;
  };

  const lifecycleCounts: Record<string, number> = {};
  const ignored = new Map<string, { count: number; row: number }>();
  const assumed = new Map<string, { count: number; minutes: number }>();
  const unknown = new Map<string, { count: number; row: number }>();
  const dups = new DuplicateIndex(table);
  let accepted = 0;
  let rejected = 0;
  let ignoredRows = 0;
  let unmatchedStarts = 0;
  let unmatchedCompletes = 0;
  const out: Observation[] = [];
  const outRow: number[] = [];
  // Lifecycle events, kept as parallel arrays until pairing.
  const evRow: number[] = [];
  const evTime: number[] = [];
  const evStart: boolean[] = [];
  const evStepName: string[] = [];
  const evFlow: string[] = [];
  const stepsWithStart = new Set<string>();

  const readTime = (r: number, col: number): number | null => {
    const raw = cells[r * width + col]!;
    const name = columns[col]!;
    if (raw.trim() === "") {
      sink.add("MISSING_TIME", "error", lines[r]!, name, importMessage.missingTime());
      return null;
    }
    const p = parsers.get(col)!;
    const t = p.parse(raw);
    if (Number.isNaN(t)) {
      sink.add("UNPARSEABLE_TIME", "error", lines[r]!, name, importMessage.unparseableTime(raw.trim()), { value: raw.trim() });
      return null;
    }
    if (p.flag === WALL_GAP) {
      sink.add("DST_GAP", "warning", lines[r]!, name, importMessage.dstGap(raw.trim(), p.gapMs / 60_000), { value: raw.trim() });
    } else if (p.flag === WALL_AMBIGUOUS) {
      sink.add("DST_AMBIGUOUS", "warning", lines[r]!, name, importMessage.dstAmbiguous(raw.trim()), { value: raw.trim() });
    }
    return t;
  };

  const makeObs = (r: number, flow: string, step: string, startMs: number, endMs: number, cat: Category | undefined, alt?: number): Observation => {
    const o: Observation = { flow, step, startMs, endMs, row: lines[r]! };
    const resource = opt(r, ix.resource) ?? (alt !== undefined ? opt(alt, ix.resource) : undefined);
    const role = opt(r, ix.role) ?? (alt !== undefined ? opt(alt, ix.role) : undefined);
    const unit = opt(r, ix.unit) ?? (alt !== undefined ? opt(alt, ix.unit) : undefined);
    const process = opt(r, ix.process);
    if (resource !== undefined) o.resource = resource;
    if (role !== undefined) o.role = role;
    if (unit !== undefined) o.unit = unit;
    if (process !== undefined) o.process = process;
    if (cat !== undefined) o.category = cat;
    if (attrCols.length > 0) {
      let attrs: Record<string, string> | undefined;
      for (const c of attrCols) {
        const v = cells[r * width + c]!;
        if (v !== "") (attrs ??= {})[columns[c]!] = v;
      }
      if (attrs) o.attrs = attrs;
    }
    return o;
  };

  /** Applies a model's standard duration to a single-timestamp event. */
  const single = (o: Observation, s: Step | undefined): void => {
    const d = s?.standardDurationMs;
    if (d === undefined || !(d > 0)) return;
    o.startMs = o.endMs - d;
    o.assumedStart = true;
    const a = assumed.get(o.step);
    if (a) a.count++;
    else assumed.set(o.step, { count: 1, minutes: d / 60_000 });
  };

  for (let r = 0; r < n; r++) {
    if (options.onProgress && r > 0 && r % PROGRESS_EVERY === 0) options.onProgress(r, n);
    const line = lines[r]!;
    const first = dups.firstEqual(r);
    if (first >= 0) {
      rejected++;
      sink.add("DUPLICATE_ROW", "error", line, null, importMessage.duplicateRow(lines[first]!));
      continue;
    }
    if (lc !== null) lifecycleCounts[lc[r]!] = (lifecycleCounts[lc[r]!] ?? 0) + 1;

    let bad = false;
    const flow = cells[r * width + flowCol]!.trim();
    if (flow === "") {
      sink.add("MISSING_FLOW", "error", line, columns[flowCol]!, importMessage.missingFlow());
      bad = true;
    }
    let step = cells[r * width + stepCol]!.trim();
    if (step === "") {
      sink.add("MISSING_STEP", "error", line, columns[stepCol]!, importMessage.missingStep());
      bad = true;
    }
    let cat: Category | undefined;
    if (ix.category !== undefined) {
      const raw = cells[r * width + ix.category]!.trim();
      if (raw !== "") {
        const c = parseCategory(raw);
        if (c === null) {
          sink.add("BAD_CATEGORY", "error", line, columns[ix.category]!, importMessage.badCategory(raw), { value: raw });
          bad = true;
        } else cat = c;
      }
    }
    let startMs = 0;
    let endMs = 0;
    if (kind === "interval") {
      const s = readTime(r, ix.start!);
      const e = readTime(r, ix.end!);
      if (s === null || e === null) bad = true;
      else if (e < s) {
        sink.add("END_BEFORE_START", "error", line, columns[ix.end!]!, importMessage.endBeforeStart());
        bad = true;
      } else {
        startMs = s;
        endMs = e;
      }
    } else {
      const t = readTime(r, ix.time!);
      if (t === null) bad = true;
      else startMs = endMs = t;
    }
    if (bad) {
      rejected++;
      continue;
    }
    const proc = opt(r, ix.process);
    const modelStep = lookup?.step(proc, step);
    if (lookup !== null) {
      if (modelStep) step = modelStep.id;
      else {
        const u = unknown.get(step);
        if (u) u.count++;
        else unknown.set(step, { count: 1, row: line });
      }
    }
    const life = lc === null ? "complete" : lc[r]!;
    if (kind !== "interval" && life !== "complete" && life !== "start") {
      const g = ignored.get(life);
      if (g) g.count++;
      else ignored.set(life, { count: 1, row: line });
      ignoredRows++;
      accepted++;
      continue;
    }
    if (kind === "lifecycle") {
      evRow.push(r);
      evTime.push(startMs);
      evStart.push(life === "start");
      evStepName.push(step);
      evFlow.push(flow);
      if (life === "start") stepsWithStart.add(step);
      continue;
    }
    const o = makeObs(r, flow, step, startMs, endMs, cat);
    if (kind === "single") single(o, modelStep);
    out.push(o);
    accepted++;
  }

  if (kind === "lifecycle") {
    const groups = new Map<string, number[]>();
    for (let e = 0; e < evRow.length; e++) {
      const k = evFlow[e]! + "\u0000" + evStepName[e]!;
      const g = groups.get(k);
      if (g) g.push(e);
      else groups.set(k, [e]);
    }
    const catOf = (r: number): Category | undefined => {
      if (ix.category === undefined) return undefined;
      return parseCategory(cells[r * width + ix.category]!) ?? undefined;
    };
    for (const g of groups.values()) {
      const e0 = g[0]!;
      const flow = evFlow[e0]!;
      const step = evStepName[e0]!;
      if (!stepsWithStart.has(step)) {
        for (const e of g) {
          const r = evRow[e]!;
          const o = makeObs(r, flow, step, evTime[e]!, evTime[e]!, catOf(r));
          single(o, lookup?.step(opt(r, ix.process), step));
          out.push(o);
          outRow.push(r);
          accepted++;
        }
        continue;
      }
      g.sort((a, b) => evTime[a]! - evTime[b]! || Number(evStart[b]) - Number(evStart[a]) || a - b);
      const open: number[] = [];
      let head = 0;
      for (const e of g) {
        if (evStart[e]) {
          open.push(e);
          continue;
        }
        if (head < open.length) {
          const s = open[head++]!;
          const r = evRow[s]!;
          out.push(makeObs(r, flow, step, evTime[s]!, evTime[e]!, catOf(r) ?? catOf(evRow[e]!), evRow[e]!));
          outRow.push(r);
          accepted += 2;
        } else {
          unmatchedCompletes++;
          rejected++;
          sink.add("UNMATCHED_COMPLETE", "error", lines[evRow[e]!]!, lcCol === undefined ? null : columns[lcCol]!, importMessage.unmatchedComplete());
        }
      }
      for (let i = head; i < open.length; i++) {
        unmatchedStarts++;
        rejected++;
        sink.add("UNMATCHED_START", "error", lines[evRow[open[i]!]!]!, lcCol === undefined ? null : columns[lcCol]!, importMessage.unmatchedStart());
      }
    }
    const order = out.map((_, i) => i).sort((a, b) => outRow[a]! - outRow[b]!);
    const sorted = order.map((i) => out[i]!);
    for (let i = 0; i < sorted.length; i++) out[i] = sorted[i]!;
  }
  if (options.onProgress && n > 0) options.onProgress(n, n);

  for (const [value, g] of ignored) {
    sink.add("LIFECYCLE_IGNORED", "warning", g.row, lcCol === undefined ? null : columns[lcCol]!, importMessage.lifecycleIgnored(value, g.count), { count: g.count, value });
  }
  const timeName = columns[ix.time ?? ix.end ?? ix.start!] ?? null;
  for (const [step, a] of assumed) {
    sink.add("ASSUMED_DURATION", "warning", 0, timeName, importMessage.assumedDuration(step, a.count, a.minutes), { count: a.count, value: step });
  }
  for (const [step, u] of unknown) {
    sink.add("UNKNOWN_STEP", "warning", u.row, columns[stepCol]!, importMessage.unknownStep(step, u.count), { count: u.count, value: step });
  }

  const rowsIn = table.rowsIn;
  const totalRejected = table.rejected + rejected;
  if (accepted + totalRejected !== rowsIn) {
    throw new Error(`buildObservations: row accounting broken (${rowsIn} in, ${accepted} accepted, ${totalRejected} rejected)`);
  }
  const observations = out;
  const quality: QualityReport = {
    rowsIn,
    accepted,
    rejected: totalRejected,
    issues: sink.issues.sort((a, b) => a.row - b.row),
    unmatchedStarts,
    unmatchedCompletes,
    lifecycle: lifecycleCounts,
    counts: sink.counts,
    observations: observations.length,
    ignoredRows,
    omittedIssues: sink.omitted,
    ...meta,
  };
  if (sink.file !== undefined) quality.file = sink.file;
  const mapping = {} as ColumnMapping;
  for (const [field, c] of Object.entries(ix) as [keyof ColumnMapping, number][]) mapping[field] = columns[c]!;
  return {
    log: eventLogFromObservations(observations, options.model !== undefined ? { model: options.model } : {}),
    observations,
    quality,
    mapping,
    columns: columns.slice(),
    kind,
    attributes: attrCols.map((c) => columns[c]!),
  };
}
