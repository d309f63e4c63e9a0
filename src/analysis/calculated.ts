import type { ColumnTable } from "arquero";

/**
 * Which columns of a derived table were calculated here rather than copied from a source.
 * Arquero tables carry no column metadata, so the flag lives beside the table; pages read it to
 * label values "calculated from published figures" and never present them as published.
 */
const calculated = new WeakMap<ColumnTable, ReadonlySet<string>>();

/** Returns the same table, recording that `columns` hold calculated values. */
export function markCalculated(table: ColumnTable, columns: string[]): ColumnTable {
  calculated.set(table, new Set([...(calculated.get(table) ?? []), ...columns]));
  return table;
}

/** True when `column` of `table` holds values calculated from published figures. */
export function isCalculated(table: ColumnTable, column: string): boolean {
  return calculated.get(table)?.has(column) ?? false;
}
