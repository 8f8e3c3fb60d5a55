import {
  collectBytes,
  csvField,
  type EventLog,
  eventLogFromObservations,
  importCsv,
  importXes,
  neutraliseCell,
  type Observation,
  toObservations,
  writeArrow,
  writeCsv,
  writeParquet,
  writeXes,
} from "@flodes/core";
import { tableFromIPC } from "@uwdata/flechette";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";

const t = (h: number, m = 0) => Date.UTC(2025, 2, 14, h, m);
/** A log with intervals, instants, an interval and an instant of one step in one flow, a DST-crossing flow, several processes, units, roles, resources, categories given and assumed, per-flow and per-event attributes, and text that needs escaping. */
function sampleLog(): EventLog {
  const obs: Observation[] = [
    {
      flow: "R-1",
      step: "Remiss inkommer",
      startMs: t(7),
      endMs: t(7),
      category: "NNVA",
      unit: "Närsjukvård Umeå",
      resource: "Sekreterare",
      process: "Remiss",
      attrs: { "case:enhet": "NSU", länk: "L1" },
    },
    {
      flow: "R-1",
      step: 'Bedömning & "prio" <1>',
      startMs: t(8),
      endMs: t(8, 20),
      category: "VA",
      unit: "Närsjukvård Umeå",
      role: "Läkare",
      resource: "Dr Å",
      process: "Remiss",
      attrs: { "case:enhet": "NSU" },
    },
    { flow: "R-1", step: "X", startMs: t(9), endMs: t(10), category: "NVA", process: "Remiss", attrs: { "case:enhet": "NSU", länk: "L2" } },
    { flow: "R-1", step: "X", startMs: t(13), endMs: t(13), category: "NVA", process: "Remiss", attrs: { "case:enhet": "NSU" } },
    {
      flow: "R-2",
      step: "Provtagning",
      startMs: Date.UTC(2025, 2, 30, 0, 30),
      endMs: Date.UTC(2025, 2, 30, 2, 45),
      unit: "Lab",
      process: "Lab",
      attrs: { "case:enhet": "LAB", länk: "rad 1\nrad\t2" },
    },
    {
      flow: "R-2",
      step: "Svar",
      startMs: Date.UTC(2025, 2, 30, 3),
      endMs: Date.UTC(2025, 2, 30, 3, 5),
      process: "Lab",
      attrs: { "case:enhet": "LAB" },
    },
  ];
  return eventLogFromObservations(obs);
}

/** Observations without source rows, sorted, for comparing a log with its round trip. */
function comparable(log: EventLog, dropAttrs: readonly string[] = []) {
  return toObservations(log)
    .map((o) => {
      const { row: _row, ...rest } = o;
      if (rest.attrs) {
        for (const k of dropAttrs) delete rest.attrs[k];
        if (Object.keys(rest.attrs).length === 0) delete rest.attrs;
      }
      return rest;
    })
    .sort((a, b) => a.flow.localeCompare(b.flow) || a.startMs - b.startMs || a.endMs - b.endMs || a.step.localeCompare(b.step));
}

async function bytesOf(write: (out: (c: Uint8Array) => void) => Promise<void>): Promise<Uint8Array> {
  const { out, bytes } = collectBytes();
  await write(out);
  return bytes();
}

describe("writeXes", () => {
  it("round-trips through importXes: same flows, steps, times, categories, units, roles, resources, processes and attributes", async () => {
    const log = sampleLog();
    const xes = await bytesOf((out) => writeXes(log, out));
    const back = importXes(xes, { file: "export.xes" });
    expect(back.quality).toMatchObject({ rejected: 0, unmatchedStarts: 0 });
    expect(comparable(back.log)).toEqual(comparable(log));
  });

  it("writes IEEE 1849 structure: extensions, globals, start/complete pairs for intervals, complete only for instants, ISO times with offset", async () => {
    const text = new TextDecoder().decode(await bytesOf((out) => writeXes(sampleLog(), out)));
    for (const ext of ["concept", "time", "lifecycle", "org"])
      expect(text).toContain(`prefix="${ext}" uri="http://www.xes-standard.org/${ext === "org" ? "org" : ext}.xesext"`);
    expect(text).toContain('xes.version="1849-2016"');
    expect(text).toContain('<global scope="event">');
    // 1 instant + 1 interval + 1 interval + 1 instant = 6 events; R-2: 2 intervals = 4 events.
    const traces = text.split("<trace>").slice(1);
    expect(traces.map((tr) => tr.split("<event>").length - 1)).toEqual([6, 4]);
    const r1 = traces[0];
    expect([...r1.matchAll(/lifecycle:transition" value="(\w+)"/g)].map((m) => m[1])).toEqual([
      "complete",
      "start",
      "complete",
      "start",
      "complete",
      "complete",
    ]);
    expect(r1).toContain('<date key="time:timestamp" value="2025-03-14T08:00:00.000+01:00"/>');
    expect(r1).toContain('value="Bedömning &amp; &quot;prio&quot; &lt;1&gt;"');
    expect(r1).toContain('<string key="enhet" value="NSU"/>'); // per-flow case attribute as trace attribute
    expect(r1).toContain('<string key="process" value="Remiss"/>');
    expect(r1).toContain('<string key="org:group" value="Närsjukvård Umeå"/>');
    expect(r1).toContain('<string key="org:role" value="Läkare"/>');
    // Across the spring DST change: 01:30 CET, then 04:45 CEST.
    expect(traces[1]).toContain('value="2025-03-30T01:30:00.000+01:00"');
    expect(traces[1]).toContain('value="2025-03-30T04:45:00.000+02:00"');
    expect(traces[1]).toContain('value="rad 1&#10;rad&#9;2"');
  });

  it("leaves out categories that were assumed, and keeps an instant made from an assumed start a single complete", async () => {
    const log = eventLogFromObservations([{ flow: "F", step: "S", startMs: t(8), endMs: t(9), assumedStart: true }]);
    const text = new TextDecoder().decode(await bytesOf((out) => writeXes(log, out)));
    expect(text).not.toContain('key="category"');
    expect(text.split("<event>").length - 1).toBe(1);
    expect(text).toContain('value="2025-03-14T10:00:00.000+01:00"');
  });
});

describe("writeCsv", () => {
  it("round-trips through importCsv (the row column comes back as an attribute)", async () => {
    const log = sampleLog();
    const csv = await bytesOf((out) => writeCsv(log, out));
    const back = importCsv(csv);
    expect(back.quality.rejected).toBe(0);
    expect(comparable(back.log, ["row"])).toEqual(comparable(log));
  });

  it("writes the Swedish Excel dialect: BOM, semicolons, CRLF, columns in the documented order", async () => {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await bytesOf((out) => writeCsv(sampleLog(), out, { excel: true })));
    expect(text.startsWith("\uFEFFflow;step;process;unit;role;resource;start;end;category;row;case:enhet;länk\r\n")).toBe(true);
    expect(text).toContain(
      "R-1;Remiss inkommer;Remiss;Närsjukvård Umeå;;Sekreterare;2025-03-14T08:00:00.000+01:00;2025-03-14T08:00:00.000+01:00;NNVA;;NSU;L1\r\n",
    );
    expect(text).toContain('"rad 1\nrad\t2"');
  });

  it("neutralises cells that would run as formulas, and keeps negative numbers numbers", async () => {
    const log = eventLogFromObservations([
      {
        flow: '=HYPERLINK("http://x","klick")',
        step: "+1+1",
        startMs: t(8),
        endMs: t(9),
        attrs: { a: "-12.5", b: "@SUM(A1)", c: "-", d: "\tx", e: "-1,5", f: "+3" },
      },
    ]);
    const text = new TextDecoder().decode(await bytesOf((out) => writeCsv(log, out)));
    const row = text.split("\n")[1];
    expect(row.startsWith('"\'=HYPERLINK(""http://x"",""klick"")",\'+1+1,')).toBe(true);
    expect(row.endsWith(`,-12.5,'@SUM(A1),'-,'\tx,"-1,5",+3`)).toBe(true);
  });
});

describe("neutraliseCell and csvField", () => {
  it("follow OWASP: = + - @ tab and CR prefixed with a quote unless the cell is a number", () => {
    expect(["=1+2", "+A1", "-A1", "@A1", "\t=1", "\r=1"].map(neutraliseCell)).toEqual(["'=1+2", "'+A1", "'-A1", "'@A1", "'\t=1", "'\r=1"]);
    expect(["-12", "-12.5", "-1,5", "+3", "-1e5", "1-2", "a=b", ""].map(neutraliseCell)).toEqual([
      "-12",
      "-12.5",
      "-1,5",
      "+3",
      "-1e5",
      "1-2",
      "a=b",
      "",
    ]);
    expect(csvField("-2+3", ";")).toBe("'-2+3");
    expect(csvField(' "x" ', ",")).toBe('" ""x"" "');
  });
});

describe("writeArrow", () => {
  it("reads back with flechette equal to the log, in export order, times as UTC timestamps", async () => {
    const log = sampleLog();
    const table = tableFromIPC(await bytesOf((out) => writeArrow(log, out, { batchRows: 4 })));
    expect(table.numRows).toBe(6);
    expect(table.names).toEqual([
      "flow",
      "step",
      "process",
      "unit",
      "role",
      "resource",
      "start",
      "end",
      "category",
      "row",
      "case:enhet",
      "länk",
    ]);
    const rows = table.toArray() as Record<string, unknown>[];
    const objs = toObservations(log);
    rows.forEach((r, k) => {
      const o = objs[k]; // flows are contiguous and time-ordered in the source, so export order = row order here
      expect(r).toMatchObject({
        flow: o.flow,
        step: o.step,
        process: o.process ?? null,
        unit: o.unit ?? null,
        role: o.role ?? null,
        resource: o.resource ?? null,
        category: o.category ?? null,
        row: o.row ?? null,
      });
      expect(r.start).toBe(o.startMs);
      expect(r.end).toBe(o.endMs);
      expect(r.länk).toBe(o.attrs?.länk ?? null);
    });
    expect(table.schema.fields.find((f) => f.name === "start")?.type).toMatchObject({ unit: 1, timezone: "UTC" });
  });
});

describe("writeParquet", () => {
  it("reads back with hyparquet equal to the log, across row groups", async () => {
    const log = sampleLog();
    const bytes = await bytesOf((out) => writeParquet(log, out, { rowGroupRows: 4 }));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(parquetMetadata(file).row_groups).toHaveLength(2);
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    const objs = toObservations(log);
    expect(rows).toHaveLength(6);
    rows.forEach((r, k) => {
      const o = objs[k];
      expect(r).toMatchObject({
        flow: o.flow,
        step: o.step,
        process: o.process ?? null,
        unit: o.unit ?? null,
        category: o.category ?? null,
        row: o.row ?? null,
      });
      expect((r.start as Date).getTime()).toBe(o.startMs);
      expect((r.end as Date).getTime()).toBe(o.endMs);
      expect(r["case:enhet"]).toBe(o.attrs?.["case:enhet"] ?? null);
    });
  });

  it("writes an empty log as a valid file with the schema", async () => {
    const bytes = await bytesOf((out) => writeParquet(eventLogFromObservations([]), out));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(parquetMetadata(file).schema.map((s) => s.name)).toEqual([
      "root",
      "flow",
      "step",
      "process",
      "unit",
      "role",
      "resource",
      "start",
      "end",
      "category",
      "row",
    ]);
  });
});

describe("round trips on random logs (property)", () => {
  it("XES and CSV exports import back to the same observations", async () => {
    const fc = (await import("fast-check")).default;
    const steps = ["Remiss", "Bedömning", "Provtagning", "Läkarbesök", "Beslut & svar", "Uppföljning"];
    const obsArb = fc.record({
      step: fc.integer({ min: 0, max: steps.length - 1 }),
      startMin: fc.integer({ min: 0, max: 60 * 24 * 400 }),
      durMin: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 600 })),
      cat: fc.constantFrom("VA", "NNVA", "NVA", undefined),
      unit: fc.constantFrom("Umeå", "Skellefteå", undefined),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(obsArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), async (flows) => {
        const obs: Observation[] = [];
        flows.forEach((f, fi) => {
          const seen = new Set<number>();
          for (const o of f) {
            if (seen.has(o.step)) continue; // one occurrence per step and flow: pairing by step is then unambiguous
            seen.add(o.step);
            const startMs = Date.UTC(2024, 0, 1) + o.startMin * 60_000;
            obs.push({
              flow: `F${fi}`,
              step: steps[o.step],
              startMs,
              endMs: startMs + o.durMin * 60_000,
              ...(o.cat ? { category: o.cat } : {}),
              ...(o.unit ? { unit: o.unit } : {}),
            });
          }
        });
        const log = eventLogFromObservations(obs);
        const viaXes = importXes(await bytesOf((out) => writeXes(log, out)));
        const viaCsv = importCsv(await bytesOf((out) => writeCsv(log, out)));
        expect(comparable(viaXes.log)).toEqual(comparable(log));
        expect(comparable(viaCsv.log, ["row"])).toEqual(comparable(log));
      }),
      { numRuns: 40, seed: 1849 },
    );
  });
});
