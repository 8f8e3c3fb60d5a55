import type { TextEncodingName } from "../decode-text.js";

/** How the bytes of an XML source are encoded, from its byte-order mark or its XML declaration. */
export interface XmlEncoding {
  encoding: TextEncodingName;
  /** Length of the byte-order mark to skip. */
  bom: number;
}

const LATIN1 = new Set([
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "l1",
  "windows-1252",
  "cp1252",
  "iso-8859-15",
  "latin-9",
  "us-ascii",
  "ascii",
]);

/**
 * The encoding of an XML document from its first bytes: a byte-order mark, UTF-16 without one (`<?` as two
 * 16-bit units), else the `encoding` of the XML declaration (Latin-1 and its relatives → Windows-1252, which
 * decodes them all), else UTF-8 — XML's default.
 *
 * @example
 * sniffXmlEncoding(new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?>')) // → { encoding: "windows-1252", bom: 0 }
 */
export function sniffXmlEncoding(head: Uint8Array): XmlEncoding {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", bom: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", bom: 2 };
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return { encoding: "utf-16le", bom: 0 };
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return { encoding: "utf-16be", bom: 0 };
  const text = new TextDecoder("windows-1252").decode(head.subarray(0, 1024));
  const decl = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text);
  const label = decl?.[1]?.toLowerCase();
  return { encoding: label !== undefined && LATIN1.has(label) ? "windows-1252" : "utf-8", bom: 0 };
}

/** True when `head` holds enough of the document's start to call {@link sniffXmlEncoding}. */
function enoughToSniff(head: Uint8Array): boolean {
  if (head.length >= 1024) return true;
  if (head.length < 4) return false;
  // Undecided only while inside an XML declaration that has not ended yet.
  const start = head[0] === 0xef ? 3 : 0;
  if (head[start] !== 0x3c || head[start + 1] !== 0x3f) return true;
  return head.indexOf(0x3e) >= 0;
}

/**
 * Turns the bytes of an XML source into UTF-8, chunk by chunk: the encoding is sniffed from the first bytes, a
 * byte-order mark dropped, UTF-16 or Latin-1 text transcoded on the fly; UTF-8 passes through untouched.
 *
 * @example
 * const n = new XmlUtf8Stream((b) => scanner.push(b));
 * n.push(chunk); n.end(); n.encoding // → "utf-8"
 */
export class XmlUtf8Stream {
  /** The encoding found (valid once the first bytes were seen). */
  encoding: TextEncodingName = "utf-8";
  private head: Uint8Array | null = new Uint8Array(0);
  private decoder: TextDecoder | null = null;
  private readonly encoder = new TextEncoder();

  constructor(private readonly out: (utf8: Uint8Array) => void) {}

  push(chunk: Uint8Array): void {
    if (this.head === null) {
      this.emit(chunk);
      return;
    }
    const h = new Uint8Array(this.head.length + chunk.length);
    h.set(this.head);
    h.set(chunk, this.head.length);
    if (enoughToSniff(h)) this.start(h);
    else this.head = h;
  }

  end(): void {
    if (this.head !== null) this.start(this.head);
    if (this.decoder !== null) {
      const rest = this.decoder.decode();
      if (rest.length > 0) this.out(this.encoder.encode(rest));
    }
  }

  private start(h: Uint8Array): void {
    this.head = null;
    const enc = sniffXmlEncoding(h);
    this.encoding = enc.encoding;
    if (enc.encoding !== "utf-8") this.decoder = new TextDecoder(enc.encoding);
    this.emit(h.subarray(enc.bom));
  }

  private emit(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (this.decoder === null) this.out(chunk);
    else {
      const s = this.decoder.decode(chunk, { stream: true });
      if (s.length > 0) this.out(this.encoder.encode(s));
    }
  }
}
