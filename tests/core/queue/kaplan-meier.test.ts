import {
  censoredLeadTime,
  eventLogFromObservations,
  kaplanMeier,
  kaplanMeierQuantile,
  kaplanMeierQuantileCi,
  type Observation,
  quantile,
} from "@flodes/core";
import { describe, expect, it } from "vitest";

// Times with ties and censoring (0 = still open). Reference: R 4.2, survival 3.5-3,
// quantile(survfit(Surv(t, e) ~ 1, conf.type = "log-log"), c(.5, .85)).
const T = [2, 3, 3, 3, 4, 5, 5, 6, 7, 8, 8, 9, 10, 12];
const E = [1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0];

describe("kaplanMeier", () => {
  it("matches a hand-computed estimate with tied events and censorings", () => {
    const km = kaplanMeier(T, E);
    expect(km).toMatchObject({ n: 14, events: 9, censored: 5 });
    const at = (time: number) => km.steps.find((s) => s.time === time)!;
    // t=2: 13/14. t=3: two events among 13 at risk (the censoring at 3 is still at risk) → 13/14·11/13 = 11/14.
    expect(at(2)).toMatchObject({ atRisk: 14, events: 1, censored: 0 });
    expect(at(2).survival).toBeCloseTo(13 / 14, 14);
    expect(at(3)).toMatchObject({ atRisk: 13, events: 2, censored: 1 });
    expect(at(3).survival).toBeCloseTo(11 / 14, 14);
    // t=4: 10 at risk → ·9/10; t=5: 9 at risk → ·8/9; t=6: 7 at risk → ·6/7; t=8: 5 at risk, 2 events → ·3/5; t=10: ·1/2.
    expect(at(4).survival).toBeCloseTo(99 / 140, 14);
    expect(at(5).survival).toBeCloseTo(22 / 35, 14);
    expect(at(6).survival).toBeCloseTo(132 / 245, 14);
    expect(at(7)).toMatchObject({ atRisk: 6, events: 0, censored: 1 });
    expect(at(7).survival).toBeCloseTo(132 / 245, 14);
    expect(at(8).survival).toBeCloseTo(396 / 1225, 14);
    expect(at(10).survival).toBeCloseTo(198 / 1225, 14);
    // Log-log band at t=2: σ² = 1/(14·13), S^exp(±1,96·σ/|log S|) → 0,5908 and 0,9896 (R: 0.5908, 0.990).
    expect(at(2).lower).toBeCloseTo(0.5908, 4);
    expect(at(2).upper).toBeCloseTo(0.98962, 4);
  });

  it("gives the median, p85 and the Brookmeyer–Crowley log-log interval of the median as R does", () => {
    const km = kaplanMeier(T, E);
    // S first ≤ 0,5 at t = 8 (0,323); it never falls to 0,15 (last value 0,162) → p85 not estimable.
    expect(kaplanMeierQuantile(km, 0.5)).toBe(8);
    expect(kaplanMeierQuantile(km, 0.85)).toBeNull();
    expect(kaplanMeierQuantileCi(km, 0.5)).toEqual({ lower: 3, upper: 10 });
    expect(kaplanMeierQuantileCi(km, 0.85)).toEqual({ lower: 8, upper: null });
  });

  it("takes the midpoint where the curve lies exactly at 1 − p (R's rule)", () => {
    // S = 5/6 · 3/5 = 0,5 from t = 2 until the event at 7 → median (2 + 7)/2; R: 4.5, p85 9.
    const km = kaplanMeier([1, 2, 2, 5, 7, 9], [1, 1, 1, 0, 1, 1]);
    expect(kaplanMeierQuantile(km, 0.5)).toBe(4.5);
    expect(kaplanMeierQuantile(km, 0.85)).toBe(9);
    // Flat at 0,5 to the end (both later times censored): midpoint to the last time, R: 3.
    expect(kaplanMeierQuantile(kaplanMeier([1, 2, 3, 4], [1, 1, 0, 0]), 0.5)).toBe(3);
  });

  it("equals the closed-only figures when nothing is censored", () => {
    const xs = [5, 1, 4, 2, 6, 3, 3, 8];
    const km = kaplanMeier(
      xs,
      xs.map(() => true),
    );
    // The curve is 1 − the empirical distribution, and the median the sample median (R type 7).
    const sorted = [...xs].sort((a, b) => a - b);
    for (const s of km.steps) expect(s.survival).toBeCloseTo(sorted.filter((x) => x > s.time).length / xs.length, 14);
    expect(kaplanMeierQuantile(km, 0.5)).toBe(quantile(xs, 0.5));
    expect(kaplanMeierQuantile(km, 0.5)).toBe(3.5);
    // p85: first time with S ≤ 0,15 — 7 of 8 values ≤ 6 leave S = 0,125 → 6 (the empirical quantile).
    expect(kaplanMeierQuantile(km, 0.85)).toBe(6);

    // Through the log: every flow closed → censoredLeadTime's two columns are identical.
    const DAY = 86_400_000;
    const obs: Observation[] = xs.flatMap((d, i) => [
      { flow: `F${i}`, step: "In", startMs: 0, endMs: 0 },
      { flow: `F${i}`, step: "Ut", startMs: d * DAY, endMs: d * DAY },
    ]);
    const [lt] = censoredLeadTime(eventLogFromObservations(obs), { by: "total", endSteps: ["Ut"] });
    expect(lt.kaplanMeier).toMatchObject({ n: 8, events: 8, censored: 0, median: 3.5 * DAY, p85: 6 * DAY });
    expect(lt.closedOnly).toEqual({ n: 8, median: 3.5 * DAY, p85: 6 * DAY, p95: 8 * DAY });
    expect(lt.medianDifferenceMs).toBe(0);
    expect(lt.text.message).toMatch(/Alla ärenden är avslutade/);
  });

  it("shows how far the censored median lies from the closed-only one", () => {
    const DAY = 86_400_000;
    // Closed after 2, 4, 6 days; three open flows aged 10 days at as-of.
    const obs: Observation[] = [2, 4, 6, null, null, null].flatMap((d, i) => [
      { flow: `F${i}`, step: "In", startMs: 0, endMs: 0 },
      ...(d === null ? [] : [{ flow: `F${i}`, step: "Ut", startMs: d * DAY, endMs: d * DAY }]),
    ]);
    const [lt] = censoredLeadTime(eventLogFromObservations(obs), { by: "total", endSteps: ["Ut"], asOfMs: 10 * DAY });
    expect(lt.closedOnly.median).toBe(4 * DAY);
    // S: 5/6, 4/6, 3/6 = 0,5 at t = 6 and flat until the censorings at 10 → median (6 + 10)/2 = 8 days.
    expect(lt.kaplanMeier.median).toBe(8 * DAY);
    expect(lt.medianDifferenceMs).toBe(4 * DAY);
    expect(lt.text.message).toBe(
      "Med 3 öppna ärenden inräknade (Kaplan–Meier) är medianledtiden 8,0 dagar, 4,0 dagar (100 %) längre än de avslutade ärendenas 4,0 dagar.",
    );
  });

  it("rejects bad options in Swedish and English", () => {
    expect(() => kaplanMeier([1], [1], { confidence: 1.5 })).toThrow(
      expect.objectContaining({
        code: "badOption",
        sv: expect.stringMatching(/confidence måste vara mellan 0 och 1/),
        en: expect.stringMatching(/between 0 and 1/),
      }),
    );
    expect(() => kaplanMeier([1, 2], [1])).toThrow(/observed/);
  });
});
