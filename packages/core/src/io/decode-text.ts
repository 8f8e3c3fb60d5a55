/** Text encodings the importer reads. */
export type TextEncodingName = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/**
 * Decodes file bytes to text and strips a byte-order mark. With `"auto"`, a UTF-16 BOM selects UTF-16,
 * otherwise the bytes are read as UTF-8 and, when that is invalid, as Windows-1252 (Excel's "CSV" on
 * Swedish Windows). Strings pass through with only the BOM removed.
 *
 * @example
 * decodeText(new Uint8Array([0x68, 0xe5])).text // → "hå" (invalid UTF-8 → Windows-1252)
 */
export function decodeText(
  input: Uint8Array | string,
  encoding: "auto" | "utf-8" | "windows-1252" = "auto",
): { text: string; encoding: TextEncodingName; fellBack: boolean } {
  if (typeof input === "string") {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: "utf-8", fellBack: false };
  }
  const b = input;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(b.subarray(3)), encoding: "utf-8", fellBack: false };
  }
  if (encoding === "auto" && b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(b.subarray(2)), encoding: "utf-16le", fellBack: false };
  }
  if (encoding === "auto" && b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(b.subarray(2)), encoding: "utf-16be", fellBack: false };
  }
  if (encoding === "windows-1252") return { text: new TextDecoder("windows-1252").decode(b), encoding, fellBack: false };
  if (encoding === "utf-8") return { text: new TextDecoder("utf-8").decode(b), encoding, fellBack: false };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(b), encoding: "utf-8", fellBack: false };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(b), encoding: "windows-1252", fellBack: true };
  }
}
