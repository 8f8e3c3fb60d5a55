/**
 * A source read into rows of strings, before mapping and validation. Rows have a fixed width; cells are
 * stored flat (`cells[r * width + c]`) to keep allocation low on large logs.
 */
export interface RawTable {
  columns: string[];
  width: number;
  cells: string[];
  /** Physical line (1-based, header = 1) of each row's first line. */
  lines: number[];
  /** Data records read, including those rejected while reading (bad field count, open quote). */
  rowsIn: number;
  /** Records rejected while reading. */
  rejected: number;
}
