import { eventLogFromObservations, forecastClosings, forecastWeeksToFinish, type Observation, queueForecast } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { DAY, t } from "./small-log.js";

describe("forecastWeeksToFinish and forecastClosings", () => {
  it("are exact when the throughput is constant", () => {
    expect(forecastWeeksToFinish([5, 5, 5, 5], 12).map((x) => x.weeks)).toEqual([3, 3, 3]); // ⌈12 ÷ 5⌉
    expect(forecastWeeksToFinish([5, 5, 5, 5], 15).map((x) => x.weeks)).toEqual([3, 3, 3]);
    expect(forecastClosings([5, 5, 5, 5], 4)).toEqual([
      { confidence: 0.5, atLeast: 20 },
      { confidence: 0.85, atLeast: 20 },
      { confidence: 0.95, atLeast: 20 },
    ]);
  });

  it("are seeded: the same seed gives the same answer, and they follow the distribution they simulate", () => {
    const history = [0, 10];
    const a = forecastWeeksToFinish(history, 10, { seed: 3, confidences: [0.6, 0.85, 0.95] });
    expect(forecastWeeksToFinish(history, 10, { seed: 3, confidences: [0.6, 0.85, 0.95] })).toEqual(a);
    // Weeks until the first 10: geometric, P(W ≤ w) = 1 − 2^−w: 0,5 0,75 0,875 0,9375 0,969 → 60 %: 2, 85 %: 3, 95 %: 5.
    expect(a.map((x) => x.weeks)).toEqual([2, 3, 5]);
    // Two weeks sum to 0, 10 or 20 with probability ¼, ½, ¼: at least 10 with 50 % (P = ¾), at least 0 with 85 %.
    expect(forecastClosings(history, 2, { seed: 4 }).map((x) => x.atLeast)).toEqual([10, 0, 0]);
    expect(forecastWeeksToFinish([0, 0], 5)).toEqual([
      { confidence: 0.5, weeks: null },
      { confidence: 0.85, weeks: null },
      { confidence: 0.95, weeks: null },
    ]);
    expect(() => forecastClosings([], 2)).toThrow(/history/);
  });
});

describe("queueForecast", () => {
  // Mondays 2025-01-06 … : in each of 8 weeks, 3 flows arrive and close the same week; 10 flows are open at as-of.
  const obs: Observation[] = [];
  for (let w = 0; w < 8; w++) {
    for (let k = 0; k < 3; k++) {
      const start = t("2025-01-06 08:00") + w * 7 * DAY + k * 3_600_000;
      obs.push({ flow: `C${w}-${k}`, step: "In", startMs: start, endMs: start, unit: "U" });
      obs.push({ flow: `C${w}-${k}`, step: "Ut", startMs: start + 2 * DAY, endMs: start + 2 * DAY, unit: "U" });
    }
  }
  for (let k = 0; k < 10; k++)
    obs.push({ flow: `O${k}`, step: "In", startMs: t("2025-02-24 09:00") + k, endMs: t("2025-02-24 09:00") + k, unit: "U" });
  const log = eventLogFromObservations(obs);
  const asOfMs = t("2025-03-01 12:00"); // Saturday of week 9

  it("works off today's queue with the unit's weekly throughput, exactly when it is constant", () => {
    const [f] = queueForecast(log, { endSteps: ["Ut"], asOfMs, historyWeeks: 8, horizonWeeks: 3 });
    expect(f.unit).toBe("U");
    expect(f.queue).toBe(10);
    expect(f.history.map((h) => h.week)).toEqual([
      "2025-W01",
      "2025-W02",
      "2025-W03",
      "2025-W04",
      "2025-W05",
      "2025-W06",
      "2025-W07",
      "2025-W08",
    ]);
    // Week 1 (Dec 30 – Jan 5) had no closings: the history is [0, 3, 3, 3, 3, 3, 3, 3].
    expect(f.history.map((h) => h.closed)).toEqual([0, 3, 3, 3, 3, 3, 3, 3]);
    const [g] = queueForecast(log, { endSteps: ["Ut"], asOfMs, historyWeeks: 7, horizonWeeks: 3 });
    expect(g.history.every((h) => h.closed === 3)).toBe(true);
    // ⌈10 ÷ 3⌉ = 4 weeks after week 9: done by the end of week 13, "före v. 14".
    expect(g.whenDone).toEqual(
      [0.5, 0.85, 0.95].map((confidence) => ({ confidence, weeks: 4, doneByWeek: "2025-W13", beforeWeek: "2025-W14" })),
    );
    expect(g.closeNext).toEqual({ weeks: 3, levels: [0.5, 0.85, 0.95].map((confidence) => ({ confidence, atLeast: 9 })) });
    expect(g.texts[1]).toEqual({
      message: "Med 85 % säkerhet är dagens kö (10 ärenden) avklarad före v. 14 (2025).",
      messageEn: "With 85 % certainty today's queue (10 cases) is cleared before week 14 (2025).",
    });
    expect(g.texts[4].message).toBe("Med 85 % säkerhet avslutas minst 9 ärenden de kommande 3 veckorna.");
    // Every closed flow took 2 days, the open ones have waited 5 days: 24 of 34 closed at 2 days → S(2 d) = 10/34 > 0,15.
    expect(g.newFlow[0].ms).toBe(2 * DAY);
    expect(g.newFlow[1].ms).toBeNull();
    expect(g.texts[6].message).toBe("Med 50 % säkerhet är ett nytt ärende avslutat inom 2,0 dagar (öppna ärenden inräknade).");
  });

  it("gives the same forecast for the same seed and says so when there is no queue", () => {
    const a = queueForecast(log, { endSteps: ["Ut"], asOfMs, seed: 9, by: "total" });
    expect(queueForecast(log, { endSteps: ["Ut"], asOfMs, seed: 9, by: "total" })).toEqual(a);
    const [empty] = queueForecast(log, { endSteps: ["Ut"], asOfMs: t("2025-02-21 12:00"), by: "total" });
    expect(empty.queue).toBe(0);
    expect(empty.whenDone[0].weeks).toBe(0);
    expect(empty.texts[0].message).toBe("Ingen kö just nu.");
  });
});
