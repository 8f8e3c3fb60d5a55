import { leadTimeDistributionSpec, renderVegaLiteSvg } from "@flodes/viz";
import { describe, expect, it } from "vitest";
import { FLOWS } from "../fixtures.js";

describe("renderVegaLiteSvg", () => {
  it("renders a spec to a standalone SVG string in Node, with its Swedish title and no external references", async () => {
    const svg = await renderVegaLiteSvg(leadTimeDistributionSpec(FLOWS), { width: 480 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Fördelning av ledtid per flöde");
    expect(svg).not.toMatch(/(?:href|src)="https?:/);
    expect(svg).toMatch(/<rect|<path/);
  });
});
