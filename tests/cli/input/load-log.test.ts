import { describe, expect, it } from "vitest";
import { importFailure, scrubPersonnummer } from "@flodes/cli/internal";
import { FlodesError } from "@flodes/core";

describe("scrubPersonnummer", () => {
  it("hides 10- and 12-digit personnummer with or without a separator, keeps times and short numbers", () => {
    expect(scrubPersonnummer("x 19121212-1212 y 121212+1212 z 1212121212")).toBe(
      "x [personnummer] y [personnummer] z [personnummer]",
    );
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
});
