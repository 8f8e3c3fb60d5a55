import { eventLogFromObservations, flowStates, type Observation, type Process, parseProcessModel, resolveEndSteps } from "@flodes/core";
import { describe, expect, it } from "vitest";

const obs = (flow: string, step: string, at: number, process = "P"): Observation => ({ flow, step, startMs: at, endMs: at, process });
const steps = [
  { id: "a", name: "Remiss", category: "NNVA" as const },
  { id: "b", name: "Besök", category: "VA" as const },
  { id: "c", name: "Uppföljning", category: "VA" as const },
];

describe("resolveEndSteps", () => {
  const log = (model: Process) =>
    eventLogFromObservations([obs("F1", "a", 0), obs("F1", "besök", 1), obs("F2", "a", 2), obs("F2", "c", 3)], { model });

  it("takes the model's endSteps and step flags, matched by id or name, case-insensitively", () => {
    const l = log({ id: "P", name: "P", steps: steps.map((s) => (s.id === "c" ? { ...s, end: true } : s)), endSteps: ["BESÖK"] });
    const ends = resolveEndSteps(l);
    expect(l.stepIds.filter((_, s) => ends.mask[s] === 1).sort()).toEqual(["b", "c"]);
    expect(ends.source).toEqual(["model"]);
    expect(flowStates(l).closed).toBe(2);
  });

  it("falls back to the model's last step, and lets --end-steps override the model", () => {
    const l = log({ id: "P", name: "P", steps });
    expect(resolveEndSteps(l)).toMatchObject({ source: ["lastModelStep"], steps: [["c"]] });
    expect(flowStates(l).closed).toBe(1);
    const byOption = resolveEndSteps(l, [" remiss "]);
    expect(byOption).toMatchObject({ source: ["option"], steps: [["a"]] });
    expect(flowStates(l, { endSteps: ["Remiss"] }).closed).toBe(2);
  });

  it("has no end steps without a model or option: every flow stays open", () => {
    const l = eventLogFromObservations([obs("F1", "a", 0), obs("F1", "b", 5)]);
    expect(resolveEndSteps(l).sourceWithoutProcess).toBe("none");
    expect(flowStates(l)).toMatchObject({ closed: 0, open: 1 });
  });
});

describe("process model end steps", () => {
  it("reads endSteps and a step's end flag from JSON, and reports unknown end steps", () => {
    const { process, issues } = parseProcessModel(
      JSON.stringify({
        id: "p",
        endSteps: ["Åtgärd", "Finns inte"],
        steps: [
          { id: "Besök", category: "VA" },
          { id: "Åtgärd", category: "VA" },
          { id: "Avslut", category: "NNVA", slutsteg: "ja" },
        ],
      }),
      { format: "json" },
    );
    expect(process.endSteps).toEqual(["Åtgärd"]);
    expect(process.steps.map((s) => s.end ?? false)).toEqual([false, false, true]);
    expect(issues).toMatchObject([{ code: "BAD_END_STEP", column: "endSteps", value: "Finns inte" }]);
  });

  it("reads a slutsteg column from CSV (ja/nej, x, empty) and rejects other values with row and column", () => {
    const { process, issues } = parseProcessModel("steg;kategori;slutsteg\nBesök;VA;\nÅtgärd;VA;ja\nAvslut;NNVA;x\nFel;VA;kanske\n", {
      format: "csv",
      file: "m.csv",
    });
    expect(process.steps.map((s) => [s.id, s.end ?? false])).toEqual([
      ["Besök", false],
      ["Åtgärd", true],
      ["Avslut", true],
    ]);
    expect(issues).toMatchObject([{ code: "BAD_END_STEP", row: 5, column: "slutsteg", value: "kanske", file: "m.csv" }]);
  });
});
