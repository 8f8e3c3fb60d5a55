import { LogBuilder } from "./builder/log-builder.js";
import type { StreamImportOptions } from "./import-csv.js";
import type { ImportOptions, ImportResult } from "./import-types.js";
import { IssueSink } from "./issue-sink.js";
import { pumpChunks } from "./source/pump-chunks.js";
import type { ByteSource } from "./source/record.js";
import { XesStreamReader } from "./xes/read-xes.js";

/**
 * Imports an XES event log given whole (text or bytes) through the same log builder as the CSV import: trace
 * concept:name → flow, event concept:name → step, time:timestamp, lifecycle:transition, org:resource, org:role,
 * org:group; other attributes are kept. Isomorphic; see {@link importXesStream} for files of any size.
 *
 * @example
 * const r = importXes('<log><trace><string key="concept:name" value="A"/><event><string key="concept:name" value="Triage"/><date key="time:timestamp" value="2025-01-01T12:00:00+01:00"/></event></trace></log>');
 * r.log.start[0] // Date.UTC(2025, 0, 1, 11)
 */
export function importXes(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const issues = new IssueSink(options.file, options.maxIssuesPerCode ?? 1000);
  const builder = new LogBuilder(issues, options);
  const reader = new XesStreamReader(builder, issues);
  reader.push(typeof input === "string" ? new TextEncoder().encode(input) : input);
  const { encoding } = reader.end();
  return builder.finish({ encoding });
}

/**
 * Imports an XES event log streamed as byte chunks (a Node read stream, a browser `File.stream()`, gunzipped
 * bytes, any (async) iterable of `Uint8Array`): events go straight into the log builder's typed columns, one
 * trace held at a time. Entity declarations and external DTDs are refused (FlodesError `UNSAFE_XML`).
 *
 * @example
 * const xes = '<log><trace><string key="concept:name" value="A"/><event><string key="concept:name" value="Triage"/><date key="time:timestamp" value="2025-01-01T12:00:00+01:00"/></event></trace></log>';
 * const { log, quality } = await importXesStream([new TextEncoder().encode(xes)]);
 * [log.length, quality.accepted] // → [1, 1]
 */
export async function importXesStream(
  source: ByteSource | ReadableStream<Uint8Array>,
  options: StreamImportOptions = {},
): Promise<ImportResult> {
  const issues = new IssueSink(options.file, options.maxIssuesPerCode ?? 1000);
  const builder = new LogBuilder(issues, options);
  const reader = new XesStreamReader(builder, issues);
  await pumpChunks(source, options, (chunk) => reader.push(chunk));
  const { encoding } = reader.end();
  return builder.finish({ encoding });
}
