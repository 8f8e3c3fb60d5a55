import { readFileSync } from "node:fs";
import { ImportError, IssueSink, readXes } from "@flodes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunked, collectSink } from "../source/collect-sink.js";

const enc = new TextEncoder();
const fixture = readFileSync(new URL("../../../fixtures/import/small.xes", import.meta.url));

async function read(input: string | Uint8Array | Uint8Array[], file?: string) {
  const sink = collectSink();
  const issues = new IssueSink(file);
  const chunks = Array.isArray(input) ? input : [typeof input === "string" ? enc.encode(input) : input];
  const { encoding } = await readXes(chunks, sink, issues);
  return { ...sink.got, rows: sink.rows(), encoding, issues };
}

const xes = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849-2016">\n${body}\n</log>\n`;

describe("readXes", () => {
  it("delivers one record per event with its trace's attributes as case:…, leading columns first, row = line of <event", async () => {
    const r = await read(fixture, "small.xes");
    expect(r.header).toEqual([
      "case:concept:name",
      "concept:name",
      "time:timestamp",
      "lifecycle:transition",
      "org:resource",
      "case:enhet",
      "prioritet",
    ]);
    expect(r.rows).toEqual([
      {
        row: 17,
        "case:concept:name": "R-1",
        "case:enhet": "Närsjukvård Umeå",
        "concept:name": "Remiss inkommer",
        "lifecycle:transition": "complete",
        "time:timestamp": "2025-03-14T08:00:00.000+01:00",
        "org:resource": "Sekreterare",
      },
      {
        row: 23,
        "case:concept:name": "R-1",
        "case:enhet": "Närsjukvård Umeå",
        "concept:name": "Bedömning & prioritering",
        "lifecycle:transition": "start",
        "time:timestamp": "2025-03-14T09:00:00.000+01:00",
        "org:resource": "Läkare",
      },
      {
        row: 29,
        "case:concept:name": "R-1",
        "case:enhet": "Närsjukvård Umeå",
        "concept:name": "Bedömning & prioritering",
        "lifecycle:transition": "complete",
        "time:timestamp": "2025-03-14T09:20:00.000+01:00",
        "org:resource": "Läkare",
      },
      {
        row: 43,
        "case:concept:name": "R-2",
        "concept:name": "Remiss inkommer",
        "time:timestamp": "2025-03-15T10:00:00.000Z",
        prioritet: "2",
      },
      {
        row: 48,
        "case:concept:name": "R-2",
        "concept:name": "Bedömning & prioritering",
        "lifecycle:transition": "schedule",
        "time:timestamp": "2025-03-15T10:30:00.000Z",
      },
    ]);
    expect(r.encoding).toBe("utf-8");
  });

  it("reads identically when the bytes are split at every position (multi-byte UTF-8, entities, tags and comments cut)", async () => {
    const text = xes(
      `<!-- en kommentar – med ”citat” -->\n<trace><string key="concept:name" value="Å-1"/>\n` +
        `<event><string key="concept:name" value="Bedömning &amp; prio &#229;&#x2013;ö"/><date key='time:timestamp' value="2025-01-01T08:00:00+01:00"/></event>\n` +
        `<event ><string key="concept:name" value="Läkarbesök 🩺"/><![CDATA[ignored]]><date key="time:timestamp" value="2025-01-01T09:00:00+01:00"/></event></trace>`,
    );
    const bytes = enc.encode(text);
    const whole = await read(bytes);
    expect(whole.rows.map((r) => r["concept:name"])).toEqual(["Bedömning & prio å–ö".replace("Ö", "ö"), "Läkarbesök 🩺"]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const split = await read([bytes.slice(0, cut), bytes.slice(cut)]);
      expect(split.records, `cut at byte ${cut}`).toEqual(whole.records);
    }
    const oneByOne = await read(chunked(bytes, [1]));
    expect(oneByOne.records).toEqual(whole.records);
  });

  it("reads identically under random chunkings (property)", async () => {
    const bytes = new Uint8Array(fixture);
    const whole = await read(bytes);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 20 }), async (sizes) => {
        const r = await read(chunked(bytes, sizes));
        expect(r.records).toEqual(whole.records);
        expect(r.columns).toEqual(whole.columns);
      }),
      { numRuns: 60, seed: 9 },
    );
  });

  it("refuses entity declarations (billion laughs) before expanding anything, with a clear sv/en error", async () => {
    const lol =
      `<?xml version="1.0"?>\n<!DOCTYPE log [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n` +
      ` <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n<log><trace><event><string key="concept:name" value="&lol3;"/></event></trace></log>`;
    const e = await read(lol, "lol.xes").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect(e).toMatchObject({ code: "UNSAFE_XML", file: "lol.xes", row: 2 });
    expect((e as ImportError).messageSv).toContain("<!ENTITY");
    expect((e as ImportError).messageEn).toContain("only the five predefined entities");
  });

  it("refuses external entities and an external DTD without reading any file", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE log [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><log><trace><string key="concept:name" value="&xxe;"/><event/></trace></log>`;
    await expect(read(xxe)).rejects.toMatchObject({ code: "UNSAFE_XML" });
    const dtd = `<?xml version="1.0"?><!DOCTYPE log SYSTEM "file:///etc/passwd"><log/>`;
    const e = await read(dtd).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "UNSAFE_XML" });
    expect((e as ImportError).messageEn).toContain("no other file is read");
    // A reference to an entity nobody declared is refused too, naming it.
    const undef = xes(`<trace><string key="concept:name" value="&xxe;"/><event/></trace>`);
    await expect(read(undef)).rejects.toMatchObject({ code: "UNSAFE_XML", messageEn: expect.stringContaining("&xxe;") });
  });

  it("accepts a bare DOCTYPE, keeps a stray ampersand, and maps disallowed character references to U+FFFD", async () => {
    const r = await read(
      `<!DOCTYPE log><log><trace><string key="concept:name" value="A & B"/><event><string key="concept:name" value="x&#0;y&#9;z"/></event></trace></log>`,
    );
    expect(r.rows[0]).toMatchObject({ "case:concept:name": "A & B", "concept:name": "x\uFFFDy\tz" });
  });

  it("reads values holding '>', '/>' and the other quote character, with white space around '='", async () => {
    const r = await read(
      xes(`<trace><string key = 'concept:name' value="a > b/> 'c'"/><event><string value='x "y" >' key="concept:name" /></event></trace>`),
    );
    expect(r.rows[0]).toMatchObject({ "case:concept:name": "a > b/> 'c'", "concept:name": 'x "y" >' });
  });

  it("normalises literal line breaks and tabs in attribute values to spaces, as XML does", async () => {
    const r = await read(xes(`<trace><string key="concept:name" value="rad 1\r\nrad\t2"/><event/></trace>`));
    expect(r.rows[0]!["case:concept:name"]).toBe("rad 1 rad 2");
  });

  it("skips globals, classifiers, log attributes and nested attribute children; reads attributes in any order", async () => {
    const r = await read(
      xes(
        `<global scope="event"><string key="concept:name" value="__INVALID__"/></global><classifier name="a" keys="concept:name"/>` +
          `<string key="concept:name" value="logg"/><trace><string value="T1" key="concept:name"/>` +
          `<event><list key="l"><values><string key="nested" value="x"/></values></list><container key="c"><int key="deep" value="1"/></container>` +
          `<string key="concept:name" value="A"><string key="child" value="no"/></string></event></trace>`,
      ),
    );
    expect(r.columns).toEqual(["case:concept:name", "concept:name"]);
    expect(r.rows).toEqual([{ row: 3, "case:concept:name": "T1", "concept:name": "A" }]);
  });

  it("announces the header after a sample, and columns first used later through addColumns", async () => {
    const ev = (i: number, extra = "") => `<event><string key="concept:name" value="S${i}"/>${extra}</event>`;
    const traces = Array.from(
      { length: 1100 },
      (_, i) =>
        `<trace><string key="concept:name" value="T${i}"/>${ev(i, i === 1050 ? '<string key="org:role" value="Läkare"/><string key="ny" value="1"/>' : "")}</trace>`,
    );
    const r = await read(xes(traces.join("\n")));
    expect(r.header).toEqual(["case:concept:name", "concept:name"]);
    expect(r.added).toEqual([["org:role", "ny"]]);
    expect(r.records).toHaveLength(1100);
    expect(r.rows[1050]).toMatchObject({ "org:role": "Läkare", ny: "1", "case:concept:name": "T1050" });
  });

  it("holds a trace's events until the trace ends (trace attributes after the events still reach them)", async () => {
    const r = await read(
      xes(`<trace><event><string key="concept:name" value="A"/></event><string key="concept:name" value="sen"/></trace>`),
    );
    expect(r.rows[0]).toMatchObject({ "case:concept:name": "sen", "concept:name": "A" });
  });

  it("delivers an event outside any trace without trace attributes instead of dropping it", async () => {
    const r = await read(xes(`<event><string key="concept:name" value="lös"/></event>`));
    expect(r.rows).toEqual([{ row: 3, "concept:name": "lös" }]);
  });

  it("reads UTF-16 (with BOM) and Latin-1 declared encodings", async () => {
    const text = xes(`<trace><string key="concept:name" value="Åsa"/><event><string key="concept:name" value="Besök"/></event></trace>`);
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) le[2 + 2 * i] = text.charCodeAt(i);
    const r16 = await read(chunked(le, [3, 5]));
    expect(r16.encoding).toBe("utf-16le");
    expect(r16.rows[0]).toMatchObject({ "case:concept:name": "Åsa", "concept:name": "Besök" });
    const latin = text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const l1 = Uint8Array.from(latin, (c) => c.charCodeAt(0));
    const r1 = await read(chunked(l1, [7]));
    expect(r1.encoding).toBe("windows-1252");
    expect(r1.rows[0]).toMatchObject({ "case:concept:name": "Åsa", "concept:name": "Besök" });
  });

  it("falls back to Windows-1252 for values that are not valid UTF-8, with a warning", async () => {
    const bytes = Uint8Array.from(xes(`<trace><string key="concept:name" value="Åsa"/><event/></trace>`), (c) => c.charCodeAt(0));
    const r = await read(bytes);
    expect(r.rows[0]!["case:concept:name"]).toBe("Åsa");
    expect(r.encoding).toBe("windows-1252");
    expect(r.issues.counts.ENCODING_FALLBACK).toBe(1);
  });

  it("refuses text that is not XES, another root element, and a truncated file", async () => {
    await expect(read("case;activity\n1;A\n", "x.csv")).rejects.toMatchObject({
      code: "UNREADABLE",
      file: "x.csv",
      messageEn: expect.stringContaining("No <log>"),
    });
    await expect(read(`<?xml version="1.0"?><html><body/></html>`)).rejects.toMatchObject({
      code: "UNREADABLE",
      messageEn: expect.stringContaining("<html>"),
    });
    const cut = fixture.subarray(0, 900);
    await expect(read(cut)).rejects.toBeInstanceOf(ImportError);
    await expect(read(xes("<trace><event>").replace("</log>", ""))).rejects.toMatchObject({
      messageEn: expect.stringContaining("truncated"),
    });
  });

  it("stops on a tag that never ends with a bounded buffer", async () => {
    await expect(read(`<log><trace><string key="a" value="never closed`)).rejects.toMatchObject({
      code: "UNREADABLE",
      messageEn: expect.stringContaining("middle of a tag"),
    });
  });

  it("delivers an empty log as a header of the three leading columns and no records", async () => {
    const r = await read(xes(""));
    expect(r.header).toEqual(["case:concept:name", "concept:name", "time:timestamp"]);
    expect(r.records).toEqual([]);
  });
});
