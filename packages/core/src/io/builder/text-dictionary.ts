import type { ByteCodec } from "../source/byte-codec.js";

const encoder = new TextEncoder();

/**
 * Interns the trimmed values of record fields to dense codes without building a string per field: a field of a
 * byte-level reader is hashed where it lies (bytes of the chunk), compared to the previous value of the column first
 * (logs repeat a flow's id, unit and role row after row), and only a value never seen before is decoded into a
 * string. Keys are kept as bytes (UTF-8 for values given as strings), so a value is the same entry however it came.
 * Remembers the source row where each value first occurs.
 */
export class TextDictionary {
  readonly values: string[] = [];
  /** Source row of each value's first occurrence. */
  firstRow: Int32Array = new Int32Array(64);
  private hashes: Int32Array = new Int32Array(64);
  private keyAt: Int32Array = new Int32Array(64);
  private keyLen: Int32Array = new Int32Array(64);
  private arena: Uint8Array = new Uint8Array(4096);
  private arenaLen = 0;
  private table: Int32Array = new Int32Array(256);
  private mask = 255;
  private lastCode = -1;
  private scratch = new Uint8Array(256);

  get size(): number {
    return this.values.length;
  }

  /** Code of `bytes[a, b)` trimmed (text in `codec`'s encoding); −1 when blank. */
  codeOfBytes(bytes: Uint8Array, a: number, b: number, row: number, codec: ByteCodec): number {
    while (a < b && bytes[a] <= 32) a++;
    while (b > a && bytes[b - 1] <= 32) b--;
    if (a === b) return -1;
    const len = b - a;
    const arena = this.arena;
    const last = this.lastCode;
    if (last >= 0 && this.keyLen[last] === len && same(arena, this.keyAt[last], bytes, a, len)) return last;
    let h = 0x811c9dc5 | 0;
    for (let i = a; i < b; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    let slot = h & this.mask;
    for (;;) {
      const c = this.table[slot];
      if (c === 0) break;
      const code = c - 1;
      if (this.hashes[code] === h && this.keyLen[code] === len && same(arena, this.keyAt[code], bytes, a, len)) {
        this.lastCode = code;
        return code;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.insert(slot, h, bytes, a, b, codec.decode(bytes, a, b), row);
  }

  /** Code of `s` trimmed; −1 when blank. */
  codeOf(s: string, row: number): number {
    const t = s.trim();
    if (t === "") return -1;
    if (t.length * 3 > this.scratch.length) this.scratch = new Uint8Array(t.length * 3);
    const { written } = encoder.encodeInto(t, this.scratch);
    const bytes = this.scratch;
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < written; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    let slot = h & this.mask;
    for (;;) {
      const c = this.table[slot];
      if (c === 0) break;
      const code = c - 1;
      if (this.hashes[code] === h && this.keyLen[code] === written && same(this.arena, this.keyAt[code], bytes, 0, written)) {
        this.lastCode = code;
        return code;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.insert(slot, h, bytes, 0, written, t, row);
  }

  /** Code of a value (trimmed), or −1 when absent. */
  find(value: string): number {
    const t = value.trim();
    const bytes = encoder.encode(t);
    let h = 0x811c9dc5 | 0;
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
    let slot = h & this.mask;
    for (;;) {
      const c = this.table[slot];
      if (c === 0) return -1;
      const code = c - 1;
      if (this.hashes[code] === h && this.keyLen[code] === bytes.length && same(this.arena, this.keyAt[code], bytes, 0, bytes.length))
        return code;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(slot: number, h: number, bytes: Uint8Array, a: number, b: number, value: string, row: number): number {
    const code = this.values.length;
    this.values.push(value);
    if (code === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.firstRow = grow(this.firstRow);
      this.keyAt = grow(this.keyAt);
      this.keyLen = grow(this.keyLen);
    }
    const len = b - a;
    if (this.arenaLen + len > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLen + len));
      next.set(this.arena.subarray(0, this.arenaLen));
      this.arena = next;
    }
    this.arena.set(bytes.subarray(a, b), this.arenaLen);
    this.keyAt[code] = this.arenaLen;
    this.keyLen[code] = len;
    this.arenaLen += len;
    this.hashes[code] = h;
    this.firstRow[code] = row;
    this.table[slot] = code + 1;
    this.lastCode = code;
    if ((code + 1) * 2 > this.table.length) this.rehash();
    return code;
  }

  private rehash(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let code = 0; code < this.values.length; code++) {
      let slot = this.hashes[code] & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = code + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}

function same(arena: Uint8Array, at: number, bytes: Uint8Array, a: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (arena[at + i] !== bytes[a + i]) return false;
  return true;
}

function grow(x: Int32Array): Int32Array {
  const y = new Int32Array(x.length * 2);
  y.set(x);
  return y;
}
