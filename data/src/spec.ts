import type { Category, WasteType } from "@flodes/core";
import type { LostSlotSpec } from "./rebooking.js";

/** How long a flow waits before a step, counted from the end of the previous step(s). */
export type WaitSpec =
  /** Directly after the previous step (same visit). */
  | { kind: "none" }
  /** A handoff that advances only in opening hours; log-normal minutes of working time. */
  | { kind: "work"; medianMin: number; sigma?: number }
  /** A queue for a booked slot: log-normal number of workdays, then a slot on the quarter hour. */
  | { kind: "days"; medianDays: number; sigma?: number }
  /** Starts during the previous step (parallel work in the same visit). */
  | { kind: "parallel" };

/** Generation parameters of one step; the model part becomes a `Step` in processer.json. */
export interface StepSpec {
  name: string;
  category: Category;
  wasteType?: WasteType;
  role: string;
  /** Median duration in minutes (log-normal, sigma 0.35). */
  durMin: number;
  wait: WaitSpec;
  /** Probability the step occurs at all (default 1). NVA steps scale with the period's rework factor. */
  p?: number;
  /** The step only occurs if this earlier step occurred in the flow. */
  requires?: string;
  /** Probability of a repeat (rework), scaled by the period's rework factor. */
  repeatP?: number;
  /** Wait before the repeat (default: `wait`). */
  repeatWait?: WaitSpec;
  /** At this step's end an order goes to the upstream process (a linked upstream flow starts). */
  orders?: string;
  /**
   * The step cannot start before the linked upstream flow has ended + this lag (working minutes). With `lostSlot`, an
   * answer that comes after the flow was ready for the step may cost the planned time (see rebooking.ts).
   */
  waitsOn?: { process: string; lagMedianMin: number; lostSlot?: LostSlotSpec };
  /** Never drawn in the step loop: the step occurs only when a dependent step loses its slot (a rebooking). */
  onlyWhenSlotLost?: boolean;
  /** Improvement work does not shorten this wait (e.g. a planned follow-up interval). Default false. */
  fixedWait?: boolean;
}

/** A process to generate. */
export interface ProcessSpec {
  id: string;
  name: string;
  unit: string;
  /** Flow id prefix (letters only, so ids never look like personnummer). */
  prefix: string;
  /** Link key prefix for flows of this process that are upstream of others. */
  linkPrefix?: string;
  /** Flows per half-year that start here on their own (upstream processes also get linked flows). */
  volumePerHalf: [baseline: number, improvement: number];
  /** Hourly cost per role, SEK. */
  hourlyCostSek: Readonly<Record<string, number>>;
  steps: StepSpec[];
  waitingCostPerHourSek?: number;
}

/** The effect of improvement work (or its absence) on one process from `from` (ISO date). */
export interface Change {
  process: string;
  unit: string;
  /** ISO date the change took effect. */
  from: string;
  /** Multiplies wait medians (< 1 improves). */
  waitFactor: number;
  /** Multiplies rework and NVA-step probabilities. */
  reworkFactor: number;
  /** What was changed, in Swedish. */
  description: string;
  /** Expected result: "förbättring", "oförändrat" or "försämring". */
  outcome: "förbättring" | "oförändrat" | "försämring";
}
