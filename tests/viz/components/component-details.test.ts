// @vitest-environment jsdom
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { processMap, timelineLadder } from "@flodes/viz";
import { HANDOFFS, ORDER, STEPS } from "../fixtures.js";

const data = { steps: STEPS, handoffs: HANDOFFS };

describe("processMap details", () => {
  it("builds in a document it is given, not only the global one", () => {
    const other = new JSDOM("<!doctype html><body></body>").window.document;
    const svg = processMap(data, { width: 760, order: ORDER, document: other });
    expect(svg.ownerDocument).toBe(other);
    expect(svg.querySelectorAll("g.node")).toHaveLength(5);
  });
  it("scales stroke width linearly from 1.5 px at no wait to 10 px at the longest median wait", () => {
    const svg = processMap(data, { width: 760, order: ORDER });
    const widths = [...svg.querySelectorAll("g.edge")]
      .map((g) => [Number(g.getAttribute("data-wait-ms")), Number(g.querySelector("path")!.getAttribute("stroke-width"))] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < widths.length; i++) expect(widths[i][1]).toBeGreaterThanOrEqual(widths[i - 1][1]);
    // Longest wait 2 days → 10; 10 min → 1.5 + 8.5 × 10/2880 = 1.5295 → 1.53 (rounded to 2 decimals).
    expect(widths.at(-1)![1]).toBe(10);
    expect(widths[0]).toEqual([600_000, 1.53]);
  });
  it("puts the nodes in process order on one row when wide and wraps them when narrow", () => {
    const rowsAt = (width: number) => {
      const svg = processMap(data, { width, order: ORDER });
      const nodes = [...svg.querySelectorAll("g.node")];
      expect(nodes.map((n) => n.getAttribute("data-step"))).toEqual(ORDER);
      return new Set(nodes.map((n) => n.getAttribute("transform")!.split(",")[1])).size;
    };
    expect(rowsAt(760)).toBe(1);
    expect(rowsAt(420)).toBeGreaterThan(1);
  });
  it("has an accessible name, a description and themable text", () => {
    const svg = processMap(data, { width: 760, order: ORDER, title: "Min karta" });
    expect(svg.getAttribute("aria-label")).toBe("Min karta");
    expect(svg.querySelector("desc")!.textContent).toContain("5 steg");
    expect(svg.getAttribute("fill")).toBe("currentColor");
    expect(svg.getAttribute("height")).toBe(svg.getAttribute("viewBox")!.split(" ")[3]);
  });
});

describe("timelineLadder details", () => {
  it("balances rows when it wraps and keeps every step and wait", () => {
    const svg = timelineLadder(data, { width: 420, order: ORDER });
    expect(svg.querySelectorAll("g.step")).toHaveLength(5);
    expect(svg.querySelectorAll("g.wait")).toHaveLength(4);
    // 9 slots, 5 fit in 396 px (⌊396/76⌋ = 5) → 2 rows of 5 + 4: risers only inside rows = 4 + 3.
    expect(svg.querySelectorAll("line.riser")).toHaveLength(7);
  });
  it("draws identical SVG for identical input", () => {
    const a = timelineLadder(data, { width: 640, order: ORDER }).outerHTML;
    const b = timelineLadder(data, { width: 640, order: ORDER }).outerHTML;
    expect(a).toBe(b);
  });
});
