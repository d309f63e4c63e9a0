import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { groups4HealthWithinArmChart } from "../../src/charts/groups4health-within-arm.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const effects = table({
  outcome_id: ["loneliness", "loneliness", "gp_visits", "gp_visits"],
  outcome: ["Loneliness", "Loneliness", "General practitioner visits", "General practitioner visits"],
  arm: ["Groups 4 Health", "Treatment as usual", "Groups 4 Health", "Treatment as usual"],
  d: [-1.04, -0.33, -0.33, 0.3],
  source_id: ["s", "s", "s", "s"],
});
const model = groups4HealthWithinArmChart({ effects, sources: [SOURCE] });

describe("groups4HealthWithinArmChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `groups4health-within-arm-${narrow ? "narrow" : "wide"}`);
  });

  it("labels every d as within-arm and keeps the printed decimals", () => {
    expect(model.subtitle).toContain("Within-arm effect size d");
    expect(model.table.columns.find((c) => c.key === "d")?.label).toBe("Within-arm d");
    expect(renderChartSvg(model, false).svg).toContain("TAU 0.30");
  });

  it("names the design and who ran the trial", () => {
    expect(model.subtitle).toContain("Randomised controlled trial");
    expect(model.notes.join(" ")).toContain("developed and trialled by the researchers who proposed the social cure approach");
  });

  it("keeps the outcomes in the order given, never sorted by size", () => {
    expect(model.table.rows.map((r) => r["outcome"])).toEqual([
      "Loneliness",
      "Loneliness",
      "General practitioner visits",
      "General practitioner visits",
    ]);
  });

  it("stops the build when its title would no longer be true", () => {
    const flipped = effects.derive({ d: (r: { d: number }) => -r.d });
    expect(() => groups4HealthWithinArmChart({ effects: flipped, sources: [SOURCE] })).toThrow("its title says loneliness fell more");
  });
});
