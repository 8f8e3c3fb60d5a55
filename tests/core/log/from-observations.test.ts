import { analyze, eventLogFromObservations, type Observation, type Process, toObservations } from "@flodes/core";
import { describe, expect, it } from "vitest";

const H = 3_600_000;
const model: Process[] = [
  {
    id: "p1",
    name: "Remiss",
    steps: [
      { id: "Bedömning", name: "Bedömning", category: "VA" },
      { id: "Behandlingsplan", name: "Behandlingsplan", category: "VA" },
    ],
  },
  { id: "p2", name: "Tand", steps: [{ id: "Behandlingsplan", name: "Behandlingsplan", category: "NNVA" }] },
];

describe("eventLogFromObservations", () => {
  it("keys steps by (process, step): one name in two processes is two steps with their own categories", () => {
    const obs: Observation[] = [
      { flow: "A", step: "Behandlingsplan", startMs: 0, endMs: H, process: "p1" },
      { flow: "B", step: "behandlingsplan ", startMs: 0, endMs: H, process: "Tand" },
    ];
    const log = eventLogFromObservations(obs, { model });
    expect(log.stepIds).toEqual(["Behandlingsplan", "Behandlingsplan"]);
    expect(Array.from(log.stepProcess, (p) => log.processIds[p])).toEqual(["p1", "p2"]);
    expect(Array.from(log.category)).toEqual([0, 1]);
    expect(log.assumedCategory).toBeUndefined();
  });

  it("infers each flow's process from its steps when the log has no process column", () => {
    const obs: Observation[] = [
      { flow: "A", step: "Bedömning", startMs: 0, endMs: H },
      { flow: "A", step: "Behandlingsplan", startMs: 2 * H, endMs: 3 * H },
      { flow: "B", step: "Behandlingsplan", startMs: 0, endMs: H },
    ];
    const log = eventLogFromObservations(obs, { model });
    expect(Array.from(log.flowProcess, (p) => log.processIds[p])).toEqual(["p1", "p1"]);
    // B only has a step both define: the earlier process in the model wins the tie.
    expect(Array.from(log.category)).toEqual([0, 0, 0]);
  });

  it("round-trips through toObservations with rows, units and attributes", () => {
    const obs: Observation[] = [
      { flow: "A", step: "Bedömning", startMs: 0, endMs: H, unit: "u1", role: "Läkare", row: 2, attrs: { länk: "L1" } },
      { flow: "A", step: "Okänt", startMs: 2 * H, endMs: 3 * H, unit: "u1", row: 3 },
    ];
    const log = eventLogFromObservations(obs, { model });
    const back = toObservations(log);
    expect(back[0]).toMatchObject({
      flow: "A",
      step: "Bedömning",
      startMs: 0,
      endMs: H,
      unit: "u1",
      role: "Läkare",
      row: 2,
      category: "VA",
      attrs: { länk: "L1" },
    });
    expect(back[1].category).toBeUndefined();
    expect(log.unitIds[log.flowUnit[0]]).toBe("u1");
  });

  it("gives analyze the same result as the object input", () => {
    const obs: Observation[] = [
      { flow: "A", step: "Bedömning", startMs: 0, endMs: H },
      { flow: "A", step: "Behandlingsplan", startMs: 3 * H, endMs: 4 * H },
    ];
    const a = analyze(eventLogFromObservations(obs, { model }));
    expect(a.flows[0]).toMatchObject({ leadTimeMs: 4 * H, vaMs: 2 * H, waitMs: 2 * H });
  });
});
