import { FlodesError } from "../../messages/flodes-error.js";
import { importMessage } from "../../messages/import.js";
import type { Msg } from "../../messages/msg.js";

/**
 * What an {@link XmlScanner} reports. Element names come without a namespace prefix (`x:row` → `row`) and
 * interned, so handlers compare them with `===`.
 */
export interface XmlHandler {
  /** A start tag (or an empty-element tag, `selfClosing`, which gets no `close`). Attributes: `scanner.attr(name)`. */
  open(name: string, selfClosing: boolean): void;
  /** An end tag. */
  close(name: string): void;
  /** Character data (text, entity-decoded, or CDATA), possibly in pieces; only while `scanner.wantText` is true. */
  text?(s: string): void;
}

/** Options of {@link XmlScanner}. */
export interface XmlScannerOptions {
  /** File name for errors. __Default:__ none. */
  file?: string;
  /** Longest single tag, text or declaration held while waiting for its end. __Default:__ 64 MiB. */
  maxConstructBytes?: number;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const AMP = 38;
const NL = 10;
const BANG = 33;
const QUEST = 63;
const COLON = 58;

const CACHE_SLOTS = 4096;
const CACHE_MAX_LEN = 48;
/**
 * ASCII values up to this length are built with String.fromCharCode from a reused array: as fast as TextDecoder
 * here, without the view object per value TextDecoder needs (garbage collection was a third of the reading time).
 */
const SHORT_ASCII = 64;
const EMPTY = new Uint8Array(0);

/** What the scanner holds open between chunks: nothing, or a tag still missing its '>'. */
const PENDING_NONE = 0;
const PENDING_TAG = 1;
type Pending = typeof PENDING_NONE | typeof PENDING_TAG;

/**
 * A streaming, byte-level XML tokenizer for the import's XML sources (XES, the parts of an .xlsx). It reads
 * UTF-8 bytes chunk by chunk — tags, text and multi-byte characters may be split anywhere between chunks — and
 * only ever holds the construct (tag, text run, comment) that is still open at a chunk's end.
 *
 * It is deliberately not a general XML parser: it does not check well-formedness beyond what reading needs,
 * never expands a DTD and never reads another file. Only the five predefined entities and numeric character
 * references are decoded; a DOCTYPE declaring entities or naming an external DTD is refused ({@link FlodesError}
 * `UNSAFE_XML`), which defuses "billion laughs" and XXE before a single entity is seen.
 *
 * Why our own and not `saxes` (6.0.0): the readers need a handful of elements and attributes out of files of
 * gigabytes. Working on bytes (markup is ASCII in UTF-8, so `<`, `>` and quotes are found without decoding), noting
 * quoted values while looking for `>`, and building strings only for the attributes asked for (short repeated
 * ones from a cache) measured ≈ 1.5× saxes on XES here — ≈ 85 against ≈ 55 MB of XML per CPU second, tags with
 * key/value attributes, same input and run (saxes fed strings from a streaming TextDecoder). Byte-level control
 * gives the rest: a bound on what is held for one construct, Windows-1252 fallback per value, the DOCTYPE refused
 * before anything could expand, and no dependency.
 *
 * @example
 * const names: string[] = [];
 * const s = new XmlScanner({ open: (n) => names.push(n), close: () => {} });
 * s.push(new TextEncoder().encode("<log><tra")); s.push(new TextEncoder().encode("ce/></log>")); s.end();
 * names // → ["log", "trace"]
 */
export class XmlScanner {
  /** 1-based line of the tag being reported (of its `<`). */
  line = 1;
  /** Range set by {@link attrRange}. */
  rangeStart = 0;
  rangeEnd = 0;
  /** Set by the handler to receive character data through `text`. */
  wantText = false;
  /** True once a value was not valid UTF-8 and was read as Windows-1252. */
  fellBack = false;
  /** Bytes of the current tag: `buf[tagStart, tagEnd)` spans from after the name to before `>` / `/>`. */
  private buf: Uint8Array = EMPTY;
  private tagStart = 0;
  private tagEnd = 0;
  private attrsParsed = false;
  private attrCount = 0;
  private attrNameStart: Int32Array = new Int32Array(16);
  private attrNameEnd: Int32Array = new Int32Array(16);
  private attrValStart: Int32Array = new Int32Array(16);
  private attrValEnd: Int32Array = new Int32Array(16);
  /** Quoted values of the tag being scanned, relative to its `<`. */
  private quoteStart: Int32Array = new Int32Array(16);
  private quoteEnd: Int32Array = new Int32Array(16);
  private quoteCount = 0;
  private tagLt = 0;
  /** Unconsumed bytes carried to the next chunk. */
  private work: Uint8Array = new Uint8Array(1 << 16);
  private workLen = 0;
  /** Resume state of a start tag cut by a chunk end (offsets relative to the carried bytes). */
  private pending: Pending = PENDING_NONE;
  private resumeAt = 0;
  private resumeQuote = 0;
  private resumeNl = 0;
  private readonly maxConstruct: number;
  private readonly file: string | undefined;
  private readonly cacheStr: (string | undefined)[] = new Array<string | undefined>(CACHE_SLOTS);
  private readonly cacheKey: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(CACHE_SLOTS);
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true });
  private readonly cp1252 = new TextDecoder("windows-1252");
  /** Reused code arrays per length for short ASCII values (no view object, no length changes). */
  private readonly codes: (number[] | undefined)[] = [];
  private readonly askedNames: string[] = [];
  private readonly askedBytes: Uint8Array[] = [];

  constructor(
    private readonly handler: XmlHandler,
    options: XmlScannerOptions = {},
  ) {
    this.maxConstruct = options.maxConstructBytes ?? 64 * 1024 * 1024;
    this.file = options.file;
  }

  /** Reads the next chunk of bytes (UTF-8). */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (this.workLen === 0) {
      const stop = this.scan(chunk, 0, chunk.length);
      this.carry(chunk, stop, chunk.length);
      return;
    }
    this.append(chunk);
    const stop = this.scan(this.work, 0, this.workLen);
    this.carry(this.work, stop, this.workLen);
  }

  /** Ends the input; throws when a tag, comment or declaration is left open. */
  end(): void {
    if (this.workLen === 0) return;
    const b = this.work.subarray(0, this.workLen);
    if (b[0] !== LT) {
      // Trailing text: deliver it (or just count its lines).
      if (this.wantText) this.emitText(b, 0, b.length);
      this.workLen = 0;
      return;
    }
    const kind = b[1] === BANG ? (b[2] === 45 ? "comment" : b[2] === 91 ? "cdata" : "declaration") : b[1] === QUEST ? "declaration" : "tag";
    this.fail(importMessage.xmlUnterminated(kind));
  }

  /** The value of attribute `name` of the current tag (entity-decoded, white space normalised), or undefined. */
  attr(name: string): string | undefined {
    const i = this.attrIndex(name);
    return i < 0 ? undefined : this.decode(this.buf, this.attrValStart[i], this.attrValEnd[i], true, true);
  }

  /** Like {@link attr}, for values that repeat (keys, codes): short values are interned. */
  attrInterned(name: string): string | undefined {
    const i = this.attrIndex(name);
    return i < 0 ? undefined : this.decode(this.buf, this.attrValStart[i], this.attrValEnd[i], true, true, true);
  }

  /**
   * Locates attribute `name` of the current tag without building a string: true when present, its raw bytes then
   * being `bytes[rangeStart, rangeEnd)` (no entity decoding) — for values parsed as numbers or references.
   */
  attrRange(name: string): boolean {
    const i = this.attrIndex(name);
    if (i < 0) return false;
    this.rangeStart = this.attrValStart[i];
    this.rangeEnd = this.attrValEnd[i];
    return true;
  }

  /** The bytes {@link attrRange} indexes into (valid until the next chunk). */
  get bytes(): Uint8Array {
    return this.buf;
  }

  private attrIndex(name: string): number {
    if (!this.attrsParsed) this.parseAttrs();
    // Handlers ask for a few names, as literals: look them up by identity first.
    let nb: Uint8Array | undefined;
    const names = this.askedNames;
    for (let k = 0; k < names.length; k++) {
      if (names[k] === name) {
        nb = this.askedBytes[k];
        break;
      }
    }
    if (nb === undefined) {
      nb = new TextEncoder().encode(name);
      if (names.length < 16) {
        names.push(name);
        this.askedBytes.push(nb);
      }
    }
    const b = this.buf;
    const n = nb.length;
    outer: for (let i = 0; i < this.attrCount; i++) {
      const a = this.attrNameStart[i];
      if (this.attrNameEnd[i] - a !== n || b[a] !== nb[0]) continue;
      for (let k = 1; k < n; k++) if (b[a + k] !== nb[k]) continue outer;
      return i;
    }
    return -1;
  }

  /** Attributes of the current tag from the quoted values noted while scanning: each name stands before `=`. */
  private parseAttrs(): void {
    this.attrsParsed = true;
    this.attrCount = 0;
    const b = this.buf;
    const lt = this.tagLt;
    for (let k = 0; k < this.quoteCount; k++) {
      const vs = lt + this.quoteStart[k];
      const ve = lt + this.quoteEnd[k];
      if (vs <= this.tagStart || ve >= this.tagEnd + 1) continue;
      let p = vs - 2; // before the opening quote
      while (p > this.tagStart && b[p] <= 32) p--;
      if (b[p] !== 61) continue; // a quote that does not follow `=`: not an attribute value
      p--;
      while (p > this.tagStart && b[p] <= 32) p--;
      const ne = p + 1;
      while (p >= this.tagStart && b[p] > 32 && b[p] !== QUOT && b[p] !== APOS) p--;
      if (p + 1 < ne) this.pushAttr(p + 1, ne, vs, ve);
    }
  }

  private growQuotes(): void {
    const n = this.quoteStart.length * 2;
    const s = new Int32Array(n);
    s.set(this.quoteStart);
    const e = new Int32Array(n);
    e.set(this.quoteEnd);
    this.quoteStart = s;
    this.quoteEnd = e;
  }

  private pushAttr(ns: number, ne: number, vs: number, ve: number): void {
    const k = this.attrCount;
    if (k === this.attrNameStart.length) {
      const grow = (a: Int32Array): Int32Array => {
        const g = new Int32Array(a.length * 2);
        g.set(a);
        return g;
      };
      this.attrNameStart = grow(this.attrNameStart);
      this.attrNameEnd = grow(this.attrNameEnd);
      this.attrValStart = grow(this.attrValStart);
      this.attrValEnd = grow(this.attrValEnd);
    }
    this.attrNameStart[k] = ns;
    this.attrNameEnd[k] = ne;
    this.attrValStart[k] = vs;
    this.attrValEnd[k] = ve;
    this.attrCount = k + 1;
  }

  /** Keeps `b[from, to)` for the next chunk (the start of an open construct). */
  private carry(b: Uint8Array, from: number, to: number): void {
    const n = to - from;
    if (n > this.maxConstruct) this.fail(importMessage.xmlTooLong(this.maxConstruct));
    if (b === this.work) {
      if (from > 0) this.work.copyWithin(0, from, to);
    } else {
      if (n > this.work.length) this.work = new Uint8Array(Math.max(n, this.work.length * 2));
      this.work.set(b.subarray(from, to), 0);
    }
    this.workLen = n;
  }

  private append(chunk: Uint8Array): void {
    const need = this.workLen + chunk.length;
    if (need > this.work.length) {
      const w = new Uint8Array(Math.max(need, this.work.length * 2));
      w.set(this.work.subarray(0, this.workLen));
      this.work = w;
    }
    this.work.set(chunk, this.workLen);
    this.workLen = need;
  }

  /** Scans `b[from, len)`; returns where the first construct left open begins (len when none). */
  private scan(b: Uint8Array, from: number, len: number): number {
    let pos = from;
    while (pos < len) {
      // Character data up to the next '<'.
      let lt: number;
      if (this.pending === PENDING_TAG) {
        lt = pos;
      } else {
        lt = b.indexOf(LT, pos);
        if (lt < 0 || lt >= len) {
          if (this.wantText) return pos;
          this.countLines(b, pos, len);
          return len;
        }
        if (lt > pos) {
          if (this.wantText) this.emitText(b, pos, lt);
          else this.countLines(b, pos, lt);
        }
      }
      if (lt + 1 >= len) {
        this.pending = PENDING_NONE;
        return lt;
      }
      const c1 = b[lt + 1];
      if (c1 === BANG || c1 === QUEST) {
        const end = this.special(b, lt, len);
        if (end < 0) return lt;
        pos = end;
        continue;
      }
      // A start or end tag: find '>' outside quotes, resuming where a previous chunk left off.
      // Quoted values are noted on the way (relative to '<'), so attributes need no second pass over the tag.
      let e: number;
      let q: number;
      let nl: number;
      let nq: number;
      if (this.pending === PENDING_TAG) {
        e = lt + this.resumeAt;
        q = this.resumeQuote;
        nl = this.resumeNl;
        nq = this.quoteCount;
        this.pending = PENDING_NONE;
      } else {
        e = lt + 1;
        q = 0;
        nl = 0;
        nq = 0;
      }
      for (; e < len; e++) {
        const c = b[e];
        if (q !== 0) {
          if (c === q) {
            q = 0;
            this.quoteEnd[nq - 1] = e - lt;
          } else if (c === NL) nl++;
        } else if (c === GT) break;
        else if (c === QUOT || c === APOS) {
          q = c;
          if (nq === this.quoteStart.length) this.growQuotes();
          this.quoteStart[nq++] = e + 1 - lt;
        } else if (c === NL) nl++;
      }
      this.quoteCount = nq;
      if (e >= len) {
        this.pending = PENDING_TAG;
        this.resumeAt = e - lt;
        this.resumeQuote = q;
        this.resumeNl = nl;
        return lt;
      }
      this.tag(b, lt, e);
      this.line += nl;
      pos = e + 1;
    }
    return len;
  }

  /** Reports the tag `b[lt, gt]`. */
  private tag(b: Uint8Array, lt: number, gt: number): void {
    const closing = b[lt + 1] === SLASH;
    let ns = lt + (closing ? 2 : 1);
    let p = ns;
    while (p < gt) {
      const c = b[p];
      if (c <= 32 || c === SLASH) break;
      if (c === COLON) ns = p + 1;
      p++;
    }
    const name = this.intern(b, ns, p);
    if (closing) {
      this.handler.close(name);
      return;
    }
    const selfClosing = b[gt - 1] === SLASH && gt - 1 >= p;
    this.buf = b;
    this.tagLt = lt;
    this.tagStart = p;
    this.tagEnd = selfClosing ? gt - 1 : gt;
    this.attrsParsed = false;
    this.handler.open(name, selfClosing);
  }

  /** Comments, CDATA, processing instructions and declarations at `lt`; returns the position after, or −1 if open. */
  private special(b: Uint8Array, lt: number, len: number): number {
    const c1 = b[lt + 1];
    if (c1 === QUEST) {
      const e = this.find2(b, lt + 2, len, QUEST, GT);
      if (e < 0) return -1;
      this.countLines(b, lt, e);
      return e + 2;
    }
    if (len - lt < 4) return -1;
    if (b[lt + 2] === 45 && b[lt + 3] === 45) {
      // <!-- … -->
      let p = lt + 4;
      for (;;) {
        const e = this.find2(b, p, len, 45, 45);
        if (e < 0) return -1;
        if (e + 2 >= len) return -1;
        if (b[e + 2] === GT) {
          this.countLines(b, lt, e);
          return e + 3;
        }
        p = e + 1;
      }
    }
    if (b[lt + 2] === 91) {
      // <![CDATA[ … ]]>
      let p = lt + 9;
      for (;;) {
        const e = this.find2(b, p, len, 93, 93);
        if (e < 0 || e + 2 >= len) return -1;
        if (b[e + 2] === GT) {
          if (this.wantText && this.handler.text) this.handler.text(this.decode(b, lt + 9, e, false, false));
          this.countLines(b, lt, e);
          return e + 3;
        }
        p = e + 1;
      }
    }
    // <!DOCTYPE …> (with an optional internal subset in brackets) or another declaration.
    let q = 0;
    let depth = 0;
    let e = lt + 2;
    for (; e < len; e++) {
      const c = b[e];
      if (q !== 0) {
        if (c === q) q = 0;
      } else if (c === QUOT || c === APOS) q = c;
      else if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === GT && depth <= 0) break;
    }
    if (e >= len) return -1;
    this.declaration(b, lt, e);
    this.countLines(b, lt, e);
    return e + 1;
  }

  /** Refuses a DOCTYPE that declares entities or names an external DTD; other declarations are ignored. */
  private declaration(b: Uint8Array, lt: number, gt: number): void {
    const text = this.cp1252.decode(b.subarray(lt, gt + 1));
    if (!/^<!DOCTYPE/i.test(text)) return;
    if (/<!ENTITY/i.test(text)) this.fail(importMessage.xmlEntityDeclaration());
    const outside = text.replace(/\[[\s\S]*\]/, "").replace(/"[^"]*"|'[^']*'/g, '""');
    if (/\b(SYSTEM|PUBLIC)\b/i.test(outside)) this.fail(importMessage.xmlExternalDtd());
  }

  /** First `i ≥ from` with `b[i] = x` and `b[i+1] = y`, or −1. */
  private find2(b: Uint8Array, from: number, len: number, x: number, y: number): number {
    let p = from;
    for (;;) {
      const i = b.indexOf(x, p);
      if (i < 0 || i + 1 >= len) return -1;
      if (b[i + 1] === y) return i;
      p = i + 1;
    }
  }

  private countLines(b: Uint8Array, from: number, to: number): void {
    let n = 0;
    for (let p = from; p < to; p++) if (b[p] === NL) n++;
    this.line += n;
  }

  private emitText(b: Uint8Array, from: number, to: number): void {
    if (this.handler.text) this.handler.text(this.decode(b, from, to, true, false));
    this.countLines(b, from, to);
  }

  /**
   * Decodes UTF-8 bytes (Windows-1252 when not valid UTF-8, noted in `fellBack`), then entities and — for
   * attribute values — white-space normalisation (a literal tab or line break becomes a space, as XML requires).
   */
  private decode(b: Uint8Array, a: number, e: number, entities: boolean, attribute: boolean, intern = false): string {
    const n = e - a;
    // Fast paths, one pass each: a short value without markup characters is hashed for the cache (intern) or
    // copied as ASCII; anything else takes the general path below.
    if (intern && n <= CACHE_MAX_LEN) {
      let h = 0x811c9dc5;
      let i = a;
      for (; i < e; i++) {
        const c = b[i];
        if (c === AMP || c === 9 || c === NL || c === 13) break;
        h = Math.imul(h ^ c, 0x01000193);
      }
      if (i === e) return this.cached(b, a, e, h);
    } else if (n <= SHORT_ASCII) {
      let t = this.codes[n];
      if (t === undefined) t = this.codes[n] = new Array<number>(n).fill(0);
      let k = 0;
      for (; k < n; k++) {
        const c = b[a + k];
        if (c >= 0x80 || c === AMP || c === 9 || c === NL || c === 13) break;
        t[k] = c;
      }
      if (k === n) return String.fromCharCode.apply(null, t);
    }
    let special = false;
    for (let i = a; i < e; i++) {
      const c = b[i];
      if (c === AMP || c === 9 || c === NL || c === 13) special = true;
    }
    let s = this.utf8Text(b, a, e);
    if (!special) return s;
    if (attribute) s = s.replace(/[\t\n]|\r\n?/g, " ");
    else if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
    return entities && s.includes("&") ? this.entities(s) : s;
  }

  /** UTF-8 bytes as text; Windows-1252 when they are not valid UTF-8 (noted in `fellBack`). */
  private utf8Text(b: Uint8Array, a: number, e: number): string {
    try {
      return this.utf8.decode(b.subarray(a, e));
    } catch {
      this.fellBack = true;
      return this.cp1252.decode(b.subarray(a, e));
    }
  }

  /**
   * A short string through a direct-mapped cache keyed by its bytes: repeated names, keys and values (steps,
   * resources, lifecycle words) are decoded once and shared, which spares both the decoding and the garbage.
   */
  private cached(b: Uint8Array, a: number, e: number, h: number): string {
    const slot = (h >>> 0) & (CACHE_SLOTS - 1);
    const key = this.cacheKey[slot];
    const n = e - a;
    if (key !== undefined && key.length === n) {
      let same = true;
      for (let k = 0; k < n; k++) {
        if (key[k] !== b[a + k]) {
          same = false;
          break;
        }
      }
      if (same) return this.cacheStr[slot] as string;
    }
    const s = this.utf8Text(b, a, e);
    this.cacheKey[slot] = b.slice(a, e);
    this.cacheStr[slot] = s;
    return s;
  }

  private intern(b: Uint8Array, a: number, e: number): string {
    if (e - a > CACHE_MAX_LEN) return this.decode(b, a, e, false, false);
    let h = 0x811c9dc5;
    for (let i = a; i < e; i++) h = Math.imul(h ^ b[i], 0x01000193);
    return this.cached(b, a, e, h);
  }

  private entities(s: string): string {
    return s.replace(/&([^&;\s<]{0,32});/g, (whole, name: string) => {
      switch (name) {
        case "amp":
          return "&";
        case "lt":
          return "<";
        case "gt":
          return ">";
        case "quot":
          return '"';
        case "apos":
          return "'";
      }
      if (name.charCodeAt(0) === 35) {
        const hex = name[1] === "x" || name[1] === "X";
        const digits = name.slice(hex ? 2 : 1);
        if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return whole;
        const cp = parseInt(digits, hex ? 16 : 10);
        // Code points XML does not allow become U+FFFD instead of stopping the import.
        const ok =
          cp === 9 ||
          cp === 10 ||
          cp === 13 ||
          (cp >= 32 && cp <= 0xd7ff) ||
          (cp >= 0xe000 && cp <= 0xfffd) ||
          (cp >= 0x10000 && cp <= 0x10ffff);
        return String.fromCodePoint(ok ? cp : 0xfffd);
      }
      if (/^[A-Za-z_][\w.-]*$/.test(name)) this.fail(importMessage.xmlUndefinedEntity(name));
      return whole; // a stray '&' in sloppy XML stays as written
    });
  }

  private fail(msg: Msg): never {
    throw new FlodesError(msg, { ...(this.file !== undefined ? { file: this.file } : {}), row: this.line });
  }
}
