/**
 * The one error a data editor sees when data/ is wrong. The message always starts with the
 * file (and, where there is one, the line and column) so that editors and CI logs point straight
 * at the cell to fix, e.g. `data/participant-flow.csv:3:n expected a whole number ≥ 0, found "17O"`.
 */
export class DataError extends Error {
  override name = "DataError";
  /** Path of the file at fault, relative to the project root. */
  readonly file: string;
  /** What was expected and what was found. */
  readonly detail: string;
  /** 1-based line in the file (the header is line 1). */
  readonly line: number | undefined;
  /** Column (field) name. */
  readonly column: string | undefined;

  constructor(file: string, detail: string, line?: number, column?: string) {
    // "file:line:column expected …" for a cell (the form editors know from compilers), else "file:line: …".
    const where = [file, line, column].filter((part) => part !== undefined).join(":");
    super(`${where}${column === undefined ? ":" : ""} ${detail}`);
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
