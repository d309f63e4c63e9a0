/**
 * The one error a data editor sees when data/ is wrong. The message always starts with the
 * file (and, where there is one, the line and column) in the form editors and compilers use, so
 * that editors and CI logs point straight at the cell to fix, e.g.
 * `data/participant-flow.csv:3:40: column "n" expected a whole number ≥ 0, found "17O"`.
 */
export class DataError extends Error {
  override name = "DataError";
  /** Path of the file at fault, relative to the project root. */
  readonly file: string;
  /** What was expected and what was found. */
  readonly detail: string;
  /** 1-based line in the file (the header is line 1). */
  readonly line: number | undefined;
  /** 1-based character column in that line. */
  readonly column: number | undefined;

  constructor(file: string, detail: string, line?: number, column?: number) {
    const where = [file, line, line === undefined ? undefined : column].filter((part) => part !== undefined).join(":");
    super(`${where}: ${detail}`);
    this.file = file;
    this.detail = detail;
    this.line = line;
    this.column = column;
  }
}

/** Quotes a found value for a message, showing invisible problems such as an empty cell. */
export function found(raw: string): string {
  return raw === "" ? "an empty cell" : JSON.stringify(raw);
}
