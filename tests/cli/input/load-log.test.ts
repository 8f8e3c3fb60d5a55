import { importFailure, scrubPersonnummer } from "@flodes/cli/internal";
import { FlodesError } from "@flodes/core";
import { describe, expect, it } from "vitest";

describe("scrubPersonnummer", () => {
  it("hides 10- and 12-digit personnummer with or without a separator, keeps times and short numbers", () => {
    expect(scrubPersonnummer("x 19121212-1212 y 121212+1212 z 1212121212")).toBe("x [personnummer] y [personnummer] z [personnummer]");
    expect(scrubPersonnummer("2025-03-04 08:00, rad 12, 600000 ms")).toBe("2025-03-04 08:00, rad 12, 600000 ms");
  });
});

describe("importFailure", () => {
  it("names the file and scrubs a personnummer that a lower layer quoted", () => {
    const e = new FlodesError({ code: "UNREADABLE", sv: "värdet 121212-1212 går inte", en: "value 121212-1212 fails" });
    const err = importFailure("logg.csv", e);
    expect(err.sv).toBe("logg.csv: värdet [personnummer] går inte");
    expect(err.en).toBe("logg.csv: value [personnummer] fails");
  });

  it("refuses a personnummer with core's text (the site shows the same) and adds the flags that get past it", async () => {
    const { importCsv } = await import("@flodes/core");
    const csv = "ärende;steg;start;slut;patient\nR1;Triage;2025-03-03 08:00;2025-03-03 08:20;19121212-1212\n";
    let thrown: unknown;
    try {
      importCsv(csv, { tz: "Europe/Stockholm", file: "logg.csv" });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FlodesError);
    const core = thrown as FlodesError;
    expect(core.sv).toBe(
      "Filen innehåller ett personnummerliknande värde (först på rad 2; kolumn patient) och läses inte. " +
        "Ta bort värdet eller importera med pseudonymisering.",
    );
    const err = importFailure("logg.csv", core);
    expect(err.code).toBe("PERSONNUMMER");
    expect(err.sv).toBe(`logg.csv: ${core.sv} Med flodes: pseudonymisera med --pseudonymise --key <nyckel>.`);
    expect(err.en).toBe(`logg.csv: ${core.en} With flodes: pseudonymise with --pseudonymise --key <key>.`);
    expect(err.sv + err.en).not.toMatch(/1212/);
  });
});
