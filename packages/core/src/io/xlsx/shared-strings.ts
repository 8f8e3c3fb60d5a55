import { XmlScanner } from "../xml/xml-scanner.js";

/**
 * Reads the shared-string table (`xl/sharedStrings.xml`) from its inflated bytes: one string per `<si>`, the
 * text of its `<t>` runs joined (rich text is split into runs), phonetic guides (`<rPh>`) left out.
 */
export async function readSharedStrings(bytes: AsyncIterable<Uint8Array>, file?: string): Promise<string[]> {
  const out: string[] = [];
  let cur = "";
  let inSi = false;
  let phonetic = 0;
  const scanner: XmlScanner = new XmlScanner(
    {
      open(name, selfClosing) {
        if (name === "si") {
          if (selfClosing) out.push("");
          else {
            inSi = true;
            cur = "";
          }
        } else if (name === "rPh") {
          if (!selfClosing) phonetic++;
        } else if (name === "t" && inSi && phonetic === 0 && !selfClosing) scanner.wantText = true;
      },
      close(name) {
        if (name === "t") scanner.wantText = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si" && inSi) {
          out.push(cur);
          inSi = false;
        }
      },
      text(s) {
        cur += s;
      },
    },
    file !== undefined ? { file } : {},
  );
  for await (const b of bytes) scanner.push(b);
  scanner.end();
  return out;
}
