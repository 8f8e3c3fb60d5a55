// The one "data source" choice of the analysis pages: the pilot's synthetic data (built into the site) or the user's
// own file, read in the site's Web Worker. The choice and the file follow the user between pages (the worker is
// shared, in memory); nothing is stored and nothing is sent. Usage in a page:
//   const source = view(dataSource("flode"));
//   const data = source.kind === "pilot" ? FileAttachment("data/flode.json").json() : source.data;
import { FileAttachment } from "observablehq:stdlib";
import { formatNumber } from "@flodes/viz";
import { el } from "./el.js";
import { flodesWorker } from "./flodes-worker.js";
import { openMappingDialog } from "./mapping-dialog.js";

// The sample is a CSV; its attachment ends in .txt because Framework would fetch d3-dsv from a CDN for a .csv
// attachment (offline build). The worker is given it under its real name.
const SAMPLE = FileAttachment("../data/syntetisk-egen-matning.txt");

/** The one sentence every page with the choice says about privacy. */
export const PRIVACY_SV = "Din fil läses bara här i webbläsaren: ingenting skickas någonstans och ingenting sparas.";

/** Import errors that mean "the columns were not recognised": the mapping dialog opens by itself. */
const MAPPING_CODES = new Set(["NO_FLOW_COLUMN", "NO_STEP_COLUMN", "NO_TIME_COLUMN", "NO_SUCH_COLUMN"]);

const plural = (n, one, many) => `${formatNumber(n, 0)} ${n === 1 ? one : many}`;

/**
 * "12 345 rader · 12 340 godkända · 5 avvisade · 1 234 ärenden" (Swedish numbers).
 * @param {{rowsIn: number, accepted: number, rejected: number, flows: number}} s
 */
export function qualitySummaryText(s) {
  return [
    plural(s.rowsIn, "rad", "rader"),
    plural(s.accepted, "godkänd", "godkända"),
    plural(s.rejected, "avvisad", "avvisade"),
    plural(s.flows, "ärende", "ärenden"),
  ].join(" · ");
}

const sizeText = (bytes) =>
  bytes >= 1e6 ? `${formatNumber(bytes / 1e6, 1)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1e3)), 0)} kB`;

/**
 * The data-source panel. Its value (for `view()`): `{kind: "pilot"}` or `{kind: "file", name, version, data}` where
 * `data` is a promise of this page's data computed in the worker; undefined until the worker has said which source is
 * chosen. While a file is read (or when it was refused) the value stays as it was and the page is dimmed.
 * @param {string} page the page's id in the worker ("flode", "sloseri", "forbattring", "tillganglighet", "datakvalitet", "sammanfattning")
 * @param {{open?: boolean, pilotLabel?: string, pilot?: boolean}} [options] settings shown open; the label of the
 *   pilot choice; `pilot: false` when the page has no pilot data (then the file is the only source)
 */
export function dataSource(page, { open = false, pilotLabel = "Pilotens syntetiska data", pilot = true } = {}) {
  const worker = flodesWorker();
  let current = null;
  let file = null;
  let lastKey = null;
  let autoMapped = null;

  const kindPilot = el("input", { type: "radio", name: `ds-kind-${page}`, value: "pilot" });
  const kindFile = el("input", { type: "radio", name: `ds-kind-${page}`, value: "file", "data-testid": "source-file" });
  const fileName = el("span", { class: "ds-file-name" });
  const logInput = el("input", {
    type: "file",
    accept: ".csv,.tsv,.txt,.xlsx,.xes,.xml,.gz",
    "data-testid": "log-file",
    "aria-label": "Välj din fil (CSV, Excel eller XES)",
  });
  const sample = el("button", { type: "button", class: "link", "data-testid": "use-sample" }, "prova med en syntetisk exempelfil");
  const progress = el("progress", { max: "1", hidden: "" });
  const progressText = el("span", { class: "ds-progress-text", "aria-live": "polite" });
  const summary = el("div", { class: "ds-summary", "data-testid": "quality-summary" });
  const error = el("div", { class: "ds-error", role: "alert", "data-testid": "import-error" });
  const modelInput = el("input", {
    type: "file",
    accept: ".csv,.json,.txt",
    "data-testid": "model-file",
    "aria-label": "Processmodell (CSV eller JSON)",
  });
  const modelStatus = el("span", { class: "sub" });
  const modelForget = el("button", { type: "button", class: "link", hidden: "" }, "ta bort modellen");
  const dateInput = el("input", { type: "date", "data-testid": "change-date", "aria-label": "Datum för förändringen" });
  const tzInput = el("input", { type: "text", value: "Europe/Stockholm", size: "18", "aria-label": "Tidszon" });
  const endSteps = el("div", { class: "ds-end-steps" });
  const pseudo = el("input", { type: "checkbox", "data-testid": "pseudonymise" });
  const key = el("input", {
    type: "password",
    autocomplete: "off",
    placeholder: "valfri nyckel",
    size: "16",
    "aria-label": "Nyckel för pseudonymer",
  });
  const mappingButton = el("button", { type: "button", "data-testid": "open-mapping" }, "Kolumner, avgränsare och datum …");
  const forget = el("button", { type: "button", "data-testid": "forget-file" }, "Glöm filen");
  const shareNote = el("p", { class: "sub" });

  const node = el(
    "div",
    { class: "data-source card", "data-page": page },
    el(
      "div",
      { class: "ds-row" },
      el("strong", null, "Datakälla"),
      pilot ? el("label", null, kindPilot, ` ${pilotLabel}`) : null,
      el("label", null, kindFile, " Din fil", fileName),
      el("label", { class: "ds-pick button" }, "Välj fil …", logInput),
      el("span", { class: "sub" }, "eller släpp den här · ", sample),
    ),
    el("p", { class: "ds-privacy" }, PRIVACY_SV, " CSV, Excel (.xlsx) eller XES (.xes, .xes.gz); personnummer stoppas."),
    el("div", { class: "ds-status" }, progress, progressText, summary, error),
    el(
      "details",
      { class: "ds-settings no-print", ...(open ? { open: "" } : {}) },
      el("summary", null, "Inställningar för din fil"),
      el(
        "div",
        { class: "ds-grid" },
        el("label", null, "Processmodell (valfri, CSV eller JSON): ", modelInput, " ", modelStatus, " ", modelForget),
        el("label", null, "Datum för förändringen (före/efter): ", dateInput),
        el("label", null, "Tidszon: ", tzInput),
        el("div", null, el("span", null, "Slutsteg (ett ärende är avslutat när det nått något av dem): "), endSteps),
        // A form around the key: browsers expect a password field in one; it is never submitted.
        el(
          "form",
          { class: "ds-key", onsubmit: "return false" },
          el(
            "label",
            null,
            pseudo,
            " Ersätt personnummer med pseudonymer i stället för att stoppa filen. Nyckel: ",
            key,
            el("span", { class: "sub" }, " (hålls bara i minnet; tom = slumpad nyckel)"),
          ),
        ),
        el("div", null, mappingButton, " ", forget),
      ),
      shareNote,
    ),
  );

  // The panel's own controls fire "input" events that would bubble to view() as if the source had changed: only the
  // panel's own event (emit) counts.
  node.addEventListener(
    "input",
    (e) => {
      if (e.target !== node) e.stopPropagation();
    },
    true,
  );
  const emit = () => {
    node.dispatchEvent(new Event("input", { bubbles: true }));
  };
  // A page's data is a promise that always settles: the runtime waits for a cell's previous value before computing
  // it again, so a promise that never settled would freeze the page. While a file is read, or when it was refused, the
  // page keeps what it shows (dimmed) and the value does not change.
  const value = (s) => ({
    kind: "file",
    name: s.file?.name ?? "",
    version: s.version,
    data: worker.page(page).finally(() => {
      progressText.textContent = "";
    }),
  });
  const keyOf = (s) => {
    const ready = s.status === "ready" && (s.summary?.flows ?? 0) > 0;
    if (pilot && s.source !== "file") return "pilot";
    return ready && (s.source === "file" || !pilot) ? `file:${s.version}` : null;
  };

  const render = (s) => {
    current = s;
    const own = s.source === "file";
    kindPilot.checked = !own;
    kindFile.checked = own;
    kindFile.disabled = s.status === "idle";
    fileName.textContent = s.file ? `: ${s.file.name} (${sizeText(s.file.sizeBytes)})` : "";
    progress.hidden = s.status !== "reading";
    if (s.status !== "reading") progressText.textContent = "";
    summary.textContent = s.summary ? qualitySummaryText(s.summary) : "";
    summary.hidden = !s.summary;
    // How long the worker took to read the file (for the browser bench; shown as a tooltip).
    if (s.summary) {
      summary.dataset.readMs = String(s.summary.readMs);
      summary.title = `Läst på ${formatNumber(s.summary.readMs / 1000, 1)} s`;
    }
    error.textContent = s.error
      ? `${s.error.message}${s.error.row ? ` (rad ${formatNumber(s.error.row, 0)}${s.error.column ? `, kolumn ${s.error.column}` : ""})` : ""}`
      : "";
    error.hidden = !s.error;
    modelStatus.textContent = s.model
      ? `${s.model.name}: ${s.model.processes.length ? s.model.processes.join(", ") : "ingen process"}${s.model.issues.length ? ` — ${s.model.issues[0].message}` : ""}`
      : "";
    modelForget.hidden = !s.model;
    if (dateInput.value !== s.options.changeDate) dateInput.value = s.options.changeDate;
    if (document.activeElement !== tzInput) tzInput.value = s.options.tz;
    pseudo.checked = s.options.personnummer === "pseudonymise";
    const chosenEnds = s.options.endSteps.length ? s.options.endSteps : null;
    endSteps.replaceChildren(
      ...(s.steps.length
        ? s.steps.map((step) => {
            const box = el("input", { type: "checkbox", value: step });
            box.checked = chosenEnds ? chosenEnds.includes(step) : s.suggestedEndSteps.includes(step);
            box.addEventListener("change", () => {
              const ends = [...endSteps.querySelectorAll("input:checked")].map((b) => b.value);
              worker.post({ type: "options", options: { endSteps: ends } });
            });
            return el("label", { class: "ds-step" }, box, ` ${step}`);
          })
        : [el("span", { class: "sub" }, "visas när en fil är läst")]),
    );
    shareNote.textContent = s.shared
      ? "Filen följer med när du byter sida (den hålls i minnet i den här webbläsaren tills du stänger sajten)."
      : "Den här webbläsaren kan inte dela filen mellan sidorna: välj den igen på nästa sida.";
    document.body.classList.toggle("flodes-own-file", own);
    document.body.classList.toggle("flodes-stale", own && !(s.status === "ready" && (s.summary?.flows ?? 0) > 0));
    const k = keyOf(s);
    if (k !== null && k !== lastKey) {
      lastKey = k;
      node.value = k === "pilot" ? { kind: "pilot" } : value(s);
      emit();
    }
    // The import could not tell the columns: ask the user (once per file and settings).
    if (own && s.status === "error" && MAPPING_CODES.has(s.error?.code) && file && autoMapped !== s.version) {
      autoMapped = s.version;
      mapColumns(s.error.message);
    }
  };

  const open_ = (f) => {
    if (!f) return;
    file = f;
    // Suggested end steps come from the new file; the date and model stay.
    worker.post({ type: "open", file: f, options: { mapping: {}, endSteps: [] } });
  };
  const mapColumns = async (reason) => {
    if (!file) return;
    const o = current?.options ?? {};
    const chosen = await openMappingDialog(
      worker,
      file,
      { mapping: o.mapping ?? {}, sep: o.sep ?? "", dateOrder: o.dateOrder ?? "auto", tz: o.tz ?? "Europe/Stockholm" },
      reason,
    );
    if (chosen) worker.post({ type: "open", file, options: chosen });
  };

  logInput.addEventListener("change", () => open_(logInput.files?.[0]));
  sample.addEventListener("click", async () => {
    const blob = await SAMPLE.blob();
    open_(new File([blob], "syntetisk-egen-matning.csv", { type: "text/csv" }));
  });
  kindPilot.addEventListener("change", () => worker.post({ type: "source", source: "pilot" }));
  kindFile.addEventListener("change", () => worker.post({ type: "source", source: "file" }));
  modelInput.addEventListener("change", () => {
    const m = modelInput.files?.[0];
    if (m) worker.post({ type: "model", file: m });
  });
  modelForget.addEventListener("click", () => {
    modelInput.value = "";
    worker.post({ type: "model", file: null });
  });
  dateInput.addEventListener("change", () => worker.post({ type: "options", options: { changeDate: dateInput.value } }));
  tzInput.addEventListener("change", () => worker.post({ type: "options", options: { tz: tzInput.value.trim() || "Europe/Stockholm" } }));
  const personnummer = () =>
    worker.post({ type: "options", options: { personnummer: pseudo.checked ? "pseudonymise" : "refuse", pseudonymKey: key.value } });
  pseudo.addEventListener("change", personnummer);
  key.addEventListener("change", personnummer);
  mappingButton.addEventListener("click", () => mapColumns());
  forget.addEventListener("click", () => {
    file = null;
    logInput.value = "";
    worker.post({ type: "forget" });
  });
  // Drop a file on the panel — or anywhere on the page, so that the browser never opens the file instead.
  const drop = (e) => {
    if (!e.dataTransfer?.types?.includes("Files")) return;
    e.preventDefault();
    if (e.type === "drop") open_(e.dataTransfer.files?.[0]);
  };
  for (const t of ["dragover", "drop"]) document.addEventListener(t, drop);
  worker.onProgress((p) => {
    if (p.phase === "läser" && p.total) {
      progress.hidden = false;
      progress.value = p.bytes / p.total;
      progressText.textContent = ` Läser filen … ${formatNumber((100 * p.bytes) / p.total, 0)} %`;
    } else if (p.phase === "räknar") {
      progressText.textContent = " Räknar …";
    }
  });
  // The worker may hand back a file read on another page: until it answers the value is undefined, so the page waits
  // (and fetches nothing); should the worker not answer, the pilot data are shown after a while.
  node.value = undefined;
  worker.onState(render);
  setTimeout(() => {
    if (lastKey !== null || !pilot) return;
    lastKey = "pilot";
    node.value = { kind: "pilot" };
    emit();
  }, 5000);
  return node;
}
