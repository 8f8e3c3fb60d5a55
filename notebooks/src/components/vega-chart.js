// Thin wrapper: renders a Vega-Lite spec from @flodes/viz as SVG at the given width.
import vegaEmbed from "vega-embed";

/**
 * Renders `spec` into a new element and returns it at once (the chart appears when Vega has rendered).
 * The width is the full width of the chart including axes and legend ("fit-x" autosize), so charts
 * line up with `resize((width) => vegaChart(spec(width)))` in a card.
 * @param {object} spec a Vega-Lite spec, e.g. from `workAndWaitSpec(...)`
 * @param {{width?: number}} options width in px (default: the spec's own width)
 */
export function vegaChart(spec, {width} = {}) {
  const div = document.createElement("div");
  div.className = "chart";
  const sized = width === undefined ? spec : fitWidth(spec, width);
  vegaEmbed(div, sized, {actions: false, renderer: "svg"}).catch((error) => {
    div.textContent = `Diagrammet kunde inte ritas: ${error.message}`;
    console.error(error);
  });
  return div;
}

// Fit the whole chart (axes, legend) into `width`; wrap long horizontal legends into columns.
function fitWidth(spec, width) {
  const legend = {columns: Math.max(1, Math.floor(width / 200)), ...spec.config?.legend};
  return {...spec, width, autosize: {type: "fit-x", contains: "padding", ...spec.autosize}, config: {...spec.config, legend}};
}
