/**
 * Interns strings to dense codes in order of first appearance.
 *
 * @example
 * const d = new StringDictionary();
 * d.code("a"); d.code("b"); d.code("a"); // → 0, 1, 0
 * d.values // → ["a", "b"]
 */
export class StringDictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  /** Code of `value`, adding it when new. */
  code(value: string): number {
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.codes.set(value, c);
    }
    return c;
  }

  /** Code of `value`, or −1 when it was never added. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}
