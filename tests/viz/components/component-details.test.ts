// @vitest-environment jsdom

import { processMap, valueStreamTimeline, wrapText } from "@flodes/viz";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { HANDOFFS, ORDER, STEPS } from "../fixtures.js";

const data = { steps: STEPS, handoffs: HANDOFFS };

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
function translate(el: Element): [number, number] {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform") ?? "");
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

describe("processMap details", () => {
  it("builds in a document it is given, not only the global one", () => {
    const other = new JSDOM("<!doctype html><body></body>").window.document;
    const svg = processMap(data, { width: 760, order: ORDER, document: other });
    expect(svg.ownerDocument).toBe(other);
    expect(svg.querySelectorAll("g.node")).toHaveLength(5);
  });
  it("lays out boxes and edge labels so that none overlaps another (layout coordinates)", () => {
    const svg = processMap(data, { width: 760, order: ORDER });
    const boxes: Box[] = [];
    for (const g of svg.querySelectorAll("g.node, g.edge-label")) {
      const [x, y] = translate(g);
      const r = g.querySelector("rect")!;
      boxes.push({ x, y, w: Number(r.getAttribute("width")), h: Number(r.getAttribute("height")) });
    }
    expect(boxes).toHaveLength(10);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${i} × ${j}`).toBe(false);
  });
  it("keeps the main flow top to bottom in process order", () => {
    const svg = processMap(data, { width: 760, order: ORDER });
    const y = (step: string) => translate(svg.querySelector(`g.node[data-step="${step}"]`)!)[1];
    for (let i = 1; i < ORDER.length - 1; i++) expect(y(ORDER[i]!)).toBeGreaterThan(y(ORDER[i - 1]!));
  });
  it("leaves out handoffs taken by fewer than minShare of the cases and says how many", () => {
    // Beslut → Provtagning: 2 of 10 cases (20 %); Provtagning → Beslut: 4 of 10 (40 %); the rest 10 of 10.
    const svg = processMap(data, { width: 760, order: ORDER, minShare: 0.5 });
    expect(svg.querySelectorAll("g.edge")).toHaveLength(3);
    expect(svg.querySelector(".legend")!.textContent).toContain("2 överlämningar som färre än 50 % av ärendena gör visas inte");
    expect(processMap(data, { width: 760, order: ORDER, minShare: 0.3 }).querySelectorAll("g.edge")).toHaveLength(4);
  });
  it("has an accessible name, a description and themable text", () => {
    const svg = processMap(data, { width: 760, order: ORDER, title: "Min karta" });
    expect(svg.getAttribute("aria-label")).toBe("Min karta");
    expect(svg.querySelector("desc")!.textContent).toContain("5 steg");
    expect(svg.getAttribute("fill")).toBe("currentColor");
  });
  it("scales down to the page width but not below 75 %, so names stay readable on a phone (the card scrolls)", () => {
    const svg = processMap(data, { width: 200, order: ORDER });
    const [, , vbW] = svg.getAttribute("viewBox")!.split(" ").map(Number);
    expect(Number(svg.getAttribute("width")) / vbW!).toBeCloseTo(0.75, 2);
    expect(svg.style.maxWidth).toBe("none");
  });
});

describe("valueStreamTimeline details", () => {
  it("wraps into rows when narrow and keeps every step and wait, the summary box below", () => {
    const svg = valueStreamTimeline(data, { width: 420, order: ORDER });
    expect(svg.querySelectorAll("g.step")).toHaveLength(5);
    expect(svg.querySelectorAll("g.wait")).toHaveLength(4);
    const summaryY = translate(svg.querySelector("g.summary")!)[1];
    const lastWork = Math.max(...[...svg.querySelectorAll(".work-line")].map((l) => Number(l.getAttribute("y1"))));
    expect(summaryY).toBeGreaterThan(lastWork);
  });
  it("leaves steps visited by fewer than minShare of the cases off the timeline and says so", () => {
    const few = data.steps.map((s) => (s.step === "Dokumentation" ? { ...s, shareOfFlows: 0.2 } : s));
    const svg = valueStreamTimeline({ steps: few, handoffs: HANDOFFS }, { width: 900, order: ORDER });
    expect([...svg.querySelectorAll("g.step")].map((g) => g.getAttribute("data-step"))).not.toContain("Dokumentation");
    expect(svg.querySelector(".note")!.textContent).toContain("1 steg som färre än 50 %");
  });
  it("draws identical SVG for identical input", () => {
    const a = valueStreamTimeline(data, { width: 640, order: ORDER }).outerHTML;
    const b = valueStreamTimeline(data, { width: 640, order: ORDER }).outerHTML;
    expect(a).toBe(b);
  });
});

describe("wrapText", () => {
  it("keeps words whole, hyphenates only a word longer than a line, and ends an overflow with …", () => {
    expect(wrapText("Bedömning av remiss", 80)).toEqual(["Bedömning av", "remiss"]);
    // 60 px at 11 px ≈ 9 characters a line (0.58 em per character)
    expect(wrapText("Dubbeldokumentation", 60, 11, 3)).toEqual(["Dubbeldo-", "kumentat-", "ion"]);
    expect(wrapText("Jaga uppgifter per telefon hos patienten", 60, 11, 2)).toEqual(["Jaga", "uppgifte…"]);
  });
});
