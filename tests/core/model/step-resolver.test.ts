import { createStepResolver, type Process } from "@flodes/core";
import { describe, expect, it } from "vitest";

const model: Process[] = [
  {
    id: "a",
    name: "Process A",
    steps: [
      { id: "x", name: "y", category: "VA" },
      { id: "k", name: "Kontroll", category: "NNVA" },
    ],
  },
  {
    id: "b",
    name: "Process B",
    steps: [
      { id: "y", name: "z", category: "NVA" },
      { id: "kontroll", name: "Annat", category: "NVA" },
    ],
  },
];

describe("createStepResolver", () => {
  it("lets an id beat a name across processes when the flow has no process", () => {
    const r = createStepResolver(model);
    expect(r.resolve("y")?.step.category).toBe("NVA");
    expect(r.resolve("y")?.process.id).toBe("b");
  });

  it("looks in the flow's own process first, id then name", () => {
    const r = createStepResolver(model);
    expect(r.resolve("y", "a")?.step.id).toBe("x");
    expect(r.resolve("Kontroll", "a")?.step.id).toBe("k");
    expect(r.resolve("Kontroll", "Process B")?.step.id).toBe("kontroll");
  });

  it("compares trimmed and case-insensitively", () => {
    const r = createStepResolver(model);
    expect(r.resolve("  Z ")?.step.id).toBe("y");
    expect(r.resolve("X", " A ")?.step.id).toBe("x");
  });

  it("falls back across processes when the own process lacks the step", () => {
    const r = createStepResolver(model);
    expect(r.resolve("z", "a")?.process.id).toBe("b");
    expect(r.resolve("okänt", "a")).toBeUndefined();
  });
});
