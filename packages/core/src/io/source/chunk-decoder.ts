import type { TextEncodingName } from "../decode-text.js";

/** Encoding choice for byte input: "auto" sniffs BOMs and falls back from UTF-8 to Windows-1252. */
export type EncodingOption = "auto" | "utf-8" | "windows-1252";

/**
 * Decodes a byte stream chunk by chunk. A BOM decides (UTF-8, UTF-16 LE/BE); otherwise, with "auto", the bytes are
 * read as UTF-8 until the first invalid sequence. If every byte before it was ASCII, the whole stream is Windows-1252
 * (Excel's "CSV" on Swedish Windows) — the ASCII prefix decodes the same in both, so nothing is read twice. If valid
 * non-ASCII UTF-8 came before, the file mixes encodings: the rest is read as UTF-8 with replacement characters and
 * `mixed` is set so the importer can warn. Multi-byte characters split across chunks are handled by the decoders.
 */
export class ChunkDecoder {
  encoding: TextEncodingName = "utf-8";
  /** True when "auto" fell back to Windows-1252. */
  fellBack = false;
  /** True when invalid UTF-8 followed valid non-ASCII UTF-8 (decoded with U+FFFD). */
  mixed = false;
  private decoder: TextDecoder | null = null;
  private started = false;
  private nonAscii = false;
  private head: Uint8Array | null = null;

  constructor(private readonly option: EncodingOption = "auto") {}

  /** Text of the next chunk (may be "" while a BOM is still being read). */
  decode(chunk: Uint8Array): string {
    if (!this.started) {
      // A BOM may be split across the first chunks: wait for 3 bytes.
      const b = this.head ? concat(this.head, chunk) : chunk;
      if (b.length < 3) {
        this.head = b;
        return "";
      }
      this.head = null;
      this.started = true;
      return this.first(b);
    }
    return this.run(chunk);
  }

  /** Text still held by the decoder at the end of the stream. */
  end(): string {
    if (!this.started) {
      const b = this.head ?? new Uint8Array(0);
      this.head = null;
      this.started = true;
      return this.first(b) + this.run(new Uint8Array(0), true);
    }
    return this.run(new Uint8Array(0), true);
  }

  private first(b: Uint8Array): string {
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
      this.encoding = "utf-8";
      this.decoder = new TextDecoder("utf-8");
      return this.run(b.subarray(3));
    }
    if (this.option === "auto" && b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
      this.encoding = "utf-16le";
      this.decoder = new TextDecoder("utf-16le");
      return this.decoder.decode(b.subarray(2), { stream: true });
    }
    if (this.option === "auto" && b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      this.encoding = "utf-16be";
      this.decoder = new TextDecoder("utf-16be");
      return this.decoder.decode(b.subarray(2), { stream: true });
    }
    if (this.option === "windows-1252") {
      this.encoding = "windows-1252";
      this.decoder = new TextDecoder("windows-1252");
      return this.decoder.decode(b, { stream: true });
    }
    this.encoding = "utf-8";
    this.decoder = new TextDecoder("utf-8");
    return this.run(b);
  }

  private run(chunk: Uint8Array, last = false): string {
    const d = this.decoder!;
    if (this.encoding !== "utf-8" || this.option !== "auto" || this.fellBack || this.mixed) {
      return d.decode(chunk, { stream: !last });
    }
    // A non-fatal decoder is several times faster than a fatal one; invalid bytes show as U+FFFD, and only then is
    // the chunk checked strictly (a file may also hold U+FFFD itself, legitimately).
    const text = d.decode(chunk, { stream: !last });
    if (text.indexOf("\uFFFD") >= 0 && !validUtf8(chunk, this.pending)) {
      if (!this.nonAscii) {
        this.fellBack = true;
        this.encoding = "windows-1252";
        this.decoder = new TextDecoder("windows-1252");
      } else {
        this.mixed = true;
        return text;
      }
      return this.decoder.decode(chunk, { stream: !last });
    }
    // Equal lengths mean the chunk was all ASCII; anything else means valid non-ASCII UTF-8 was seen.
    if (text.length !== chunk.length) this.nonAscii = true;
    this.pending = trailingPartial(chunk);
    return text;
  }

  /** Bytes of an incomplete UTF-8 sequence at the end of the last chunk (they start the next one). */
  private pending: Uint8Array = new Uint8Array(0);
}

/** Whether `pending + chunk` is valid UTF-8 up to a possibly incomplete sequence at its end. */
function validUtf8(chunk: Uint8Array, pending: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(pending.length > 0 ? concat(pending, chunk) : chunk, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The last bytes of a chunk that begin a UTF-8 sequence not yet complete. */
function trailingPartial(b: Uint8Array): Uint8Array {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? b.slice(n - k) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
