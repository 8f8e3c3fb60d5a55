// Import throughput per format (MB/s): the streaming XES reader, XES through the log builder, the xlsx reader and
// gunzip, on inputs generated here with a fixed seed. `measureFormats()` is what `pnpm bench` calls; run this file
// directly (node --conditions=source --import tsx bench/formats.ts [--quick]) for the table alone.

import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { bytesSource, createRandom, gunzip, IssueSink, importXesStream, type RecordSink, readXes, readXlsx } from "@flodes/core";
import { strToU8, zipSync } from "fflate";

/** One throughput measurement. */
export interface FormatMeasurement {
  /** What was timed. */
  name: string;
  /** Bytes of the input as the reader sees them (XML for XES, the sheet's XML for xlsx, output for gunzip). */
  bytes: number;
  /** Records (events, rows) delivered. */
  records: number;
  /** Best of `runs`, wall-clock ms. */
  ms: number;
  /** CPU time of that run (all threads of the process, GC and zlib's pool included), ms. */
  cpuMs: number;
  mbPerSec: number;
  /** MB per CPU second: unlike wall-clock MB/s, not deflated by other processes on a busy machine. */
  mbPerCpuSec: number;
  recordsPerSec: number;
}

/** Options of {@link measureFormats}. */
export interface FormatBenchOptions {
  /** Events of the generated XES. __Default:__ 1 000 000 (≈ 250 MB of XML). */
  xesEvents?: number;
  /** Rows of the generated sheet. __Default:__ 500 000. */
  xlsxRows?: number;
  /** Timed runs per measurement; the best counts. __Default:__ 3. */
  runs?: number;
}

/** Targets of issue 9 for the readers. */
export const FORMAT_TARGETS = { xesMbPerSec: 50 };

const STEPS = ["Remiss inkommer", "Bedömning & prioritering", "Provtagning", "Läkarbesök", "Röntgen", "Beslut", "Återbesök", "Avslut"];
const UNITS = ["Närsjukvård Umeå", "Närsjukvård Skellefteå", "Länssjukvårdsområde 1", "Tandvård"];
const CHUNK = 1 << 20;

/** A synthetic XES log (lifecycle start/complete pairs, trace and event attributes, multi-byte names). */
export function generateXes(events: number, seed = 9): Uint8Array {
  const rnd = createRandom(seed);
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">\n'];
  let t = Date.UTC(2025, 0, 1);
  let n = 0;
  for (let f = 0; n < events; f++) {
    parts.push(`\t<trace>\n\t\t<string key="concept:name" value="F${f}"/>\n\t\t<string key="enhet" value="${UNITS[f % UNITS.length]}"/>\n`);
    const steps = 3 + Math.floor(rnd() * 6);
    for (let k = 0; k < steps && n < events; k++) {
      t += Math.floor(rnd() * 3_600_000);
      for (const lc of ["start", "complete"]) {
        if (lc === "complete") t += Math.floor(rnd() * 1_800_000);
        const step = STEPS[Math.floor(rnd() * STEPS.length)].replace("&", "&amp;");
        parts.push(
          `\t\t<event>\n\t\t\t<string key="concept:name" value="${step}"/>\n\t\t\t<string key="lifecycle:transition" value="${lc}"/>\n` +
            `\t\t\t<date key="time:timestamp" value="${new Date(t).toISOString().replace("Z", "+00:00")}"/>\n` +
            `\t\t\t<string key="org:resource" value="R${Math.floor(rnd() * 40)}"/>\n\t\t</event>\n`,
        );
        n++;
      }
    }
    parts.push("\t</trace>\n");
  }
  parts.push("</log>\n");
  return strToU8(parts.join(""));
}

/** A synthetic workbook (first sheet: ärende, aktivitet, start, slut, enhet; shared strings and serial dates). */
export function generateXlsx(rows: number, seed = 9): { bytes: Uint8Array; sheetBytes: number } {
  const rnd = createRandom(seed);
  const shared = ["ärende", "aktivitet", "start", "slut", "enhet", ...STEPS, ...UNITS];
  const s = (i: number, ref: string) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
  const parts = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${[0, 1, 2, 3, 4].map((i) => s(i, `${"ABCDE"[i]}1`)).join("")}</row>`,
  ];
  let serial = 45658;
  for (let r = 2; r <= rows + 1; r++) {
    serial += rnd() / 50;
    const end = serial + rnd() / 100;
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>F${Math.floor(r / 6)}</t></is></c>${s(5 + Math.floor(rnd() * STEPS.length), `B${r}`)}` +
        `<c r="C${r}"><v>${serial.toFixed(8)}</v></c><c r="D${r}"><v>${end.toFixed(8)}</v></c>${s(5 + STEPS.length + (r % UNITS.length), `E${r}`)}</row>`,
    );
  }
  parts.push("</sheetData></worksheet>");
  const sheet = strToU8(parts.join(""));
  const sst = strToU8(
    `<sst count="${shared.length}" uniqueCount="${shared.length}">${shared.map((x) => `<si><t>${x}</t></si>`).join("")}</sst>`,
  );
  const bytes = zipSync({ "xl/worksheets/sheet1.xml": [sheet, { level: 6 }], "xl/sharedStrings.xml": sst });
  return { bytes, sheetBytes: sheet.length };
}

function chunks(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) out.push(bytes.subarray(i, i + CHUNK));
  return out;
}

function countingSink(): RecordSink & { n: number } {
  // Only counts records: the reader's cost, without building a log.
  const ignore = (): void => undefined;
  const sink = { n: 0, header: ignore, addColumns: ignore, record: () => void sink.n++, rejectRecord: ignore };
  return sink;
}

async function best(name: string, bytes: number, runs: number, body: () => Promise<number>): Promise<FormatMeasurement> {
  await body(); // warm-up
  let ms = Infinity;
  let cpuMs = Infinity;
  let records = 0;
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    records = await body();
    ms = Math.min(ms, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
  }
  const rate = (t: number) => Math.round((bytes / 1e6 / (t / 1000)) * 10) / 10;
  return {
    name,
    bytes,
    records,
    ms: Math.round(ms),
    cpuMs: Math.round(cpuMs),
    mbPerSec: rate(ms),
    mbPerCpuSec: rate(cpuMs),
    recordsPerSec: Math.round(records / (ms / 1000)),
  };
}

/**
 * Measures the import throughput per format on generated inputs, best of `runs`:
 * `readXes` alone (XML → records), `importXesStream` (XML → EventLog), `readXlsx` (workbook → records, MB/s of
 * the sheet's XML) and `gunzip` (MB/s of output).
 *
 * @example
 * for (const m of await measureFormats({ xesEvents: 200_000 })) console.log(m.name, m.mbPerSec);
 */
export async function measureFormats(options: FormatBenchOptions = {}): Promise<FormatMeasurement[]> {
  const runs = options.runs ?? 3;
  const xes = generateXes(options.xesEvents ?? 1_000_000);
  const xesChunks = chunks(xes);
  const out: FormatMeasurement[] = [];
  out.push(
    await best("readXes (XML → records)", xes.length, runs, async () => {
      const sink = countingSink();
      await readXes(xesChunks, sink, new IssueSink(undefined));
      return sink.n;
    }),
  );
  out.push(await best("importXesStream (XML → EventLog)", xes.length, runs, async () => (await importXesStream(xesChunks)).quality.rowsIn));
  const gz = chunks(gzipSync(xes));
  out.push(
    await best("gunzip (.xes.gz, output)", xes.length, runs, async () => {
      let n = 0;
      for await (const c of gunzip(gz)) n += c.length;
      return n === xes.length ? 1 : 0;
    }),
  );
  const { bytes, sheetBytes } = generateXlsx(options.xlsxRows ?? 500_000);
  out.push(
    await best(`readXlsx (sheet XML; file ${Math.round(bytes.length / 1e5) / 10} MB)`, sheetBytes, runs, async () => {
      const sink = countingSink();
      await readXlsx(bytesSource(bytes), sink, new IssueSink(undefined));
      return sink.n;
    }),
  );
  return out;
}

/** The measurements as a Markdown table. */
export function formatsTable(ms: readonly FormatMeasurement[]): string {
  return [
    "| reader | input MB | records | ms | MB/s | CPU ms | MB/CPU-s | records/s |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...ms.map(
      (m) =>
        `| ${m.name} | ${(m.bytes / 1e6).toFixed(1)} | ${m.records.toLocaleString("en")} | ${m.ms} | ${m.mbPerSec} | ${m.cpuMs} | ${m.mbPerCpuSec} | ${m.recordsPerSec.toLocaleString("en")} |`,
    ),
  ].join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes("--quick");
  const ms = await measureFormats(quick ? { xesEvents: 200_000, xlsxRows: 100_000, runs: 2 } : {});
  process.stdout.write(`${formatsTable(ms)}\n`);
}
