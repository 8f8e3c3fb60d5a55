// Throughput of importCsv on a simple 5-column CSV (synthetic). Not a test: run by hand with
//   node --conditions=source --import tsx tests/core/io/import-speed.script.ts [rows]
import { importCsv } from "@flodes/core";

const rows = Number(process.argv[2] ?? 1_000_000);
const steps = ["Remiss inkommer", "Bedömning", "Provtagning", "Dokumentation", "Beslut"];
const parts: string[] = ["flöde;steg;start;slut;resurs"];
let t = Date.UTC(2025, 0, 1, 7);
for (let i = 0; i < rows; i++) {
  const a = new Date(t).toISOString().slice(0, 19).replace("T", " ");
  const b = new Date(t + 600_000).toISOString().slice(0, 19).replace("T", " ");
  parts.push(`F${(i / 5) | 0};${steps[i % 5]};${a};${b};R${i % 37}`);
  t += 97_000;
}
const text = `${parts.join("\n")}\n`;
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  const r = importCsv(text);
  const ms = performance.now() - t0;
  console.log(
    `${rows} rows, ${(text.length / 1e6).toFixed(1)} MB: ${ms.toFixed(0)} ms → ${Math.round(rows / (ms / 1000)).toLocaleString("en")} rows/s (accepted ${r.quality.accepted})`,
  );
}
