import { eventLogFromObservations, openFlowMask } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { MODEL, OBSERVATIONS, smallLog } from "./small-log.js";

const openIds = (log: ReturnType<typeof smallLog>) => log.flowIds.filter((_, f) => openFlowMask(log)[f] === 1).sort();

describe("openFlowMask", () => {
  it("marks the flows that have not reached the end step the model names, at the log's last event", () => {
    // Last event: F5's Åtgärd ends 2025-01-20 09:30. F1, F3 and F5 reached Åtgärd; F2 (A→B), F4, F6, F7 (A) did not.
    expect(openIds(smallLog())).toEqual(["F2", "F4", "F6", "F7"]);
  });

  it("marks none when the model names no end step (its last step is only the queue's guess) or there is no model", () => {
    const unnamed = { ...MODEL, steps: MODEL.steps.map(({ end: _end, ...s }) => s) };
    expect(openIds(eventLogFromObservations(OBSERVATIONS, { model: unnamed }))).toEqual([]);
    expect(openIds(eventLogFromObservations(OBSERVATIONS.map(({ process: _p, ...o }) => o)))).toEqual([]);
  });
});
