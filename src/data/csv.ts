/** One parsed CSV record with the 1-based line on which it starts, for error messages. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Parses RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks. A leading
 * byte-order mark and Windows line ends are accepted, because spreadsheet exports produce both.
 * Blank lines are skipped. Types are not guessed here: every cell stays a string until the
 * table schema casts it (see cast.ts), so a stray "63*" is an error rather than text.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.replace(/^\uFEFF/, "");
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let sawContent = false;
  const endRecord = () => {
    cells.push(cell);
    if (sawContent || cells.length > 1) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    sawContent = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
      sawContent = true;
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
      sawContent = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
      sawContent = true;
    }
  }
  if (quoted) throw new SyntaxError(`line ${recordLine}: a quoted cell is never closed`);
  if (sawContent || cell !== "") endRecord();
  return records;
}
