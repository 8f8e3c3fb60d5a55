import { describe, expect, it } from "vitest";
// @ts-expect-error — a plain-JS component of the site, without type declarations
import { parseMappingFile } from "../../notebooks/src/components/mapping-dialog.js";

const parse = parseMappingFile as (
  text: string,
  file?: string,
) => { mapping: Record<string, string>; sep: string; dateOrder: string; tz: string };
const FORMAT = "flodes-kolumnmappning";

describe("parseMappingFile", () => {
  it("reads a saved mapping, defaults what it leaves out", () => {
    const text = JSON.stringify({
      format: FORMAT,
      version: 1,
      mapping: { flow: "Ärende", step: "Aktivitet", time: "Tid" },
      dateOrder: "dmy",
    });
    expect(parse(text, "kolumner.json")).toEqual({
      mapping: { flow: "Ärende", step: "Aktivitet", time: "Tid" },
      sep: "",
      dateOrder: "dmy",
      tz: "Europe/Stockholm",
    });
  });

  it("names the file in Swedish and English when the text is not JSON", () => {
    expect(() => parse("{ format:", "kolumner.json")).toThrow(
      /^kolumner\.json: filen är inte giltig JSON .* \/ the file is not valid JSON/,
    );
  });

  it("refuses a JSON file that is not a flodes mapping", () => {
    expect(() => parse(JSON.stringify({ mapping: {} }), "x.json")).toThrow(
      'x.json: filen är ingen kolumnmappning från flodes (fältet "format" ska vara "flodes-kolumnmappning")',
    );
  });

  it("reports every bad field instead of dropping it", () => {
    const text = JSON.stringify({
      format: FORMAT,
      mapping: { flow: 3, kasse: "K", step: "S" },
      sep: ":",
      dateOrder: "yymmdd",
      tz: "Europe/Nowhere",
    });
    let message = "";
    try {
      parse(text, "m.json");
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      'm.json: fältet "mapping.flow" ska vara ett kolumnnamn (text) / field "mapping.flow" must be a column name (text)',
    );
    expect(lines[1]).toMatch(/^m\.json: okänt fält "mapping\.kasse"/);
    expect(lines.slice(2).map((l) => /fältet "(\w+)"/.exec(l)?.[1])).toEqual(["sep", "dateOrder", "tz"]);
  });
});
