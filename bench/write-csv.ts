import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { ColumnarLog } from "@flodes/core";

const UNITS = ["narsjukvard-umea", "narsjukvard-skelleftea", "narsjukvard-sodra-lappland", "lso1", "lso2", "tandvard"];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Stockholm offset (ms) at a UTC instant: CET, CEST between the last Sundays of March and October, 01:00 UTC. */
function stockholmOffset(ms: number): number {
  const y = new Date(ms).getUTCFullYear();
  const lastSunday = (m: number) => {
    const d = new Date(Date.UTC(y, m + 1, 0));
    return Date.UTC(y, m, d.getUTCDate() - d.getUTCDay(), 1);
  };
  return ms >= lastSunday(2) && ms < lastSunday(9) ? 7_200_000 : 3_600_000;
}

/** ISO-8601 local Stockholm time with its offset, second precision: 2025-03-04T08:00:00+01:00. */
export function isoStockholm(ms: number): string {
  const off = stockholmOffset(ms);
  const d = new Date(Math.floor(ms / 1000) * 1000 + off);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+0${off / 3_600_000}:00`;
}

/**
 * Writes a generated log as the benchmark's CSV: `flow_id,step,start,end,unit`, ISO times with offset, times rounded
 * down to the second (so flodes and DuckDB read identical instants), the unit a function of the flow.
 */
export async function writeCsv(log: ColumnarLog, path: string): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let buf = "flow_id,step,start,end,unit\n";
  for (let i = 0; i < log.length; i++) {
    const f = log.flow[i];
    buf += `${log.flowIds[f]},${log.stepIds[log.step[i]]},${isoStockholm(log.start[i])},${isoStockholm(log.end[i])},${UNITS[f % UNITS.length]}\n`;
    if (buf.length > 1 << 20) {
      bytes += Buffer.byteLength(buf);
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  bytes += Buffer.byteLength(buf);
  out.end(buf);
  await once(out, "finish");
  return bytes;
}
