// Lost slots in dependent flows: when the upstream answer (lab, imaging) arrives after the downstream flow was ready
// for its dependent step, the planned time for that step may have passed. Then a secretary rebooks it and the flow
// queues again — the wait that the amplification measure of @flodes/core attributes to the upstream process.
import { addWorkdays, addWorkingMinutes, fitInOpening, MINUTE_MS } from "./calendar.js";
import { chance, intBetween, logNormal, type Rng } from "./prng.js";
import type { SimEvent } from "./simulate.js";
import type { StepSpec } from "./spec.js";

/** How a dependent step loses its slot (set on the step that `waitsOn` an upstream process). */
export interface LostSlotSpec {
  /** Probability that a late answer costs the slot, before the period's rework factor. */
  p: number;
  /** The rebooking step (listed in the process's steps with `onlyWhenSlotLost`). */
  rebookStep: string;
  /** Median working minutes from the answer to the rebooking (the answer is noticed, the slot is gone). */
  noticeMedianMin: number;
  /** Median workdays of the new queue after the rebooking (the unit's usual queue for the step). */
  requeueMedianDays: number;
}

/** The rebooking event and the new start of the dependent step, or null when the slot was kept. */
export interface LostSlot {
  rebook: SimEvent;
  start: number;
}

/**
 * Decides whether a flow whose answer came after its planned time loses its slot and, if so, when it is rebooked and
 * when the dependent step happens instead. Draws only from `rng` (its own stream), so flows that keep their slot
 * come out as before.
 * @example
 * const lost = loseSlot(rng, spec, rebookStep, answerWall, 1, 10);
 */
export function loseSlot(
  rng: Rng,
  spec: LostSlotSpec,
  rebookStep: StepSpec,
  answerWall: number,
  reworkFactor: number,
  durMin: number,
): LostSlot | null {
  if (!chance(rng, Math.min(1, spec.p * reworkFactor))) return null;
  const rebookDur = Math.max(1, Math.round(logNormal(rng, rebookStep.durMin, 0.35)));
  const noticed = Math.max(5, Math.round(logNormal(rng, spec.noticeMedianMin, 0.7)));
  const rebookStart = fitInOpening(addWorkingMinutes(answerWall, noticed), rebookDur);
  const rebook: SimEvent = {
    step: rebookStep.name,
    startWall: rebookStart,
    endWall: rebookStart + rebookDur * MINUTE_MS,
    role: rebookStep.role,
    category: rebookStep.category,
  };
  const k = Math.max(2, Math.round(Math.min(4 * spec.requeueMedianDays, logNormal(rng, spec.requeueMedianDays, 0.5))));
  const slot = 8 * 60 + 15 * intBetween(rng, 0, 31);
  const start = fitInOpening(Math.max(addWorkdays(rebook.endWall, k) + slot * MINUTE_MS, rebook.endWall), durMin);
  return { rebook, start };
}
