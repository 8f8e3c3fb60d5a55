import {
  checkImprovementGoals,
  ImportError,
  parseContextFigures,
  parseGoalTree,
  parseImprovements,
  parseReferencePeriod,
  parseStaffing,
} from "@flodes/core";
import { describe, expect, it } from "vitest";

describe("parseImprovements (portfolio file)", () => {
  const csv = [
    "id;enhet;process;titel;status;startdatum;prioritet;stödbehov;ägarroll;mål;effektmått;förväntad_effekt;insats",
    "F1;u;p;Direktbokning;pågår;2025-03-01;hög;IT-stöd för direktbokning;Enhetschef;E1;ledtid;−30 %;medel",
    "F2;u;p;Tavelmöte;påbörjad;2025-03-01;;;;;;;",
    "F3;;p;Mall;idé;;;;;;;;",
    "F4;u;p;Checklista;klar;2025-13-01;;;;;;;",
    "F5;u;p;SMS;idé;;akut;;;;;;",
    "F6;u;p;Samma dag;planerad;;;;;;ledtid;trettio;",
    "F1;u;p;Dubblett;idé;;;;;;;;",
    "F8;u;p;Gemensam tidbok;pågår;;låg;nej;;;väntetid;-10;stor",
    "F9;u;p;Direkt röntgen;planerad;;;;;;;−20 %;",
  ].join("\n");
  const r = parseImprovements(csv, { file: "forbattringar.csv" });

  it("accepts valid rows with every field and keeps the row accounting", () => {
    expect(r.rowsIn).toBe(9);
    expect(r.accepted).toBe(2);
    expect(r.rejected).toBe(7);
    expect(r.rowsIn).toBe(r.accepted + r.rejected);
    expect(r.items[0]).toEqual({
      id: "F1",
      unit: "u",
      process: "p",
      title: "Direktbokning",
      status: "pågår",
      from: "2025-03-01",
      priority: "hög",
      supportNeed: "IT-stöd för direktbokning",
      ownerRole: "Enhetschef",
      goal: "E1",
      expectedEffect: { measure: "leadTime", changePct: -30 },
      effort: "medel",
      row: 2,
    });
    // "nej" is no support need; a started improvement without a start date is kept with a warning.
    expect(r.items[1]).toMatchObject({
      id: "F8",
      status: "pågår",
      priority: "låg",
      effort: "stor",
      expectedEffect: { measure: "wait", changePct: -10 },
    });
    expect(r.items[1]!.supportNeed).toBeUndefined();
  });

  it("rejects each bad row with a Swedish and English message naming file, row and column", () => {
    const errors = r.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.column, i.code]);
    expect(errors).toEqual([
      [3, "status", "BAD_VALUE"],
      [4, "enhet", "MISSING_VALUE"],
      [5, "startdatum", "UNPARSEABLE_TIME"],
      [6, "prioritet", "BAD_VALUE"],
      [7, "förväntad_effekt", "BAD_NUMBER"],
      [8, "id", "DUPLICATE_ROW"],
      [10, "effektmått", "MISSING_VALUE"],
    ]);
    const byRow = new Map(r.issues.map((i) => [i.row, i]));
    expect(byRow.get(3)).toMatchObject({ file: "forbattringar.csv", value: "påbörjad" });
    expect(byRow.get(3)!.message).toBe('Okänt värde "påbörjad" (använd idé, planerad, pågår, klar, uppföljd).');
    expect(byRow.get(3)!.messageEn).toBe('Unknown value "påbörjad" (use idé, planerad, pågår, klar, uppföljd).');
    expect(byRow.get(4)!.message).toBe("Värde saknas i kolumnen enhet.");
    expect(byRow.get(5)!.message).toBe('"2025-13-01" är inget datum (ÅÅÅÅ-MM-DD).');
    expect(byRow.get(6)!.message).toBe('Okänt värde "akut" (använd hög, medel, låg).');
    expect(byRow.get(7)!.message).toBe('"trettio" är inget tal.');
    expect(byRow.get(8)!.message).toBe("Id F1 finns redan på en tidigare rad.");
    expect(byRow.get(10)!.message).toContain("effektmått saknas");
    const warning = r.issues.find((i) => i.severity === "warning")!;
    expect(warning).toMatchObject({ row: 9, column: "startdatum", code: "MISSING_VALUE" });
    expect(warning.message).toBe('Status är "pågår" men startdatum saknas, så före/efter kan inte beräknas.');
  });

  it("reads the older file (no status column) only with a clear error", () => {
    expect(() => parseImprovements("enhet;process;startdatum\nu;p;2025-07-01\n", { file: "f.csv" })).toThrow(ImportError);
    try {
      parseImprovements("enhet;process;startdatum\nu;p;2025-07-01\n", { file: "f.csv" });
    } catch (e) {
      expect((e as ImportError).messageSv).toBe("Kolumnen status saknas (godtagna namn: status).");
      expect((e as ImportError).column).toBe("status");
    }
  });

  it("reads JSON with the expected effect as one object and accent-free statuses", () => {
    const j = parseImprovements(
      JSON.stringify([
        {
          unit: "u",
          process: "p",
          status: "uppfoljd",
          from: "2025-07-01",
          description: "Daglig bedömning, ny mall",
          expectedEffect: { measure: "flödeseffektivitet", changePct: 50 },
        },
      ]),
    );
    expect(j.issues).toEqual([]);
    expect(j.items[0]).toMatchObject({
      id: "u/p/1",
      title: "Daglig bedömning",
      status: "uppföljd",
      expectedEffect: { measure: "flowEfficiency", changePct: 50 },
    });
  });

  it("warns when an improvement names a goal the goal hierarchy lacks", () => {
    const issues = checkImprovementGoals(r.items, [{ id: "E2", level: "enhetsmål", title: "x" }], { file: "forbattringar.csv" });
    expect(issues).toEqual([
      {
        file: "forbattringar.csv",
        row: 2,
        column: "mål",
        code: "UNKNOWN_REFERENCE",
        severity: "warning",
        message: "Målet E1 finns inte i målhierarkin.",
        messageEn: "Goal E1 is not in the goal hierarchy.",
        value: "E1",
      },
    ]);
  });
});

describe("parseStaffing", () => {
  it("reads shares as per cent or fractions, optional cost and months, and rejects bad rows by row and column", () => {
    const r = parseStaffing(
      [
        "enhet;roll;antal;tjänstgöringsgrad;timmar_per_vecka;andel_i_flödet;timkostnad;från;till",
        "u;Läkare;3;100 %;40;60 %;1 250;;",
        "u;Sjuksköterska;2;0,8;38,25;;;2025-09;",
        "u;Undersköterska;två;100;40;;;;",
        "u;Kurator;1;120 %;40;;;;",
        "u;Psykolog;1;100;40;;;2025-09;2025-03",
        ";Läkare;1;100;40;;;;",
      ].join("\n"),
      { file: "bemanning.csv" },
    );
    expect(r.items).toEqual([
      { unit: "u", role: "Läkare", staff: 3, employmentRate: 1, hoursPerWeek: 40, shareInFlows: 0.6, hourlyCostSek: 1250, row: 2 },
      {
        unit: "u",
        role: "Sjuksköterska",
        staff: 2,
        employmentRate: 0.8,
        hoursPerWeek: 38.25,
        shareInFlows: 1,
        fromMonth: "2025-09",
        row: 3,
      },
    ]);
    expect(r.issues.map((i) => [i.row, i.column, i.code, i.message])).toEqual([
      [4, "antal", "BAD_NUMBER", '"två" är inget tal.'],
      [5, "tjänstgöringsgrad", "BAD_VALUE", '"120 %" ligger utanför det tillåtna intervallet (över 0 och högst 100 %).'],
      [6, "till", "BAD_VALUE", "Från-månaden 2025-09 ligger efter till-månaden 2025-03."],
      [7, "enhet", "MISSING_VALUE", "Värde saknas i kolumnen enhet."],
    ]);
    expect(r.rowsIn).toBe(r.accepted + r.rejected);
  });
});

describe("parseGoalTree", () => {
  it("reads the hierarchy, −X % rules against a reference period, and reports bad rows and dangling parents", () => {
    const r = parseGoalTree(
      [
        "id;nivå;förälder;titel;enhet;mått;baslinje;målvärde;förändring;referens;datum",
        "R1;regionmål;;God och jämlik tillgänglighet;;;;;;;",
        "F1;fokusområde;R1;Kortare väntan;;;;;;;",
        "D1;delmål;F1;Ledtid −20 % 2026;region;leadTimeMedianMs;;;−20 %;2025-01..2025-06;2026-06-30",
        "E1;enhetsmål;D1;Flödeseffektivitet 0,2 %;u;flowEfficiency;0,001;0,002;;;2026-06-30",
        "E2;enhetsmål;D1;Fel mått;u;ledtid;;;;;2026-06-30",
        "E3;enhetsmål;D9;Föräldralös;u;waitMedianMs;;;−40;2025;2026-06-30",
        "E4;enhetsmål;D1;Utan referens;u;waitMedianMs;;;−40;;2026-06-30",
        "E5;enhetsmål;D1;Utan datum;u;waitMedianMs;;;−40;2025;",
      ].join("\n"),
      { file: "malhierarki.csv" },
    );
    expect(r.items.map((g) => g.id)).toEqual(["R1", "F1", "D1", "E1", "E3"]);
    expect(r.items[2]).toEqual({
      id: "D1",
      level: "delmål",
      parent: "F1",
      title: "Ledtid −20 % 2026",
      unit: "region",
      measure: "leadTimeMedianMs",
      changePct: -20,
      reference: { label: "2025-01..2025-06", fromMonth: "2025-01", toMonth: "2025-06" },
      deadline: "2026-06-30",
      row: 4,
    });
    expect(r.items[4]!.parent).toBeUndefined();
    expect(r.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [6, "mått", "BAD_VALUE", "error"],
      [8, "referens", "MISSING_VALUE", "error"],
      [9, "datum", "MISSING_VALUE", "error"],
      [7, "förälder", "UNKNOWN_REFERENCE", "warning"],
    ]);
    expect(r.issues[3]!.message).toBe("Målet E3 har ett överordnat mål (D9) som inte finns i filen; det visas som ett toppmål.");
  });

  it("reads reference periods", () => {
    expect(parseReferencePeriod("2025")).toEqual({ label: "2025", fromMonth: "2025-01", toMonth: "2025-12" });
    expect(parseReferencePeriod("2025-01..2025-06")?.toMonth).toBe("2025-06");
    expect(parseReferencePeriod("2025-07..2025-01")).toBeNull();
    expect(parseReferencePeriod("förra året")).toBeNull();
  });
});

describe("parseContextFigures", () => {
  it("reads amounts with spaces and a minus sign, defaulting the kind to budgetavvikelse", () => {
    const r = parseContextFigures("enhet;period;belopp;beskrivning\nu;2025;−4 200 000;Exempel (syntetiskt)\nv;2025;okänt;\n", {
      file: "kontext.csv",
    });
    expect(r.items).toEqual([
      { unit: "u", kind: "budgetavvikelse", period: "2025", amountSek: -4_200_000, note: "Exempel (syntetiskt)", row: 2 },
    ]);
    expect(r.issues[0]).toMatchObject({ row: 3, column: "belopp", code: "BAD_NUMBER" });
  });
});
