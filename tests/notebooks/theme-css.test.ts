import { readFileSync } from "node:fs";
import { CATEGORY_COLOR, DEPENDENCY_COLOR, STATUS_COLOR } from "@flodes/viz";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../notebooks/src/", import.meta.url);
const css = readFileSync(new URL("style.css", SRC), "utf-8");
/** The value of a `--flodes-*` custom property in style.css. */
const cssVar = (name: string) => new RegExp(`--flodes-${name}:\\s*(#[0-9a-f]{6})`, "i").exec(css)?.[1]?.toLowerCase();

describe("the site's stylesheet", () => {
  it("repeats the viz theme's colours exactly, so badges and boxes match the charts", () => {
    expect(cssVar("va")).toBe(CATEGORY_COLOR.VA.toLowerCase());
    expect(cssVar("nnva")).toBe(CATEGORY_COLOR.NNVA.toLowerCase());
    expect(cssVar("nva")).toBe(CATEGORY_COLOR.NVA.toLowerCase());
    for (const status of ["ok", "risk", "bad", "none"] as const) expect(cssVar(`status-${status}`)).toBe(STATUS_COLOR[status]);
    expect(cssVar("upstream")).toBe(DEPENDENCY_COLOR.upstream);
    expect(cssVar("downstream")).toBe(DEPENDENCY_COLOR.downstream);
    expect(cssVar("box-stroke")).toBe(DEPENDENCY_COLOR.stroke);
    expect(cssVar("box-text")).toBe(DEPENDENCY_COLOR.text);
    expect(cssVar("box-subtle-text")).toBe(DEPENDENCY_COLOR.subtleText);
  });

  it("is the one place pages and components take colours from: no hex colours and no inline charts in them", () => {
    const pages = ["datakvalitet.md", "om-metoden.md", "uppfoljning.md", "forbattringsportfolj.md", "beroenden.md", "index.md"];
    const components = ["deps-diagram.js", "rollup-tree.js", "goal-tree.js"];
    for (const file of [...pages, ...components.map((c) => `components/${c}`)]) {
      const text = readFileSync(new URL(file, SRC), "utf-8");
      expect(text.match(/#[0-9a-f]{6}\b|#[0-9a-f]{3}\b(?![0-9a-z-])/gi) ?? [], file).toEqual([]);
      expect(text.includes("Plot."), file).toBe(false);
    }
  });
});
