// @vitest-environment jsdom

import { processMap, valueStreamTimeline } from "@flodes/viz";
import { describe, expect, it } from "vitest";
import { HANDOFFS, ORDER, STEPS } from "../fixtures.js";

const data = { steps: [...STEPS].sort((a, b) => ORDER.indexOf(a.step) - ORDER.indexOf(b.step)), handoffs: HANDOFFS };

describe("processMap", () => {
  const svg = processMap(data, { width: 900, order: ORDER });
  it("draws one node per step and one edge per handoff between known steps, rework dashed", async () => {
    const edges = [...svg.querySelectorAll("g.edge")];
    // 5 handoffs with a `from` (the null → first one is not an edge); one goes back (Beslut → Provtagning).
    expect(edges).toHaveLength(5);
    expect(svg.querySelectorAll("g.edge.rework")).toHaveLength(1);
    expect(svg.querySelector("g.edge.rework path")!.getAttribute("stroke-dasharray")).not.toBeNull();
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.querySelector("title")!.textContent).toBe("Processkarta: antal ärenden och väntan på varje överlämning");
    await expect(svg.outerHTML).toMatchFileSnapshot("../__snapshots__/process-map.svg");
  });
  it("puts the number of cases and the median wait on every edge", () => {
    const labels = [...svg.querySelectorAll("g.edge-label")].map((g) => [
      g.getAttribute("data-from"),
      g.getAttribute("data-to"),
      g.textContent,
    ]);
    expect(labels).toHaveLength(5);
    expect(labels).toContainEqual(["Bedömning", "Provtagning", "10 ärendenmedian 2 dagar"]);
    expect(labels).toContainEqual(["Remiss inkommer", "Bedömning", "10 ärendenmedian 55 min"]);
    expect(labels).toContainEqual(["Provtagning", "Beslut", "4 ärendenmedian 3 h"]);
  });
  it("writes full step names, wrapped, never cut", () => {
    const names = [...svg.querySelectorAll("g.node .node-name")].map((t) =>
      [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "),
    );
    expect(names.sort()).toEqual([...ORDER].sort());
  });
  it("in frequency mode makes edges taken by more cases wider; in performance mode edges with longer waits", () => {
    const width = (s: SVGSVGElement, from: string, to: string) =>
      Number(s.querySelector(`g.edge[data-from="${from}"][data-to="${to}"] path`)!.getAttribute("stroke-width"));
    // 10 cases wait 55 min (Remiss → Bedömning); 4 cases wait 3 h (Provtagning → Beslut).
    expect(width(svg, "Remiss inkommer", "Bedömning")).toBeGreaterThan(width(svg, "Provtagning", "Beslut"));
    const perf = processMap(data, { width: 900, order: ORDER, mode: "performance" });
    expect(width(perf, "Remiss inkommer", "Bedömning")).toBeLessThan(width(perf, "Provtagning", "Beslut"));
    expect(perf.querySelector('g.edge-label[data-from="Bedömning"] .edge-main')!.textContent).toBe("2 dagar");
    expect(svg.querySelector('g.edge-label[data-from="Bedömning"] .edge-main')!.textContent).toBe("10 ärenden");
  });
  it("refuses a width that is not a positive number", () => {
    expect(() => processMap(data, { width: 0 })).toThrow(/processMap/);
  });
});

describe("valueStreamTimeline", () => {
  it("puts waits on the upper line and work on the lower line, in process order, with hand-computed labels", async () => {
    const svg = valueStreamTimeline(data, { width: 1100, order: ORDER, figures: { leadTimeMs: 2.5 * 86_400_000, rolledPca: 0.8 } });
    const steps = [...svg.querySelectorAll("g.step")].map((g) => g.getAttribute("data-step"));
    expect(steps).toEqual(ORDER);
    const waits = [...svg.querySelectorAll("g.wait")].map((g) => [g.getAttribute("data-to"), g.querySelector(".duration")!.textContent]);
    expect(waits).toContainEqual(["Provtagning", "2 dagar"]);
    // no Dokumentation → Beslut handoff: Beslut's own wait-before (3 h)
    expect(waits).toContainEqual(["Beslut", "3 h"]);
    const waitY = Number(svg.querySelector("g.wait line")!.getAttribute("y1"));
    const workY = Number(svg.querySelector("g.step .work-line")!.getAttribute("y1"));
    expect(waitY).toBeLessThan(workY);
    const summary = svg.querySelector(".summary")!.textContent!;
    expect(summary).toContain("2,5 dagar"); // the given median lead time
    expect(summary).toContain("80 %"); // rolled %C&A
    // process time from the timeline's own sums: 5 + 20 + 20 + 15 + 10 = 70 min
    expect(summary).toContain("70 min");
    await expect(svg.outerHTML).toMatchFileSnapshot("../__snapshots__/value-stream-timeline.svg");
  });
});
