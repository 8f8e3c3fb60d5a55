// Thin wrapper: renders a Vega-Lite spec from @flodes/viz as SVG at the given width.
import vegaEmbed from "vega-embed";
import {fitToWidth} from "@flodes/viz";

/**
 * Renders `spec` into a new element and returns it at once (the chart appears when Vega has rendered).
 * The width is the full width of the chart including axes, legend and title (`fitToWidth`), so charts line up
 * with `resize((width) => vegaChart(spec, {width}))` in a card and never squeeze their plot to nothing.
 * @param {object} spec a Vega-Lite spec, e.g. from `workAndWaitSpec(...)`
 * @param {{width?: number}} options width in px (default: the spec's own width)
 */
export function vegaChart(spec, {width} = {}) {
  const div = document.createElement("div");
  div.className = "chart";
  const sized = width === undefined ? spec : fitToWidth(spec, width);
  vegaEmbed(div, sized, {actions: false, renderer: "svg"}).catch((error) => {
    div.textContent = `Diagrammet kunde inte ritas: ${error.message}`;
    console.error(error);
  });
  return div;
}
