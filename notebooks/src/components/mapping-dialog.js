// The column-mapping dialog: shown when the import cannot tell which column is the case, the step or the time (or
// when the user asks). A preview of the first rows (personnummer hidden by the worker), one choice per field,
// separator, date order and time zone; the mapping can be saved as a small JSON file and read again next time.

import { downloadBlob } from "./download.js";
import { el } from "./el.js";

/** The fields a log maps, in the order of the dialog (label, whether required). */
export const MAPPING_FIELDS = [
  ["flow", "Ärende (flöde)", true],
  ["step", "Steg (aktivitet)", true],
  ["start", "Starttid", false],
  ["end", "Sluttid", false],
  ["time", "Tidpunkt (en tid per händelse)", false],
  ["lifecycle", "Livscykel (start/complete)", false],
  ["category", "Kategori (VA/NNVA/NVA)", false],
  ["unit", "Enhet", false],
  ["role", "Roll", false],
  ["resource", "Resurs", false],
  ["process", "Process", false],
];

const SEPARATORS = [
  ["", "Upptäck automatiskt"],
  [";", "Semikolon ;"],
  [",", "Komma ,"],
  ["\t", "Tabb"],
  ["|", "Lodstreck |"],
];
const DATE_ORDERS = [
  ["auto", "Automatiskt"],
  ["dmy", "dag/månad/år"],
  ["mdy", "månad/dag/år"],
  ["ymd", "år-månad-dag"],
];
const FORMAT = "flodes-kolumnmappning";

/**
 * A mapping file's settings, checked: `{mapping, sep, dateOrder, tz}`. Every problem is reported, never dropped: a file
 * that is not JSON, not a flodes mapping, or has a field of the wrong kind throws one Error whose message names the
 * file and the field, in Swedish and English ("sv / en"). Fields the file leaves out take their defaults (no
 * separator: detect; date order: auto; zone: Europe/Stockholm).
 * @param {string} text the file's text
 * @param {string} [file] the file's name, for messages (default "kolumnmappning")
 */
export function parseMappingFile(text, file = "kolumnmappning") {
  const fail = (problems) => {
    throw new Error(problems.map(([sv, en]) => `${file}: ${sv} / ${en}`).join("\n"));
  };
  let d;
  try {
    d = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    fail([[`filen är inte giltig JSON (${e.message})`, `the file is not valid JSON (${e.message})`]]);
  }
  if (d === null || typeof d !== "object" || Array.isArray(d) || d.format !== FORMAT) {
    fail([
      [
        `filen är ingen kolumnmappning från flodes (fältet "format" ska vara "${FORMAT}")`,
        `the file is not a flodes column mapping (field "format" must be "${FORMAT}")`,
      ],
    ]);
  }
  const problems = [];
  if (d.mapping === null || typeof d.mapping !== "object" || Array.isArray(d.mapping))
    problems.push([`fältet "mapping" ska vara ett objekt`, `field "mapping" must be an object`]);
  const mapping = {};
  const known = new Set(MAPPING_FIELDS.map(([field]) => field));
  for (const [field, column] of Object.entries(problems.length === 0 ? d.mapping : {})) {
    if (!known.has(field))
      problems.push([
        `okänt fält "mapping.${field}" (kända: ${[...known].join(", ")})`,
        `unknown field "mapping.${field}" (known: ${[...known].join(", ")})`,
      ]);
    else if (typeof column !== "string")
      problems.push([`fältet "mapping.${field}" ska vara ett kolumnnamn (text)`, `field "mapping.${field}" must be a column name (text)`]);
    else mapping[field] = column;
  }
  if (d.sep !== undefined && !SEPARATORS.some(([v]) => v === d.sep))
    problems.push([`fältet "sep" ska vara en av ; , tabb | eller tomt`, `field "sep" must be one of ; , tab | or empty`]);
  if (d.dateOrder !== undefined && !DATE_ORDERS.some(([v]) => v === d.dateOrder))
    problems.push([`fältet "dateOrder" ska vara auto, dmy, mdy eller ymd`, `field "dateOrder" must be auto, dmy, mdy or ymd`]);
  if (d.tz !== undefined && !isTimeZone(d.tz))
    problems.push([`fältet "tz" ska vara en tidszon, t.ex. Europe/Stockholm`, `field "tz" must be a time zone, e.g. Europe/Stockholm`]);
  if (problems.length > 0) fail(problems);
  return { mapping, sep: d.sep ?? "", dateOrder: d.dateOrder ?? "auto", tz: d.tz ?? "Europe/Stockholm" };
}

/** Whether `tz` is an IANA time zone this browser knows. */
function isTimeZone(tz) {
  if (typeof tz !== "string" || tz === "") return false;
  try {
    new Intl.DateTimeFormat("sv-SE", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the dialog for `file` and resolves with the chosen settings, or null when cancelled.
 * @param {{preview: (file: File, sep?: string) => Promise<object>}} worker the worker connection
 * @param {File} file the log
 * @param {{mapping: object, sep: string, dateOrder: string, tz: string}} current the settings in force
 * @param {string} [reason] why the dialog opened (the import's message)
 * @returns {Promise<{mapping: object, sep: string, dateOrder: string, tz: string}|null>}
 */
export function openMappingDialog(worker, file, current, reason) {
  return new Promise((resolve) => {
    const settings = {
      mapping: { ...current.mapping },
      sep: current.sep ?? "",
      dateOrder: current.dateOrder ?? "auto",
      tz: current.tz ?? "Europe/Stockholm",
    };
    let preview = null;
    const selects = new Map();
    const previewBox = el("div", { class: "mapping-preview" }, "Läser de första raderna …");
    const fieldsBox = el("div", { class: "mapping-fields" });
    const message = el("p", { class: "mapping-message", role: "alert" }, reason ?? "");
    const sepSelect = el(
      "select",
      { "aria-label": "Avgränsare" },
      SEPARATORS.map(([v, label]) => el("option", { value: v }, label)),
    );
    sepSelect.value = settings.sep;
    const orderSelect = el(
      "select",
      { "aria-label": "Datumordning" },
      DATE_ORDERS.map(([v, label]) => el("option", { value: v }, label)),
    );
    orderSelect.value = settings.dateOrder;
    const tzInput = el("input", { type: "text", value: settings.tz, "aria-label": "Tidszon", size: "18" });
    const loadInput = el("input", {
      type: "file",
      accept: ".json,application/json",
      class: "visually-hidden",
      "aria-label": "Läs in mappning",
    });
    const ok = el("button", { type: "button", class: "primary" }, "Läs filen med de här kolumnerna");
    const cancel = el("button", { type: "button" }, "Avbryt");
    const save = el("button", { type: "button" }, "Spara mappningen …");
    const load = el("label", { class: "button" }, "Läs in en sparad mappning …", loadInput);
    const dialog = el(
      "dialog",
      { class: "mapping-dialog", "aria-label": "Kolumner i din fil" },
      el("h2", null, "Vilka kolumner är vad?"),
      el(
        "p",
        { class: "sub" },
        `Filen ${file.name}. Välj vilken kolumn som är ärendet, steget och tiden. Kolumner du inte väljer behålls som extra uppgifter.`,
      ),
      message,
      el(
        "div",
        { class: "mapping-options" },
        el("label", null, "Avgränsare ", sepSelect),
        el("label", null, "Datum skrivs ", orderSelect),
        el("label", null, "Tidszon ", tzInput),
      ),
      fieldsBox,
      el("h3", null, "De första raderna"),
      previewBox,
      el("div", { class: "mapping-buttons" }, ok, save, load, cancel),
    );

    const chosen = () => {
      const mapping = {};
      for (const [field, select] of selects) mapping[field] = select.value;
      return { mapping, sep: sepSelect.value, dateOrder: orderSelect.value, tz: tzInput.value.trim() || "Europe/Stockholm" };
    };
    const renderFields = () => {
      fieldsBox.replaceChildren();
      selects.clear();
      const columns = preview?.columns ?? [];
      for (const [field, label, required] of MAPPING_FIELDS) {
        const given = settings.mapping[field];
        const auto = preview?.mapping?.[field] ?? "";
        const value = given !== undefined ? given : auto;
        const select = el(
          "select",
          { "data-field": field, "aria-label": label },
          el("option", { value: "" }, required ? "— välj kolumn —" : "— ingen —"),
          columns.map((c) => el("option", { value: c }, c)),
        );
        select.value = columns.includes(value) ? value : "";
        selects.set(field, select);
        fieldsBox.append(el("label", { class: required ? "required" : null }, `${label}${required ? " *" : ""}`, select));
      }
    };
    const renderPreview = () => {
      if (!preview) return;
      const table = el(
        "table",
        null,
        el(
          "thead",
          null,
          el(
            "tr",
            null,
            preview.columns.map((c) => el("th", null, c)),
          ),
        ),
        el(
          "tbody",
          null,
          preview.rows.map((r) =>
            el(
              "tr",
              null,
              preview.columns.map((_, i) => el("td", null, r[i] ?? "")),
            ),
          ),
        ),
      );
      previewBox.replaceChildren(
        table,
        preview.masked > 0 ? el("p", { class: "sub" }, `${preview.masked} celler med personnummer visas inte.`) : "",
      );
    };
    const refresh = async () => {
      previewBox.textContent = "Läser de första raderna …";
      try {
        preview = await worker.preview(file, sepSelect.value);
        if (!sepSelect.value && preview.separator) settings.sep = "";
        renderFields();
        renderPreview();
      } catch (e) {
        previewBox.textContent = e.message;
      }
    };
    sepSelect.addEventListener("change", () => {
      settings.mapping = chosen().mapping;
      refresh();
    });
    ok.addEventListener("click", () => {
      const s = chosen();
      if (!s.mapping.flow || !s.mapping.step) {
        message.textContent = "Välj minst kolumnerna för ärende och steg.";
        return;
      }
      if (!s.mapping.start && !s.mapping.end && !s.mapping.time) {
        message.textContent = "Välj minst en tidskolumn: start och slut, eller en tidpunkt per händelse.";
        return;
      }
      dialog.close();
      dialog.remove();
      resolve(s);
    });
    cancel.addEventListener("click", () => {
      dialog.close();
      dialog.remove();
      resolve(null);
    });
    dialog.addEventListener("cancel", () => {
      dialog.remove();
      resolve(null);
    });
    save.addEventListener("click", () => {
      const s = chosen();
      const json = JSON.stringify({ format: FORMAT, version: 1, ...s }, null, 2);
      downloadBlob(new Blob([json], { type: "application/json" }), `kolumner-${file.name.replace(/\.[^.]+$/, "")}.json`);
    });
    loadInput.addEventListener("change", async () => {
      const f = loadInput.files?.[0];
      if (!f) return;
      try {
        const s = parseMappingFile(await f.text(), f.name);
        settings.mapping = s.mapping;
        sepSelect.value = s.sep;
        orderSelect.value = s.dateOrder;
        tzInput.value = s.tz;
        message.textContent = `Mappningen i ${f.name} är inläst.`;
        await refresh();
      } catch (e) {
        message.textContent = e.message;
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    refresh();
  });
}
