// Thin wrapper: renders a Vega-Lite spec from @flodes/viz as SVG at the given width, with SVG/PNG downloads.

import { fitToWidth } from "@flodes/viz";
import vegaEmbed from "vega-embed";
import { downloadBlob, fileName } from "./download.js";
import { el } from "./el.js";

/**
 * Renders `spec` into a new element and returns it at once (the chart appears when Vega has rendered).
 * The width is the full width of the chart including axes, legend and title (`fitToWidth`), so charts line up
 * with `resize((width) => vegaChart(spec, {width}))` in a card and never squeeze their plot to nothing.
 * Under the chart, "Ladda ner: SVG · PNG" saves it (made in the browser).
 * @param {object} spec a Vega-Lite spec, e.g. from `workAndWaitSpec(...)`
 * @param {{width?: number, download?: boolean}} options width in px (default: the spec's own width); download links (default true)
 */
export function vegaChart(spec, { width, download = true } = {}) {
  const div = document.createElement("div");
  div.className = "chart";
  const sized = width === undefined ? spec : fitToWidth(spec, width);
  const title = typeof spec.title === "string" ? spec.title : (spec.title?.text ?? spec.description ?? "diagram");
  vegaEmbed(div, sized, { actions: false, renderer: "svg" })
    .then(({ view }) => {
      if (!download) return;
      const svg = el("button", { type: "button", class: "link" }, "SVG");
      const png = el("button", { type: "button", class: "link" }, "PNG");
      svg.addEventListener("click", async () =>
        downloadBlob(new Blob([await view.toSVG()], { type: "image/svg+xml" }), `${fileName(title)}.svg`),
      );
      png.addEventListener("click", async () => downloadBlob(dataUrlBlob(await view.toImageURL("png", 2)), `${fileName(title)}.png`));
      div.append(el("div", { class: "chart-downloads no-print" }, "Ladda ner: ", svg, " · ", png));
    })
    .catch((error) => {
      div.textContent = `Diagrammet kunde inte ritas: ${error.message}`;
      console.error(error);
    });
  return div;
}

/** A data: URL as a Blob, decoded here (no fetch, so no request of any kind). */
function dataUrlBlob(dataUrl) {
  const [head, body] = dataUrl.split(",");
  const mime = /data:([^;]+)/.exec(head)?.[1] ?? "application/octet-stream";
  const bin = atob(body);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}
