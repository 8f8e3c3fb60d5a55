import { easterSunday, swedishHolidays } from "@flodes/core";
import { describe, expect, it } from "vitest";

const dateOf = (year: number, name: string) => swedishHolidays(year).find((h) => h.name === name)?.date;

describe("easterSunday", () => {
  // Reference dates from published Easter tables (independent source).
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
    [1818, "1818-03-22"],
    [1943, "1943-04-25"],
  ])("gives Easter Sunday %i as %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe("swedishHolidays", () => {
  it("lists the 13 holidays and 3 eves of 2025 in date order", () => {
    // Easter 2025-04-20: långfredagen −2 = 04-18, annandag påsk +1 = 04-21, himmelsfärd +39 = 05-29, pingst +49 = 06-08.
    expect(swedishHolidays(2025)).toEqual([
      { date: "2025-01-01", name: "Nyårsdagen", kind: "holiday" },
      { date: "2025-01-06", name: "Trettondedag jul", kind: "holiday" },
      { date: "2025-04-18", name: "Långfredagen", kind: "holiday" },
      { date: "2025-04-20", name: "Påskdagen", kind: "holiday" },
      { date: "2025-04-21", name: "Annandag påsk", kind: "holiday" },
      { date: "2025-05-01", name: "Första maj", kind: "holiday" },
      { date: "2025-05-29", name: "Kristi himmelsfärdsdag", kind: "holiday" },
      { date: "2025-06-06", name: "Sveriges nationaldag", kind: "holiday" },
      { date: "2025-06-08", name: "Pingstdagen", kind: "holiday" },
      { date: "2025-06-20", name: "Midsommarafton", kind: "eve" },
      { date: "2025-06-21", name: "Midsommardagen", kind: "holiday" },
      { date: "2025-11-01", name: "Alla helgons dag", kind: "holiday" },
      { date: "2025-12-24", name: "Julafton", kind: "eve" },
      { date: "2025-12-25", name: "Juldagen", kind: "holiday" },
      { date: "2025-12-26", name: "Annandag jul", kind: "holiday" },
      { date: "2025-12-31", name: "Nyårsafton", kind: "eve" },
    ]);
  });

  it("puts midsommardagen on the Saturday 20–26 June and midsommarafton on the Friday before", () => {
    // 2024-06-20 is a Thursday → Saturday 22nd; 2026-06-20 is a Saturday itself; 2027-06-20 is a Sunday → Saturday 26th.
    expect([dateOf(2024, "Midsommardagen"), dateOf(2024, "Midsommarafton")]).toEqual(["2024-06-22", "2024-06-21"]);
    expect([dateOf(2026, "Midsommardagen"), dateOf(2026, "Midsommarafton")]).toEqual(["2026-06-20", "2026-06-19"]);
    expect([dateOf(2027, "Midsommardagen"), dateOf(2027, "Midsommarafton")]).toEqual(["2027-06-26", "2027-06-25"]);
  });

  it("puts alla helgons dag on the Saturday 31 October–6 November", () => {
    // 2026-10-31 is a Saturday; 2024-10-31 is a Thursday → 2 Nov; 2027-10-31 is a Sunday → 6 Nov.
    expect(dateOf(2026, "Alla helgons dag")).toBe("2026-10-31");
    expect(dateOf(2024, "Alla helgons dag")).toBe("2024-11-02");
    expect(dateOf(2027, "Alla helgons dag")).toBe("2027-11-06");
  });

  it("has annandag pingst instead of nationaldagen before 2005", () => {
    // Easter 2004-04-11 → pingst +49 = 05-30, annandag pingst +50 = 05-31.
    expect(dateOf(2004, "Annandag pingst")).toBe("2004-05-31");
    expect(dateOf(2004, "Sveriges nationaldag")).toBeUndefined();
    expect(dateOf(2005, "Sveriges nationaldag")).toBe("2005-06-06");
  });
});
