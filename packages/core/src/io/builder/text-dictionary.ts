/**
 * Interns the trimmed text of record fields to dense codes without building a string per field: a field is hashed
 * where it lies (a range of the decoded chunk), compared to the previous value of the column first (logs repeat a
 * flow's id, unit and role row after row), and only a value never seen before becomes a string — a flat copy, so
 * the dictionary never pins a whole chunk in memory. Remembers the source row where each value first occurs.
 */
export class TextDictionary {
  readonly values: string[] = [];
  /** Source row of each value's first occurrence. */
  firstRow: Int32Array = new Int32Array(64);
  private hashes: Int32Array = new Int32Array(64);
  private table: Int32Array = new Int32Array(256);
  private mask = 255;
  private last = "";
  private lastCode = -1;

  get size(): number {
    return this.values.length;
  }

  /** Code of `text[a, b)` trimmed; −1 when blank. */
  codeOfRange(text: string, a: number, b: number, row: number): number {
    while (a < b && text.charCodeAt(a) <= 32) a++;
    while (b > a && text.charCodeAt(b - 1) <= 32) b--;
    if (a === b) return -1;
    const last = this.last;
    if (last.length === b - a && text.startsWith(last, a)) return this.lastCode;
    let h = 0x811c9dc5 | 0;
    for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = b - a;
    let slot = h & this.mask;
    for (;;) {
      const c = this.table[slot];
      if (c === 0) break;
      const code = c - 1;
      if (this.hashes[code] === h) {
        const v = this.values[code];
        if (v.length === len && text.startsWith(v, a)) {
          this.last = v;
          this.lastCode = code;
          return code;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    return this.insert(slot, h, flat(text.slice(a, b)), row);
  }

  /** Code of `s` trimmed; −1 when blank. */
  codeOf(s: string, row: number): number {
    return this.codeOfRange(s, 0, s.length, row);
  }

  /** Code of an exact value, or −1 when absent. */
  find(value: string): number {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
    let slot = h & this.mask;
    for (;;) {
      const c = this.table[slot];
      if (c === 0) return -1;
      if (this.hashes[c - 1] === h && this.values[c - 1] === value) return c - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(slot: number, h: number, value: string, row: number): number {
    const code = this.values.length;
    this.values.push(value);
    if (code === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.firstRow = grow(this.firstRow);
    }
    this.hashes[code] = h;
    this.firstRow[code] = row;
    this.table[slot] = code + 1;
    this.last = value;
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

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * A copy of `s` that does not share storage with the string it was sliced from (V8 keeps a slice as a view of its
 * parent, which would pin a whole decoded chunk). Concatenation flattens into a new string holding only `s`.
 */
function flat(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}
