import { concatBytes } from "../source/concat-bytes.js";

/**
 * Where a writer puts its bytes, chunk by chunk: a Node write stream (`(b) => stream.write(b)`, awaiting drain
 * when it returns a promise), a browser `WritableStreamDefaultWriter`, or an array in tests. A returned promise
 * is awaited before the next chunk (backpressure).
 */
export type ByteOutput = (chunk: Uint8Array) => void | Promise<void>;

/** Collects text and hands it on as UTF-8 chunks of about `chunkChars` characters. */
export class TextOutput {
  private parts: string[] = [];
  private chars = 0;
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly out: ByteOutput,
    private readonly chunkChars = 1 << 20,
  ) {}

  /** Adds text; returns a promise when a chunk went out (await it to respect backpressure). */
  write(s: string): void | Promise<void> {
    this.parts.push(s);
    this.chars += s.length;
    if (this.chars >= this.chunkChars) return this.flush();
  }

  flush(): void | Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join("");
    this.parts = [];
    this.chars = 0;
    return this.out(this.encoder.encode(text));
  }
}

/**
 * Collects the output of a writer into one array (tests, small logs, a browser download).
 *
 * @example
 * const { out, bytes } = collectBytes();
 * await writeCsv(log, out);
 * new TextDecoder().decode(bytes())
 */
export function collectBytes(): { out: ByteOutput; bytes: () => Uint8Array } {
  const parts: Uint8Array[] = [];
  return {
    out: (c) => {
      parts.push(c.slice());
    },
    bytes: () => concatBytes(parts),
  };
}
