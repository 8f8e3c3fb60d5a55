// The site's Web Worker: reads a user's own log (CSV, .xlsx, .xes/.xes.gz) with @flodes/core's streaming import and
// computes each page's data with @flodes/viz/pages — the functions the data loaders run on the pilot data — so the
// page never freezes and nothing leaves the machine. Bundled (one classic script, no imports) by the data loader
// src/data/flodes-worker.js.ts.
//
// It runs as a SharedWorker where the browser has one (all pages of the site share the file, in memory, while the
// user moves between them; `extendedLifetime` keeps it across a navigation), else as a dedicated Worker per page.
// Nothing is stored: the file, the key for pseudonyms and the results live in this worker's memory only.
//
// Protocol (page → worker): hello · open {file, options?} · model {file|null} · options {options} · source {source}
// · page {id, page} · preview {file, sep?} · forget. Worker → page: state {state} (to every page) · progress
// {phase, bytes, total} (to every page) · page {id, page, version, data | error} · preview {id, preview | error}.
import {
  blobImportSource,
  type ColumnMapping,
  decodeText,
  ImportError,
  type ImportResult,
  importSource,
  type Process,
  parseProcessModels,
  previewSource,
} from "@flodes/core";
import {
  flodePage,
  forbattringPage,
  logPeriods,
  logProcesses,
  qualityFileReport,
  sloseriPage,
  tillganglighetPage,
} from "@flodes/viz/pages";

/** What the user chose besides the file. */
interface Options {
  /** IANA zone of wall-clock times. */
  tz: string;
  /** CSV separator; "" = detect. */
  sep: string;
  dateOrder: "auto" | "dmy" | "mdy" | "ymd";
  /** Explicit column mapping (the dialog's); fields left out are mapped automatically. */
  mapping: Partial<ColumnMapping>;
  personnummer: "refuse" | "pseudonymise";
  /** Key for pseudonyms (memory only); "" = a random key per import. */
  pseudonymKey: string;
  /** Date of the change ("YYYY-MM-DD"): before/after on Förbättring, Före/Efter periods elsewhere. "" = none. */
  changeDate: string;
  /** Steps that close a flow (Tillgänglighet och köer); empty = from the model, else none. */
  endSteps: string[];
}

const DEFAULTS: Options = {
  tz: "Europe/Stockholm",
  sep: "",
  dateOrder: "auto",
  mapping: {},
  personnummer: "refuse",
  pseudonymKey: "",
  changeDate: "",
  endSteps: [],
};

/** Options that change how the file is read (a change means reading it again). */
const IMPORT_OPTIONS: readonly (keyof Options)[] = ["tz", "sep", "dateOrder", "mapping", "personnummer", "pseudonymKey"];

type PageId = "flode" | "sloseri" | "forbattring" | "tillganglighet" | "datakvalitet" | "sammanfattning";

interface ErrorInfo {
  code: string;
  message: string;
  messageEn: string;
  file?: string;
  row?: number;
  column?: string;
}

/** What every page is told (no personal data: counts, names of columns and steps, messages). */
interface State {
  /** Bumps whenever the data or an analysis option changes; page results carry the version they were made for. */
  version: number;
  source: "pilot" | "file";
  status: "idle" | "reading" | "ready" | "error";
  file: { name: string; sizeBytes: number } | null;
  model: { name: string; processes: string[]; issues: ErrorInfo[] } | null;
  options: Options;
  error: ErrorInfo | null;
  summary: {
    rowsIn: number;
    accepted: number;
    rejected: number;
    flows: number;
    observations: number;
    kind: ImportResult["kind"];
    mapping: ColumnMapping;
    columns: string[];
    encoding: string | undefined;
    separator: string | undefined;
    pseudonymised: number;
    readMs: number;
  } | null;
  /** Steps of the log in process order (for the end-step choice), and the suggested end steps. */
  steps: string[];
  suggestedEndSteps: string[];
  /** True when this worker is shared by every page of the site (the file follows the user between pages). */
  shared: boolean;
}

interface Port {
  postMessage(message: unknown): void;
}

const ports = new Set<Port>();
let state: State = {
  version: 0,
  source: "pilot",
  status: "idle",
  file: null,
  model: null,
  options: { ...DEFAULTS },
  error: null,
  summary: null,
  steps: [],
  suggestedEndSteps: [],
  shared: false,
};
let file: File | null = null;
let processes: Process[] = [];
let result: ImportResult | null = null;
let cache = new Map<PageId, unknown>();
/** Each read gets a number; a newer read makes an older one's result void. */
let reading = 0;

function broadcast(message: unknown): void {
  for (const p of ports) p.postMessage(message);
}

function setState(patch: Partial<State>, bump = true): void {
  state = { ...state, ...patch, version: bump ? state.version + 1 : state.version };
  if (bump) cache = new Map();
  broadcast({ type: "state", state });
}

function errorInfo(e: unknown): ErrorInfo {
  if (e instanceof ImportError) {
    return {
      code: e.code,
      message: e.messageSv,
      messageEn: e.messageEn,
      ...(e.file !== undefined ? { file: e.file } : {}),
      ...(e.row !== undefined ? { row: e.row } : {}),
      ...(e.column !== undefined ? { column: e.column } : {}),
    };
  }
  const text = e instanceof Error ? e.message : String(e);
  return { code: "INTERNAL", message: `Något gick fel: ${text}`, messageEn: `Something went wrong: ${text}` };
}

/** The steps of the log in process order, and those that end most flows (the suggested end steps). */
function stepsOf(r: ImportResult): { steps: string[]; suggested: string[] } {
  const log = r.log;
  const steps = [...new Set(logProcesses(log, processes).flatMap(({ process }) => process.steps.map((s) => s.id)))];
  // A flow's last step (by end time); a step that is last in at least a fifth of the flows is suggested.
  const lastStep = new Int32Array(log.flowIds.length).fill(-1);
  const lastEnd = new Float64Array(log.flowIds.length).fill(-Infinity);
  for (let i = 0; i < log.length; i++) {
    const f = log.flow[i]!;
    if (log.end[i]! >= lastEnd[f]!) {
      lastEnd[f] = log.end[i]!;
      lastStep[f] = log.step[i]!;
    }
  }
  const counts = new Map<string, number>();
  for (const s of lastStep) if (s >= 0) counts.set(log.stepIds[s]!, (counts.get(log.stepIds[s]!) ?? 0) + 1);
  const suggested = [...counts]
    .filter(([, n]) => n >= log.flowIds.length / 5)
    .sort((a, b) => b[1] - a[1])
    .map(([s]) => s);
  return { steps, suggested };
}

async function read(): Promise<void> {
  if (!file) return;
  const me = ++reading;
  const f = file;
  result = null;
  setState({ source: "file", status: "reading", error: null, summary: null, file: { name: f.name, sizeBytes: f.size } });
  const o = state.options;
  const t0 = performance.now();
  let last = 0;
  try {
    const r = await importSource(blobImportSource(f, f.name), {
      file: f.name,
      tz: o.tz,
      ...(o.sep !== "" ? { sep: o.sep } : {}),
      dateOrder: o.dateOrder,
      mapping: o.mapping,
      personnummer: o.personnummer,
      ...(o.pseudonymKey !== "" ? { pseudonymKey: o.pseudonymKey } : {}),
      ...(processes.length > 0 ? { model: processes } : {}),
      onBytes: (bytes, total) => {
        const now = performance.now();
        if (now - last < 100 || me !== reading) return;
        last = now;
        broadcast({ type: "progress", phase: "läser", bytes, total: total ?? f.size });
      },
    });
    if (me !== reading) return;
    result = r;
    const q = r.quality;
    const { steps, suggested } = stepsOf(r);
    setState({
      status: "ready",
      summary: {
        rowsIn: q.rowsIn,
        accepted: q.accepted,
        rejected: q.rejected,
        flows: flowsWithObservations(r.log),
        observations: r.log.length,
        kind: r.kind,
        mapping: r.mapping,
        columns: r.columns,
        encoding: q.encoding,
        separator: q.separator,
        pseudonymised: q.issues.find((i) => i.code === "PSEUDONYMISED")?.count ?? 0,
        readMs: Math.round(performance.now() - t0),
      },
      steps,
      suggestedEndSteps: suggested,
    });
  } catch (e) {
    if (me !== reading) return;
    result = null;
    setState({ status: "error", error: errorInfo(e), summary: null, steps: [], suggestedEndSteps: [] });
  }
}

async function readModel(m: File | null): Promise<void> {
  if (m === null) {
    processes = [];
    state = { ...state, model: null };
  } else {
    try {
      const { text } = decodeText(new Uint8Array(await m.arrayBuffer()));
      const json = m.name.toLowerCase().endsWith(".json") || /^\s*[[{]/.test(text);
      const parsed = parseProcessModels(text, { format: json ? "json" : "csv", file: m.name });
      processes = parsed.processes;
      const issues = parsed.issues
        .filter((i) => i.severity === "error")
        .slice(0, 10)
        .map((i) => ({
          code: i.code,
          message: i.message,
          messageEn: i.messageEn,
          file: m.name,
          row: i.row,
          ...(i.column !== null ? { column: i.column } : {}),
        }));
      state = { ...state, model: { name: m.name, processes: processes.map((p) => p.name), issues } };
    } catch (e) {
      processes = [];
      state = { ...state, model: { name: m.name, processes: [], issues: [errorInfo(e)] } };
    }
  }
  if (file) await read();
  else setState({});
}

/** Flows with at least one accepted observation (a flow whose every row was rejected has none), as the CLI counts. */
function flowsWithObservations(log: ImportResult["log"]): number {
  const seen = new Uint8Array(log.flowIds.length);
  let n = 0;
  for (let i = 0; i < log.length; i++) {
    const f = log.flow[i]!;
    if (seen[f] === 0) {
      seen[f] = 1;
      n++;
    }
  }
  return n;
}

/** The local date ("YYYY-MM-DD" in `tz`) of the median flow start. */
function medianStartDate(log: ImportResult["log"], tz: string): string {
  const first = new Float64Array(log.flowIds.length).fill(Infinity);
  for (let i = 0; i < log.length; i++) if (log.start[i]! < first[log.flow[i]!]!) first[log.flow[i]!] = log.start[i]!;
  const starts = Array.from(first)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const mid = starts[Math.floor(starts.length / 2)] ?? Date.now();
  return new Intl.DateTimeFormat("sv-SE", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(mid);
}

function pageData(page: PageId): unknown {
  const hit = cache.get(page);
  if (hit !== undefined) return hit;
  if (!result) throw new Error("ingen fil");
  const log = result.log;
  const o = state.options;
  const tz = o.tz;
  const periods = logPeriods(log, { tz, ...(o.changeDate !== "" ? { changeDate: o.changeDate } : {}) });
  const name = state.file?.name ?? "";
  const about = { synthetic: false, source: name };
  let data: unknown;
  switch (page) {
    case "flode":
      data = { ...about, ...flodePage(log, { processes, periods, tz }) };
      break;
    case "sloseri":
      data = { ...about, ...sloseriPage(log, { processes, periods, tz }) };
      break;
    case "forbattring": {
      // Without the user's date the flows are split at the middle of the log (the median start), and the page says so.
      const from = o.changeDate !== "" ? o.changeDate : medianStartDate(log, tz);
      const description =
        o.changeDate !== ""
          ? `Förändringen ${from} (ditt datum).`
          : `Inget datum angivet: ärendena delas vid mitten av perioden (${from}). Ange dagen för er förändring under ”Inställningar för din fil”.`;
      const improvements = logProcesses(log, processes).map(({ process }) => ({ process: process.id, from, description }));
      data = { ...about, changeDate: from, ...forbattringPage(log, { improvements, processes, tz }) };
      break;
    }
    case "tillganglighet": {
      // Chosen end steps win; without a model the suggested ones (the usual last steps) close a flow.
      const ends = o.endSteps.length > 0 ? o.endSteps : processes.length === 0 ? state.suggestedEndSteps : [];
      data = { ...about, ...tillganglighetPage(log, { processes, tz, ...(ends.length > 0 ? { endSteps: ends } : {}) }) };
      break;
    }
    case "datakvalitet":
      data = {
        ...about,
        files: [qualityFileReport(result.quality, { file: name, about: "Din fil", kind: result.kind, mapping: result.mapping })],
      };
      break;
    case "sammanfattning": {
      const flode = pageData("flode") as ReturnType<typeof flodePage>;
      const summaries = flode.processes.map((p) => ({ id: p.id, name: p.name, unit: p.unit, summary: p.periods[0]?.summary }));
      data = { ...about, periods: flode.periods, flows: summaries.reduce((n, p) => n + (p.summary?.flows ?? 0), 0), processes: summaries };
      break;
    }
  }
  cache.set(page, data);
  return data;
}

function onMessage(port: Port, msg: { type: string; [k: string]: unknown }): void {
  switch (msg.type) {
    case "hello":
      port.postMessage({ type: "state", state });
      break;
    case "bye":
      ports.delete(port);
      break;
    case "open": {
      file = msg.file as File;
      const options = msg.options as Partial<Options> | undefined;
      if (options) state = { ...state, options: { ...state.options, ...options } };
      void read();
      break;
    }
    case "model":
      void readModel((msg.file as File | null) ?? null);
      break;
    case "options": {
      const next = { ...state.options, ...(msg.options as Partial<Options>) };
      const reread = IMPORT_OPTIONS.some((k) => JSON.stringify(next[k]) !== JSON.stringify(state.options[k]));
      state = { ...state, options: next };
      if (reread && file) void read();
      else setState({});
      break;
    }
    case "source":
      setState({ source: msg.source === "file" && (file !== null || state.status !== "idle") ? "file" : "pilot" }, false);
      break;
    case "forget":
      reading++;
      file = null;
      result = null;
      setState({
        source: "pilot",
        status: "idle",
        file: null,
        error: null,
        summary: null,
        steps: [],
        suggestedEndSteps: [],
        options: { ...DEFAULTS },
      });
      break;
    case "page": {
      const page = msg.page as PageId;
      try {
        if (state.status !== "ready") throw new Error(state.status === "error" ? "filen kunde inte läsas" : "ingen fil är läst");
        const version = state.version;
        broadcast({ type: "progress", phase: "räknar", page });
        const data = pageData(page);
        port.postMessage({ type: "page", id: msg.id, page, version, data });
      } catch (e) {
        port.postMessage({ type: "page", id: msg.id, page, version: state.version, error: errorInfo(e) });
      }
      break;
    }
    case "preview":
      previewSource(blobImportSource(msg.file as File), {
        rows: 8,
        ...(typeof msg.sep === "string" && msg.sep !== "" ? { sep: msg.sep } : {}),
      })
        .then((preview) => port.postMessage({ type: "preview", id: msg.id, preview }))
        .catch((e: unknown) => port.postMessage({ type: "preview", id: msg.id, error: errorInfo(e) }));
      break;
  }
}

interface ConnectEvent {
  ports: readonly (Port & { onmessage: ((e: { data: unknown }) => void) | null; start?(): void })[];
}
const scope = globalThis as unknown as {
  onconnect?: (e: ConnectEvent) => void;
  onmessage?: (e: { data: unknown }) => void;
  postMessage(message: unknown): void;
  SharedWorkerGlobalScope?: unknown;
};

if (typeof scope.SharedWorkerGlobalScope === "function" && globalThis instanceof (scope.SharedWorkerGlobalScope as new () => object)) {
  state = { ...state, shared: true };
  scope.onconnect = (e) => {
    const port = e.ports[0]!;
    ports.add(port);
    port.onmessage = (m) => onMessage(port, m.data as { type: string });
    port.start?.();
  };
} else {
  const port: Port = { postMessage: (m) => scope.postMessage(m) };
  ports.add(port);
  scope.onmessage = (m) => onMessage(port, m.data as { type: string });
}
