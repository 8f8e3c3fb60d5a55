import { CliError, type OptionSpec, parseArgs } from "@flodes/cli/internal";
import { describe, expect, it } from "vitest";

const SPECS: OptionSpec[] = [
  { name: "format", kind: "string", choices: ["json", "csv"], help: "" },
  { name: "sep", kind: "string", help: "" },
  { name: "json", kind: "flag", help: "" },
  { name: "help", kind: "flag", short: "h", help: "" },
];

describe("parseArgs", () => {
  it("takes options before and after positionals, in both --x v and --x=v forms", () => {
    expect(parseArgs(["--format", "csv", "logg.csv", "--sep=;", "--json"], SPECS)).toEqual({
      positionals: ["logg.csv"],
      options: { format: "csv", sep: ";", json: true },
    });
  });

  it("accepts a one-character value such as ; or - and a short flag", () => {
    expect(parseArgs(["-h", "--sep", ";"], SPECS).options).toEqual({ help: true, sep: ";" });
    expect(parseArgs(["--sep", "-"], SPECS).options).toEqual({ sep: "-" });
  });

  it("treats everything after -- as positionals", () => {
    expect(parseArgs(["--", "--json"], SPECS)).toEqual({ positionals: ["--json"], options: {} });
  });

  it("rejects unknown options, missing values, values for flags and values outside the choices", () => {
    const bad = [["--bogus"], ["-x"], ["--sep"], ["--format", "--json"], ["--json=yes"], ["--format", "xml"]];
    for (const argv of bad) expect(() => parseArgs(argv, SPECS), argv.join(" ")).toThrow(CliError);
  });

  it("names the offending flag in Swedish and English", () => {
    try {
      parseArgs(["--bogus"], SPECS);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ kind: "usage", code: "unknownOption", sv: "okänd flagga: --bogus", en: "unknown option: --bogus" });
    }
  });
});
