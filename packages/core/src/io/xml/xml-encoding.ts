import type { TextEncodingName } from "../decode-text.js";
import type { ByteProgress, ByteSource } from "../source/record.js";

/** How the bytes of an XML source are encoded, from its byte-order mark or its XML declaration. */
export interface XmlEncoding {
  encoding: TextEncodingName;
  /** Length of the byte-order mark to skip. */
  bom: number;
}

const LATIN1 = new Set(["iso-8859-1", "iso8859-1", "latin1", "l1", "windows-1252", "cp1252", "iso-8859-15", "latin-9", "us-ascii", "ascii"]);

/**
 * The encoding of an XML document from its first bytes: a byte-order mark, UTF-16 without one (`<?` as two
 * 16-bit units), else the `encoding` of the XML declaration (Latin-1 and its relatives → Windows-1252, which
 * decodes them all), else UTF-8 — XML's default.
 *
 * @example
 * sniffXmlEncoding(new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?>')) // { encoding: "windows-1252", bom: 0 }
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
function enoughToSniff(head: Uint8Array, done: boolean): boolean {
  if (done || head.length >= 1024) return true;
  if (head.length < 4) return false;
  // Undecided only while we are inside an XML declaration that has not ended yet.
  const start = head[0] === 0xef ? 3 : 0;
  if (head[start] !== 0x3c || head[start + 1] !== 0x3f) return true;
  return head.indexOf(0x3e) >= 0;
}

/**
 * The bytes of an XML source as UTF-8, chunk by chunk: the encoding is sniffed from the first bytes, a
 * byte-order mark dropped, and UTF-16 or Latin-1 text transcoded on the fly. `onBytes` sees source bytes.
 */
export async function* xmlUtf8Chunks(
  source: ByteSource,
  found: (e: XmlEncoding) => void,
  onBytes?: ByteProgress,
): AsyncGenerator<Uint8Array> {
  let head: Uint8Array | null = new Uint8Array(0);
  let decoder: TextDecoder | null = null;
  const encoder = new TextEncoder();
  let read = 0;
  const out = function* (chunk: Uint8Array): Generator<Uint8Array> {
    if (chunk.length === 0) return;
    if (decoder === null) yield chunk;
    else {
      const s = decoder.decode(chunk, { stream: true });
      if (s.length > 0) yield encoder.encode(s);
    }
  };
  const start = function* (h: Uint8Array): Generator<Uint8Array> {
    const enc = sniffXmlEncoding(h);
    found(enc);
    if (enc.encoding !== "utf-8") decoder = new TextDecoder(enc.encoding);
    yield* out(h.subarray(enc.bom));
  };
  for await (const chunk of source) {
    read += chunk.length;
    onBytes?.(read, undefined);
    if (head === null) {
      yield* out(chunk);
      continue;
    }
    const h: Uint8Array = new Uint8Array(head.length + chunk.length);
    h.set(head);
    h.set(chunk, head.length);
    if (!enoughToSniff(h, false)) {
      head = h;
      continue;
    }
    head = null;
    yield* start(h);
  }
  if (head !== null) yield* start(head);
  if (decoder !== null) {
    const rest = (decoder as TextDecoder).decode();
    if (rest.length > 0) yield encoder.encode(rest);
  }
}
