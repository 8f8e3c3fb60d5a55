import {
  type CareGuaranteeRule,
  careGuarantee,
  eventLogFromObservations,
  type Observation,
  type Process,
  parseCareGuaranteeRules,
  SWEDISH_CARE_GUARANTEE,
} from "@flodes/core";
import { describe, expect, it } from "vitest";
import { t } from "./small-log.js";

const MODEL: Process = {
  id: "P",
  name: "P",
  endSteps: ["Åtgärd", "Avslut"],
  steps: [
    { id: "Remiss inkommer", name: "Remiss inkommer", category: "NNVA" },
    { id: "Besök", name: "Besök", category: "VA" },
    { id: "Åtgärd", name: "Åtgärd", category: "VA" },
    { id: "Avslut", name: "Avslut", category: "NNVA" },
  ],
};
const ev = (flow: string, step: string, at: string, unit = "U1"): Observation => ({
  flow,
  step,
  startMs: t(at),
  endMs: t(at) + 600_000,
  unit,
});
const RULE: CareGuaranteeRule = {
  id: "besök-5",
  name: "Besök inom 5 dagar",
  from: ["Remiss inkommer"],
  to: ["Besök"],
  limitDays: 5,
  days: "calendar",
};

/** Summer time (CEST, UTC + 2 h) for February is not needed: every date here is in winter time. */
const LOG = eventLogFromObservations(
  [
    // F1: 4 days → within. F2: 7 days → beyond. Both reached in January.
    ev("F1", "Remiss inkommer", "2025-01-06 09:00"),
    ev("F1", "Besök", "2025-01-10 09:00"),
    ev("F2", "Remiss inkommer", "2025-01-06 10:00"),
    ev("F2", "Besök", "2025-01-13 10:00"),
    // F3 is still waiting at as-of: 25 days at the end of January, 35 at as-of.
    ev("F3", "Remiss inkommer", "2025-01-06 11:00"),
    // F4: waiting 4 days at the end of January (not yet beyond), its visit on 02-03 is 7 days → beyond, in February.
    ev("F4", "Remiss inkommer", "2025-01-27 08:00"),
    ev("F4", "Besök", "2025-02-03 08:00"),
    // F5 closed without a visit (referred elsewhere): not counted.
    ev("F5", "Remiss inkommer", "2025-01-06 12:00"),
    ev("F5", "Avslut", "2025-01-08 12:00"),
    // F6 in another unit, visit after 3 days.
    ev("F6", "Remiss inkommer", "2025-01-20 08:00", "U2"),
    ev("F6", "Besök", "2025-01-23 08:00", "U2"),
  ],
  { model: MODEL },
);
const AS_OF = t("2025-02-11 00:00") - 1; // end of 2025-02-10

describe("careGuarantee", () => {
  it("counts open flows already past the limit in the month's compliance and in the current number waiting", () => {
    const r = careGuarantee(LOG, [RULE], { asOfMs: AS_OF });
    expect(r.months.filter((m) => m.unit === "U1")).toEqual([
      // January: reached F1 (within) and F2 (beyond); waiting at month end F3 (25 d, beyond) and F4 (4 d) → 1 ÷ (2 + 1).
      { rule: "besök-5", unit: "U1", month: "2025-01", reached: 2, within: 1, waiting: 2, openBeyond: 1, compliance: 1 / 3 },
      // February: reached F4 (7 d, beyond); F3 still waiting at as-of (35 d) → 0 ÷ (1 + 1).
      { rule: "besök-5", unit: "U1", month: "2025-02", reached: 1, within: 0, waiting: 1, openBeyond: 1, compliance: 0 },
    ]);
    expect(r.months.filter((m) => m.unit === "U2")).toEqual([
      { rule: "besök-5", unit: "U2", month: "2025-01", reached: 1, within: 1, waiting: 0, openBeyond: 0, compliance: 1 },
    ]);
    expect(r.now.find((n) => n.unit === "U1")).toEqual({ rule: "besök-5", unit: "U1", waiting: 1, beyond: 1, longestDays: 35 });
    expect(r.now.find((n) => n.unit === "U2")).toEqual({ rule: "besök-5", unit: "U2", waiting: 0, beyond: 0, longestDays: null });
    expect(r.endedWithout).toEqual({ "besök-5": 1 });
    expect(r.flows.find((f) => f.flow === "F3")).toMatchObject({ status: "waitingBeyond", days: 35, toMs: null });
    expect(r.flows.find((f) => f.flow === "F1")).toMatchObject({ status: "within", days: 4 });
  });

  it("counts a limit in working days with the Swedish calendar, and in calendar days otherwise", () => {
    // Friday 3 January → Wednesday 8 January: 5 calendar days; working days after the 3rd up to the 8th are the
    // 7th and 8th only (4–5 weekend, 6 Trettondedag jul).
    const log = eventLogFromObservations([ev("G", "Remiss inkommer", "2025-01-03 15:00"), ev("G", "Besök", "2025-01-08 09:00")], {
      model: MODEL,
    });
    const calendar3: CareGuaranteeRule = { ...RULE, id: "kal-3", limitDays: 3, days: "calendar" };
    const working3: CareGuaranteeRule = { ...RULE, id: "arb-3", limitDays: 3, days: "working" };
    const working1: CareGuaranteeRule = { ...RULE, id: "arb-1", limitDays: 1, days: "working" };
    const r = careGuarantee(log, [calendar3, working3, working1]);
    expect(r.flows.map((f) => [f.rule, f.days, f.status])).toEqual([
      ["kal-3", 5, "beyond"],
      ["arb-3", 2, "within"],
      ["arb-1", 2, "beyond"],
    ]);
  });

  it("treats 0 days as the same local date, across midnight in Stockholm", () => {
    const rule: CareGuaranteeRule = { ...RULE, id: "0", limitDays: 0 };
    const log = eventLogFromObservations(
      [
        ev("S", "Remiss inkommer", "2025-01-07 00:10"),
        ev("S", "Besök", "2025-01-07 23:50"),
        ev("N", "Remiss inkommer", "2025-01-07 23:50"),
        ev("N", "Besök", "2025-01-08 00:10"),
      ],
      { model: MODEL },
    );
    const r = careGuarantee(log, [rule]);
    expect(Object.fromEntries(r.flows.map((f) => [f.flow, f.status]))).toEqual({ S: "within", N: "beyond" });
  });

  it("reads rules from a file, Swedish by default, with errors naming row and column", () => {
    const csv =
      "regel;namn;från_steg;till_steg;gräns_dagar;dagtyp;processer\n" +
      "90;Besök inom 90 dagar;Remiss inkommer;Besök|Första besök;90;kalenderdagar;\n" +
      "3;Bedömd inom 3 arbetsdagar;Remiss inkommer;Bedömning;3;arbetsdagar;ortopedi|psykiatri\n" +
      "x;Fel;Remiss inkommer;Besök;tre;kalenderdagar;\n" +
      "y;Fel;Remiss inkommer;Besök;3;veckor;\n";
    const { rules, issues } = parseCareGuaranteeRules(csv, { file: "vårdgaranti.csv" });
    expect(rules).toEqual([
      { id: "90", name: "Besök inom 90 dagar", from: ["Remiss inkommer"], to: ["Besök", "Första besök"], limitDays: 90, days: "calendar" },
      {
        id: "3",
        name: "Bedömd inom 3 arbetsdagar",
        from: ["Remiss inkommer"],
        to: ["Bedömning"],
        limitDays: 3,
        days: "working",
        processes: ["ortopedi", "psykiatri"],
      },
    ]);
    expect(issues.map((i) => [i.row, i.column, i.code, i.file])).toEqual([
      [4, "gräns_dagar", "BAD_NUMBER", "vårdgaranti.csv"],
      [5, "dagtyp", "BAD_CATEGORY", "vårdgaranti.csv"],
    ]);
    expect(issues[1].message).toContain("veckor");
    expect(issues[1].messageEn).toContain("working days");
    const json = parseCareGuaranteeRules(JSON.stringify([{ id: "a", from: ["X"], to: "Y|Z", limitDays: 2, days: "working" }]));
    expect(json.rules).toEqual([{ id: "a", name: "a", from: ["X"], to: ["Y", "Z"], limitDays: 2, days: "working" }]);
    expect(SWEDISH_CARE_GUARANTEE.map((r) => r.limitDays)).toEqual([0, 3, 90, 90]);
  });

  it("applies a rule only to the processes it names", () => {
    const rule: CareGuaranteeRule = { ...RULE, processes: ["annan"] };
    expect(careGuarantee(LOG, [rule], { asOfMs: AS_OF }).flows).toEqual([]);
    expect(careGuarantee(LOG, [{ ...RULE, processes: ["p"] }], { asOfMs: AS_OF }).flows.length).toBe(6 - 1);
  });
});
