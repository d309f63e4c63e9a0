/** Where a cell starts in its file: 1-based line and column, as editors and compilers count them. */
export interface CsvPosition {
  line: number;
  column: number;
}

/** One parsed CSV record with where it and each of its cells start, for error messages. */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** Start of each cell, index for index with `cells`. */
  at: CsvPosition[];
}

/** A CSV syntax error at one point of the file; the loader adds the file name. */
export class CsvSyntaxError extends SyntaxError {
  override name = "CsvSyntaxError";
  readonly line: number;
  readonly column: number;
  constructor(at: CsvPosition, detail: string) {
    super(`${at.line}:${at.column}: ${detail}`);
    this.line = at.line;
    this.column = at.column;
  }
}

/**
 * Parses RFC 4180 CSV strictly: a quoted cell may hold commas, doubled quotes and line breaks, but a
 * quote inside an unquoted cell or anything between a closing quote and the next comma is an error,
 * so `"6"3` can never load as 63. A leading byte-order mark and Windows line ends are accepted,
 * because spreadsheet exports produce both. Blank lines are skipped. Types are not guessed here:
 * every cell stays a string until the table schema casts it (see cast.ts).
 *
 * Hand-written rather than csv-parse because the messages need the line and column where each cell
 * starts (for cell errors, not only syntax errors), and csv-parse reports a line and a field index
 * but no character column; the grammar is small enough to test in full (test/data/csv.test.ts).
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.replace(/^\uFEFF/, "");
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let at: CsvPosition[] = [];
  let cell = "";
  let line = 1;
  let lineStart = 0;
  // A record of one empty quoted cell ("") is a record; a line with nothing on it is not.
  let quoted = false;
  let i = 0;
  const here = (index: number): CsvPosition => ({ line, column: index - lineStart + 1 });
  const newline = (index: number) => {
    line++;
    lineStart = index + 1;
  };
  while (i <= source.length) {
    // Each pass reads one cell, then the comma, line end or end of file after it.
    const start = here(i);
    const startIndex = i;
    cell = "";
    if (source[i] === '"') {
      quoted = true;
      let j = i + 1;
      for (;;) {
        if (j >= source.length) throw new CsvSyntaxError(start, "a quoted cell is never closed (expected a closing quote)");
        const char = source[j]!;
        if (char === '"' && source[j + 1] === '"') {
          cell += '"';
          j += 2;
        } else if (char === '"') {
          j++;
          break;
        } else {
          if (char === "\n") newline(j);
          cell += char;
          j++;
        }
      }
      const next = source[j];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new CsvSyntaxError(
          here(j),
          `expected a comma or the end of the line after the closing quote, found ${JSON.stringify(next)} (write the whole cell inside the quotes)`,
        );
      }
      i = j;
    } else {
      while (i < source.length && !",\r\n".includes(source[i]!)) {
        if (source[i] === '"') {
          throw new CsvSyntaxError(
            here(i),
            `expected no quote inside an unquoted cell, found one after ${JSON.stringify(source.slice(startIndex, i))} (to keep a quote, put the whole cell in quotes and double it: "…""…")`,
          );
        }
        cell += source[i];
        i++;
      }
    }
    cells.push(cell);
    at.push(start);
    const end = source[i];
    if (end === ",") {
      i++;
      continue;
    }
    // A line end or the end of the file closes the record; a line with nothing on it is skipped.
    if (cells.length > 1 || cell !== "" || quoted) records.push({ line: at[0]!.line, cells, at });
    cells = [];
    at = [];
    quoted = false;
    if (end === undefined) break;
    if (end === "\r" && source[i + 1] === "\n") i++;
    newline(i);
    i++;
  }
  return records;
}
