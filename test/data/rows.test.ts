import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { siteData } from "../../src/site/data.ts";
import { checkRowTypes, rowsModule, rowTypeName } from "../../src/data/rows-module.ts";
import type { DataPackage } from "../../src/data/schema.ts";

const committed = readFileSync(join(import.meta.dirname, "../../src/data/rows.ts"), "utf8");

describe("src/data/rows.ts", () => {
  it("is what data/datapackage.json generates (run `npm run data:types` after changing a schema)", () => {
    expect(committed).toBe(rowsModule(siteData().descriptor));
  });

  it("would fail on a changed enum value, a new field or a field made optional", () => {
    const edits: ((pkg: DataPackage) => void)[] = [
      (pkg) => pkg.resources[0]!.schema.fields[0]!.constraints!.enum!.push("T3"),
      (pkg) => pkg.resources[0]!.schema.fields.push({ name: "mean", type: "number" }),
      (pkg) => delete pkg.resources[0]!.schema.fields[3]!.constraints!.required,
    ];
    for (const edit of edits) {
      const pkg = structuredClone(siteData().descriptor);
      edit(pkg);
      expect(rowsModule(pkg)).not.toBe(committed);
    }
  });
});

describe("checkRowTypes", () => {
  it("stops the build at the first line of rows.ts that the descriptor no longer generates", () => {
    const dir = mkdtempSync(join(tmpdir(), "rows-"));
    try {
      const path = join(dir, "rows.ts");
      writeFileSync(path, committed);
      expect(() => checkRowTypes(siteData().descriptor, path)).not.toThrow();
      const pkg = structuredClone(siteData().descriptor);
      pkg.resources[0]!.schema.fields[0]!.constraints!.enum!.push("T3");
      const line = committed.split("\n").indexOf('  wave: "T0" | "T1" | "T2";') + 1;
      expect(() => checkRowTypes(pkg, path)).toThrow(
        `${relative(process.cwd(), path)}:${line}:1: is out of date with data/datapackage.json: expected "  wave: \\"T0\\" | \\"T1\\" | \\"T2\\" | \\"T3\\";", found "  wave: \\"T0\\" | \\"T1\\" | \\"T2\\";" (run npm run data:types)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("rowsModule", () => {
  const pkg: DataPackage = {
    name: "p",
    title: "P",
    licenses: [],
    resources: [
      {
        name: "press-claims",
        path: "press-claims.csv",
        title: "Claims",
        description: "",
        sources: [],
        licenses: [],
        schema: {
          fields: [
            { name: "id", type: "integer", description: "Position.", constraints: { required: true } },
            { name: "where", type: "string", constraints: { enum: ["Photo caption", "Notes */ for editors"] } },
            { name: "checked", type: "date", unit: "day", constraints: { required: true } },
          ],
        },
      },
    ],
  };

  it("types each field by its cast value: enums as unions, optional fields with null", () => {
    const text = rowsModule(pkg);
    expect(text).toContain("export interface PressClaimRow {\n  /** Position. */\n  id: number;\n");
    expect(text).toContain('  where: "Photo caption" | "Notes */ for editors" | null;\n');
    expect(text).toContain("  /** checked. Unit: day. A real date, YYYY-MM-DD. */\n  checked: string;\n");
    expect(text).toContain('  "press-claims": ["id", "where", "checked"],\n');
  });

  it("names row types after the resource, its last word singular", () => {
    expect(["participant-flow", "pathway-measures", "interview-sample", "press-claims", "access"].map(rowTypeName)).toEqual([
      "ParticipantFlowRow",
      "PathwayMeasureRow",
      "InterviewSampleRow",
      "PressClaimRow",
      "AccessRow",
    ]);
  });
});
