// Taking results away: tables as Excel-friendly CSV (Swedish headers, ";", decimal comma, UTF-8 with BOM, cells that
// would start a formula neutralised by @flodes/core's csvField) and charts as SVG or PNG. Everything is made in the
// browser; nothing is sent anywhere.
import { csvField } from "@flodes/core";
import { el } from "./el.js";

/** Saves a blob under `name` (a download made in the page; no request leaves the machine). */
export function downloadBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A number as Excel in Swedish reads it: decimal comma, no thousands separator, at most 6 decimals. */
function excelNumber(x) {
  if (!Number.isFinite(x)) return "";
  return String(Number.isInteger(x) ? x : Number(x.toFixed(6))).replace(".", ",");
}

/**
 * Rows as CSV text for Excel (Swedish): ";" between fields, decimal comma, CRLF line ends, the keys of the first row
 * as headers; text cells neutralised against formula injection and quoted when needed.
 * @param {object[]} rows table rows with Swedish column names
 * @returns {string}
 */
export function tableCsv(rows) {
  if (!rows.length) return "";
  const columns = Object.keys(rows[0]);
  const cell = (v) =>
    v == null ? "" : typeof v === "number" ? excelNumber(v) : csvField(v instanceof Date ? v.toISOString() : String(v), ";");
  return `${[columns.map((c) => csvField(c, ";")).join(";"), ...rows.map((r) => columns.map((c) => cell(r[c])).join(";"))].join("\r\n")}\r\n`;
}

/** A "Ladda ner (CSV)" button for `rows`, saved as `name`.csv. */
export function csvButton(rows, name) {
  const b = el("button", { type: "button", class: "download no-print" }, "Ladda ner tabellen (CSV)");
  b.addEventListener("click", () =>
    downloadBlob(new Blob(["\ufeff", tableCsv(rows)], { type: "text/csv;charset=utf-8" }), `${fileName(name)}.csv`),
  );
  return b;
}

/** A file name from a title: letters, digits and dashes. */
export function fileName(title) {
  return (
    String(title || "diagram")
      .toLowerCase()
      .normalize("NFC")
      .replace(/[^a-z0-9åäöéü]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "diagram"
  );
}

/** An SVG element as a standalone file (namespaces, size, white background for viewers without one). */
function svgText(svg) {
  const clone = svg.cloneNode(true);
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  const box = svg.getBoundingClientRect();
  if (!clone.getAttribute("width")) clone.setAttribute("width", String(Math.round(box.width)));
  if (!clone.getAttribute("height")) clone.setAttribute("height", String(Math.round(box.height)));
  const style = getComputedStyle(svg);
  clone.setAttribute("style", `font-family: ${style.fontFamily}; color: ${style.color}; background: white`);
  return new XMLSerializer().serializeToString(clone);
}

/** Draws an SVG element on a canvas at twice its size and resolves with a PNG blob. */
function svgPng(svg) {
  const text = svgText(svg);
  const box = svg.getBoundingClientRect();
  const scale = 2;
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(box.width * scale));
      canvas.height = Math.max(1, Math.round(box.height * scale));
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = "white";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG kunde inte skapas"))), "image/png");
    };
    img.onerror = () => reject(new Error("SVG kunde inte ritas"));
    img.src = url;
  });
}

/**
 * "SVG · PNG" download links for the chart in `container` (its first top-level svg, found when clicked).
 * @param {Element} container the chart's element
 * @param {string} name file name without extension
 */
export function chartDownloads(container, name) {
  const find = () => container.querySelector("svg");
  const svgLink = el("button", { type: "button", class: "link" }, "SVG");
  const pngLink = el("button", { type: "button", class: "link" }, "PNG");
  svgLink.addEventListener("click", () => {
    const svg = find();
    if (svg) downloadBlob(new Blob([svgText(svg)], { type: "image/svg+xml" }), `${fileName(name)}.svg`);
  });
  pngLink.addEventListener("click", async () => {
    const svg = find();
    if (svg) downloadBlob(await svgPng(svg), `${fileName(name)}.png`);
  });
  return el("div", { class: "chart-downloads no-print" }, "Ladda ner: ", svgLink, " · ", pngLink);
}

/**
 * A d3/SVG component with download links under it.
 * @param {Element} chart the component's element (an svg or an element holding one)
 * @param {string} name file name without extension
 */
export function downloadable(chart, name) {
  if (!(chart instanceof Element)) return chart;
  const wrap = el("div", { class: "downloadable" }, chart);
  wrap.append(chartDownloads(wrap, name));
  return wrap;
}
