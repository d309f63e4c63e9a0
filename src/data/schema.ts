/**
 * The subset of the Frictionless Data Package and Table Schema specs that data/datapackage.json
 * uses (https://specs.frictionlessdata.io/). Only what the loader enforces is typed.
 */

/** Field types the loader can cast. */
export type FieldType = "string" | "integer" | "number" | "date" | "boolean";

export interface FieldConstraints {
  /** An empty cell is an error. */
  required?: boolean;
  /** Smallest allowed value (numbers). */
  minimum?: number;
  /** Largest allowed value (numbers). */
  maximum?: number;
  /** The only allowed values. */
  enum?: string[];
  /** A regular expression the whole cell must match (strings). */
  pattern?: string;
}

export interface Field {
  name: string;
  type: FieldType;
  title?: string;
  description?: string;
  /** Unit of measurement, shown in tables and downloads (a project extension). */
  unit?: string;
  constraints?: FieldConstraints;
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface TableSchema {
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

/** Where a table's numbers were read. Every resource needs at least one. */
export interface Source {
  /** Identifier that rows may reference through a `source_id` column. */
  id: string;
  title: string;
  /** URL of the page the numbers were read on. */
  path: string;
  /** Verbatim words of the source that carry the numbers. */
  quote: string;
  /** Where in the source: "Abstract", "Table 1", a page number. */
  locator?: string;
  /** ISO date the source was last checked. */
  accessed: string;
}

export interface License {
  name: string;
  path: string;
  title?: string;
}

export interface Resource {
  name: string;
  path: string;
  title: string;
  description: string;
  schema: TableSchema;
  sources: Source[];
  licenses: License[];
}

export interface DataPackage {
  name: string;
  title: string;
  description?: string;
  licenses: License[];
  resources: Resource[];
}
