import { createRandom, eventLogFromObservations, littlesLaw, type Observation, type Process } from "@flodes/core";
import { describe, expect, it } from "vitest";

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);
const MODEL: Process = {
  id: "P",
  name: "P",
  steps: [
    { id: "In", name: "In", category: "NNVA" },
    { id: "Klar", name: "Klar", category: "VA", end: true },
  ],
};

/** Exponential draw with the given mean (inverse transform; 1 − u keeps the log finite). */
const exp = (random: () => number, mean: number) => -mean * Math.log(1 - random());

/** A flow as two instants: arrival (In) and closing (Klar). */
function flow(id: number, arriveMs: number, closeMs: number): Observation[] {
  return [
    { flow: `F${id}`, step: "In", startMs: arriveMs, endMs: arriveMs, unit: "U" },
    { flow: `F${id}`, step: "Klar", startMs: closeMs, endMs: closeMs, unit: "U" },
  ];
}

describe("littlesLaw", () => {
  it("agrees within sampling error on a seeded stationary system (Poisson arrivals, infinite servers)", () => {
    const random = createRandom(11);
    const lambda = 5; // per day
    const meanLead = 8; // days
    const obs: Observation[] = [];
    let t = 0;
    for (let i = 0; t < 1500; i++) {
      t += exp(random, 1 / lambda);
      obs.push(...flow(i, T0 + t * DAY, T0 + (t + exp(random, meanLead)) * DAY));
    }
    const log = eventLogFromObservations(obs, { model: MODEL });
    // Window after a warm-up of 20 mean lead times, ending before the last arrival.
    const [check] = littlesLaw(log, { fromMs: T0 + 200 * DAY, toMs: T0 + 1400 * DAY, asOfMs: T0 + 1400 * DAY });
    expect(check.unit).toBe("U");
    const n = check.departures;
    expect(n).toBeGreaterThan(5000);
    // λ and W are each estimated with relative standard error ≈ 1/√n (exponential lead times: CV = 1).
    const tolerance = 3 * Math.sqrt(2 / n);
    expect(Math.abs(check.gap!)).toBeLessThan(tolerance);
    expect(check.stable).toBe(true);
    // And both sides are near the theory: L = λW = 40.
    expect(check.averageWip).toBeGreaterThan(40 * (1 - 3 * tolerance));
    expect(check.averageWip).toBeLessThan(40 * (1 + 3 * tolerance));
    expect(check.text.message).toMatch(/^Stabilt/);
  });

  it("flags a growing queue: arrivals above capacity leave more in progress than λ·W explains", () => {
    const random = createRandom(12);
    const obs: Observation[] = [];
    let t = 0;
    let free = 0; // one server, first in first out, 4 per day
    for (let i = 0; t < 300; i++) {
      t += exp(random, 1 / 5);
      free = Math.max(free, t) + 0.25;
      obs.push(...flow(i, T0 + t * DAY, T0 + free * DAY));
    }
    const log = eventLogFromObservations(obs, { model: MODEL });
    const [check] = littlesLaw(log, { fromMs: T0 + 30 * DAY, toMs: T0 + 300 * DAY, asOfMs: T0 + 300 * DAY });
    expect(check.arrivalsPerDay).toBeGreaterThan(check.throughputPerDay * 1.1);
    expect(check.wipChange).toBeGreaterThan(100);
    expect(check.gap!).toBeGreaterThan(0.2);
    expect(check.stable).toBe(false);
    expect(check.text.message).toMatch(/^Signal: .*Kön växer/);
  });

  it("computes L, λ and W over the window by hand", () => {
    // F0 open over the whole 10-day window; F1 arrives day 2, closes day 6; F2 arrives day −4, closes day 4.
    const obs = [...flow(0, T0 - DAY, T0 - DAY), ...flow(1, T0 + 2 * DAY, T0 + 6 * DAY), ...flow(2, T0 - 4 * DAY, T0 + 4 * DAY)];
    const log = eventLogFromObservations(
      obs.filter((o) => !(o.flow === "F0" && o.step === "Klar")),
      { model: MODEL },
    );
    const [c] = littlesLaw(log, { by: "total", fromMs: T0, toMs: T0 + 10 * DAY, asOfMs: T0 + 10 * DAY });
    // In-window time: F0 10 d, F1 4 d, F2 4 d → L = 18 / 10.
    expect(c.averageWip).toBeCloseTo(1.8, 12);
    // Closed in the window: F1 (4 d) and F2 (8 d) → λ = 0,2/d, W = 6 d, λW = 1,2; gap = (1,8 − 1,2)/1,8.
    expect(c.throughputPerDay).toBeCloseTo(0.2, 12);
    expect(c.averageLeadTimeMs).toBe(6 * DAY);
    expect(c.expectedWip).toBeCloseTo(1.2, 12);
    expect(c.gap).toBeCloseTo(1 / 3, 12);
    expect(c.wipChange).toBe(1 - 2);
    expect(c.unit).toBeUndefined();
  });
});
