// The column-mapping dialog: shown when the import cannot tell which column is the case, the step or the time (or
// when the user asks). A preview of the first rows (personnummer hidden by the worker), one choice per field,
// separator, date order and time zone; the mapping can be saved as a small JSON file and read again next time.
import {el} from "./el.js";
import {downloadBlob} from "./download.js";

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
  ["process", "Process", false]
];

const SEPARATORS = [["", "Upptäck automatiskt"], [";", "Semikolon ;"], [",", "Komma ,"], ["\t", "Tabb"], ["|", "Lodstreck |"]];
const DATE_ORDERS = [["auto", "Automatiskt"], ["dmy", "dag/månad/år"], ["mdy", "månad/dag/år"], ["ymd", "år-månad-dag"]];
const FORMAT = "flodes-kolumnmappning";

/**
 * A mapping file's settings, checked: `{mapping, sep, dateOrder, tz}`; throws a Swedish message when the JSON is not one.
 * @param {string} text the file's text
 */
export function parseMappingFile(text) {
  const d = JSON.parse(text);
  if (d?.format !== FORMAT || typeof d.mapping !== "object") throw new Error("Filen är ingen kolumnmappning från flodes.");
  const mapping = {};
  for (const [field] of MAPPING_FIELDS) if (typeof d.mapping[field] === "string") mapping[field] = d.mapping[field];
  return {
    mapping,
    sep: typeof d.sep === "string" ? d.sep : "",
    dateOrder: DATE_ORDERS.some(([v]) => v === d.dateOrder) ? d.dateOrder : "auto",
    tz: typeof d.tz === "string" && d.tz ? d.tz : "Europe/Stockholm"
  };
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
    const settings = {mapping: {...current.mapping}, sep: current.sep ?? "", dateOrder: current.dateOrder ?? "auto", tz: current.tz ?? "Europe/Stockholm"};
    let preview = null;
    const selects = new Map();
    const previewBox = el("div", {class: "mapping-preview"}, "Läser de första raderna …");
    const fieldsBox = el("div", {class: "mapping-fields"});
    const message = el("p", {class: "mapping-message", role: "alert"}, reason ?? "");
    const sepSelect = el("select", {"aria-label": "Avgränsare"}, SEPARATORS.map(([v, label]) => el("option", {value: v}, label)));
    sepSelect.value = settings.sep;
    const orderSelect = el("select", {"aria-label": "Datumordning"}, DATE_ORDERS.map(([v, label]) => el("option", {value: v}, label)));
    orderSelect.value = settings.dateOrder;
    const tzInput = el("input", {type: "text", value: settings.tz, "aria-label": "Tidszon", size: "18"});
    const loadInput = el("input", {type: "file", accept: ".json,application/json", class: "visually-hidden", "aria-label": "Läs in mappning"});
    const ok = el("button", {type: "button", class: "primary"}, "Läs filen med de här kolumnerna");
    const cancel = el("button", {type: "button"}, "Avbryt");
    const save = el("button", {type: "button"}, "Spara mappningen …");
    const load = el("label", {class: "button"}, "Läs in en sparad mappning …", loadInput);
    const dialog = el("dialog", {class: "mapping-dialog", "aria-label": "Kolumner i din fil"},
      el("h2", null, "Vilka kolumner är vad?"),
      el("p", {class: "sub"}, `Filen ${file.name}. Välj vilken kolumn som är ärendet, steget och tiden. Kolumner du inte väljer behålls som extra uppgifter.`),
      message,
      el("div", {class: "mapping-options"},
        el("label", null, "Avgränsare ", sepSelect),
        el("label", null, "Datum skrivs ", orderSelect),
        el("label", null, "Tidszon ", tzInput)),
      fieldsBox,
      el("h3", null, "De första raderna"),
      previewBox,
      el("div", {class: "mapping-buttons"}, ok, save, load, cancel));

    const chosen = () => {
      const mapping = {};
      for (const [field, select] of selects) mapping[field] = select.value;
      return {mapping, sep: sepSelect.value, dateOrder: orderSelect.value, tz: tzInput.value.trim() || "Europe/Stockholm"};
    };
    const renderFields = () => {
      fieldsBox.replaceChildren();
      selects.clear();
      const columns = preview?.columns ?? [];
      for (const [field, label, required] of MAPPING_FIELDS) {
        const given = settings.mapping[field];
        const auto = preview?.mapping?.[field] ?? "";
        const value = given !== undefined ? given : auto;
        const select = el("select", {"data-field": field, "aria-label": label},
          el("option", {value: ""}, required ? "— välj kolumn —" : "— ingen —"),
          columns.map((c) => el("option", {value: c}, c)));
        select.value = columns.includes(value) ? value : "";
        selects.set(field, select);
        fieldsBox.append(el("label", {class: required ? "required" : null}, `${label}${required ? " *" : ""}`, select));
      }
    };
    const renderPreview = () => {
      if (!preview) return;
      const table = el("table", null,
        el("thead", null, el("tr", null, preview.columns.map((c) => el("th", null, c)))),
        el("tbody", null, preview.rows.map((r) => el("tr", null, preview.columns.map((_, i) => el("td", null, r[i] ?? ""))))));
      previewBox.replaceChildren(table, preview.masked > 0 ? el("p", {class: "sub"}, `${preview.masked} celler med personnummer visas inte.`) : "");
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
      const json = JSON.stringify({format: FORMAT, version: 1, ...s}, null, 2);
      downloadBlob(new Blob([json], {type: "application/json"}), `kolumner-${file.name.replace(/\.[^.]+$/, "")}.json`);
    });
    loadInput.addEventListener("change", async () => {
      const f = loadInput.files?.[0];
      if (!f) return;
      try {
        const s = parseMappingFile(await f.text());
        settings.mapping = s.mapping;
        sepSelect.value = s.sep;
        orderSelect.value = s.dateOrder;
        tzInput.value = s.tz;
        message.textContent = `Mappningen i ${f.name} är inläst.`;
        await refresh();
      } catch (e) {
        message.textContent = e instanceof SyntaxError ? "Filen är inte giltig JSON." : e.message;
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    refresh();
  });
}
