// Child process of stream-large.test.ts: streams a generated CSV of more than 512 MiB through the importer, from
// memory-light chunks (nothing is written to disk or kept), and prints what it read and its peak RSS as JSON.
import { importCsvStream } from "@flodes/core";

const TARGET_BYTES = 520 * 1024 * 1024;
const STEPS = ["Remiss inkommer", "Bedömning", "Provtagning", "Besök", "Beslut", "Åtgärd"];
const pad = (n: number) => String(n).padStart(2, "0");
const iso = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
};

let rows = 0;
let bytes = 0;
async function* generate(): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  yield enc.encode("ärende,steg,start,slut,enhet\n");
  let t = Date.UTC(2024, 0, 1, 7);
  while (bytes < TARGET_BYTES) {
    let chunk = "";
    while (chunk.length < 1 << 20) {
      const flow = Math.floor(rows / 20);
      chunk += `R${flow},${STEPS[rows % STEPS.length]},${iso(t)},${iso(t + 600_000)},enhet-${flow % 7}\n`;
      t += 47_000;
      rows++;
    }
    const b = enc.encode(chunk);
    bytes += b.length;
    yield b;
  }
}

const r = await importCsvStream(generate());
process.stdout.write(
  `${JSON.stringify({ bytes, rows, rowsIn: r.quality.rowsIn, accepted: r.quality.accepted, flows: r.log.flowIds.length, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
