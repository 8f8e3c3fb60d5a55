import { gzipSync } from "node:zlib";
import { DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_DECOMPRESSED_BYTES, gunzip, ImportError } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { chunked } from "./collect-sink.js";

async function drain(it: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of it) parts.push(c);
  return new Uint8Array(Buffer.concat(parts));
}

describe("gunzip", () => {
  it("inflates a stream chunk by chunk, members concatenated, whatever the chunking", async () => {
    const text = `flöde;steg;tid\n${Array.from({ length: 2000 }, (_, i) => `F${i};Besök;2025-01-01 08:00\n`).join("")}`;
    const gz = new Uint8Array(Buffer.concat([gzipSync(text.slice(0, 1000)), gzipSync(text.slice(1000))]));
    for (const sizes of [[1, 97], [13], [65536]]) {
      const out = await drain(gunzip(chunked(gz, sizes)));
      expect(new TextDecoder().decode(out)).toBe(text);
    }
  });

  it("stops a gzip bomb (1.2 MB expanding to 1.2 GB) at the ratio limit, fast and without holding the output", async () => {
    // 75 gzip members of 16 MiB of zeros each: ≈ 1.2 GB once inflated, ≈ 1.2 MB on disk, made in ~100 ms.
    const member = gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
    const bomb = new Uint8Array(Buffer.concat(Array.from({ length: 75 }, () => member)));
    expect(bomb.length).toBeLessThan(1_500_000);
    const rss0 = process.memoryUsage().rss;
    let seen = 0;
    const e = await (async () => {
      for await (const c of gunzip(chunked(bomb, [65536]), { file: "bomb.xes.gz" })) seen += c.length;
    })().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect(e).toMatchObject({ code: "TOO_LARGE", file: "bomb.xes.gz" });
    expect((e as ImportError).messageSv).toContain(`${DEFAULT_MAX_COMPRESSION_RATIO} gånger`);
    expect((e as ImportError).messageSv).toContain("--max-ratio");
    expect((e as ImportError).messageEn).toContain("maxCompressionRatio");
    expect(seen).toBeLessThan(200 * 1024 * 1024); // stopped within a few slices past the 64 MiB floor
    expect(process.memoryUsage().rss - rss0).toBeLessThan(400 * 1024 * 1024);
  });

  it("stops at the decompressed-size cap, naming it and how to raise it", async () => {
    const gz = gzipSync(Buffer.alloc(3_000_000, 65));
    const e = await drain(gunzip([gz], { maxDecompressedBytes: 1_000_000, file: "stor.csv.gz" })).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "TOO_LARGE", file: "stor.csv.gz" });
    expect((e as ImportError).messageSv).toContain("1 MB");
    expect((e as ImportError).messageSv).toContain("--max-decompressed");
    expect((e as ImportError).messageEn).toContain("maxDecompressedBytes");
    expect(DEFAULT_MAX_DECOMPRESSED_BYTES).toBe(8_000_000_000);
    // Raised, the same file reads.
    expect((await drain(gunzip([gz], { maxDecompressedBytes: 5_000_000 }))).length).toBe(3_000_000);
  });

  it("lets a small, very repetitive file through (the ratio is checked past 64 MiB only)", async () => {
    const gz = gzipSync(Buffer.alloc(10_000_000, 32));
    expect(10_000_000 / gz.length).toBeGreaterThan(DEFAULT_MAX_COMPRESSION_RATIO);
    expect((await drain(gunzip([gz]))).length).toBe(10_000_000);
  });

  it("reports data that are not gzip, or cut short, as unreadable", async () => {
    await expect(drain(gunzip([new TextEncoder().encode("inte gzip")], { file: "x.gz" }))).rejects.toMatchObject({
      code: "UNREADABLE",
      file: "x.gz",
    });
    const gz = gzipSync("hej hej");
    await expect(drain(gunzip([gz.subarray(0, gz.length - 6)]))).rejects.toMatchObject({ code: "UNREADABLE" });
  });

  it("passes on an error of the source itself", async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield gzipSync("a").subarray(0, 5);
      throw new Error("disk gone");
    }
    await expect(drain(gunzip(failing()))).rejects.toThrow("disk gone");
  });

  it("closes the source when the reader stops early", async () => {
    let closed = false;
    const gz = gzipSync(Buffer.alloc(5_000_000, 66));
    async function* src(): AsyncGenerator<Uint8Array> {
      try {
        for (let i = 0; i < gz.length; i += 1000) yield gz.subarray(i, i + 1000);
      } finally {
        closed = true;
      }
    }
    for await (const c of gunzip(src())) {
      expect(c.length).toBeGreaterThan(0);
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(true);
  });
});
