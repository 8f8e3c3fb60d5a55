import type { TextEncodingName } from "../decode-text.js";

const utf8 = new TextDecoder("utf-8");
const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

/**
 * Turns byte ranges of a byte-level reader into strings, once per distinct value (dictionary entries, header names,
 * values shown in messages), and decides the text encoding as values come: UTF-8 until a value is not valid UTF-8 —
 * then, if no value before held a non-ASCII character, the file is Windows-1252 (Excel's "CSV" on Swedish Windows;
 * every earlier value was ASCII, the same in both), otherwise it mixes encodings and the rest is read as UTF-8 with
 * replacement characters. Separators, quotes and line ends are ASCII in all of them, so the reader itself never
 * needs to know.
 *
 * @example
 * const codec = new ByteCodec("auto");
 * codec.decode(Uint8Array.of(0x68, 0xe5), 0, 2) // → "hå" (invalid UTF-8 → Windows-1252)
 * codec.encoding // → "windows-1252"
 */
export class ByteCodec {
  encoding: TextEncodingName;
  /** True when "auto" fell back to Windows-1252. */
  fellBack = false;
  /** True when an invalid value followed valid non-ASCII UTF-8 (decoded with U+FFFD). */
  mixed = false;
  private nonAscii = false;

  /**
   * @param mode "auto" (UTF-8, falling back as described), "utf-8" (never falls back: replacement characters) or
   *   "windows-1252"
   */
  constructor(private readonly mode: "auto" | "utf-8" | "windows-1252" = "auto") {
    this.encoding = mode === "windows-1252" ? "windows-1252" : "utf-8";
  }

  /** The text of `bytes[a, b)`. */
  decode(bytes: Uint8Array, a: number, b: number): string {
    let ascii = true;
    for (let i = a; i < b; i++) {
      if (bytes[i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return latin1(bytes, a, b);
    const view = bytes.subarray(a, b);
    if (this.encoding === "windows-1252") return cp1252.decode(view);
    if (this.mode !== "auto" || this.mixed) return utf8.decode(view);
    try {
      const s = utf8Strict.decode(view);
      this.nonAscii = true;
      return s;
    } catch {
      if (!this.nonAscii) {
        this.fellBack = true;
        this.encoding = "windows-1252";
        return cp1252.decode(view);
      }
      this.mixed = true;
      return utf8.decode(view);
    }
  }
}

/** ASCII bytes as a (flat, one-byte) string, without a decoder call for short values. */
function latin1(bytes: Uint8Array, a: number, b: number): string {
  if (b - a > 1024) return utf8.decode(bytes.subarray(a, b));
  return String.fromCharCode.apply(null, bytes.subarray(a, b) as unknown as number[]);
}
