// Node-only (node:v8): exported from "@flodes/core/node".
import { getHeapStatistics } from "node:v8";
import { FlodesError } from "../messages/flodes-error.js";
import { importMessage } from "../messages/import.js";

/** Share of V8's heap limit an import may fill before it stops with a clear error instead of a V8 abort. */
const HEAP_SHARE = 0.85;

/**
 * A check to run between chunks of a streamed import: throws FlodesError TOO_LARGE (sv + en, naming the file and
 * how to give node more memory) when the JavaScript heap nears V8's limit — which would otherwise end the process
 * with a fatal, message-less abort. Typed columns live outside the heap; their allocation failures are caught where
 * they are made.
 *
 * @example
 * const bytes = new TextEncoder().encode("ärende;steg;tid\nA;Triage;2025-03-14 08:00\n");
 * const { quality } = await importCsvStream([bytes], { onChunk: memoryGuard("logg.csv") });
 * quality.accepted // → 1
 */
export function memoryGuard(file?: string, share = HEAP_SHARE): () => void {
  const limit = getHeapStatistics().heap_size_limit;
  let calls = 0;
  return () => {
    // Cheap enough per megabyte chunk; every fourth call keeps it negligible on fast disks.
    if ((++calls & 3) !== 0) return;
    const used = process.memoryUsage().heapUsed;
    if (used > limit * share) {
      const mb = (x: number) => Math.round(x / 1048576);
      throw new FlodesError(
        importMessage.tooLarge(`${mb(used)} av ${mb(limit)} MB minne används`, `${mb(used)} of ${mb(limit)} MB of memory in use`, true),
        file !== undefined ? { file } : {},
      );
    }
  };
}
