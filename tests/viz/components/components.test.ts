// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { processMap, timelineLadder } from "@flodes/viz";
import { HANDOFFS, ORDER, STEPS } from "../fixtures.js";

const data = { steps: [...STEPS].sort((a, b) => ORDER.indexOf(a.step) - ORDER.indexOf(b.step)), handoffs: HANDOFFS };

describe("processMap", () => {
  const svg = processMap(data, { width: 900 });
  it("draws one node per step and one edge per handoff between known steps, rework dashed", async () => {
    const edges = [...svg.querySelectorAll("g.edge")];
    // 5 handoffs with a `from` (the null → first one is not an edge); one goes back (Beslut → Provtagning).
    expect(edges).toHaveLength(5);
    expect(svg.querySelectorAll("g.edge.rework")).toHaveLength(1);
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.querySelector("title")!.textContent).toBe("Processkarta med väntetider mellan steg");
    await expect(svg.outerHTML).toMatchFileSnapshot("../__snapshots__/process-map.svg");
  });
  it("makes edges with longer waits thicker", () => {
    const width = (from: string, to: string) => {
      const g = svg.querySelector(`g.edge[data-from="${from}"][data-to="${to}"]`)!;
      return Number(g.querySelector("path")!.getAttribute("stroke-width"));
    };
    // Bedömning → Provtagning waits 2 days; Remiss inkommer → Bedömning 55 min.
    expect(width("Bedömning", "Provtagning")).toBeGreaterThan(width("Remiss inkommer", "Bedömning"));
  });
  it("labels waits in Swedish units", () => {
    const labels = [...svg.querySelectorAll(".edge-label")].map((e) => e.textContent);
    expect(labels).toContain("2 dagar");
    expect(labels).toContain("55 min");
  });
  it("refuses a width that is not a positive number", () => {
    expect(() => processMap(data, { width: 0 })).toThrow(/processMap/);
  });
});

describe("timelineLadder", () => {
  it("draws work above and waits below in process order with hand-computed labels", async () => {
    const svg = timelineLadder(data, { width: 900 });
    const steps = [...svg.querySelectorAll("g.step")].map((g) => g.getAttribute("data-step"));
    expect(steps).toEqual(ORDER);
    const waits = [...svg.querySelectorAll("g.wait")].map((g) => [g.getAttribute("data-to"), g.querySelector(".duration")!.textContent]);
    expect(waits).toContainEqual(["Provtagning", "2 dagar"]);
    expect(waits).toContainEqual(["Beslut", "3 h"]);
    expect(svg.querySelector(".summary")!.textContent).toContain("1,6 %");
    await expect(svg.outerHTML).toMatchFileSnapshot("../__snapshots__/timeline-ladder.svg");
  });
});
