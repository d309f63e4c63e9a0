import { describe, expect, it } from "vitest";
import { siteStats } from "../../src/site/stats.ts";

describe("siteStats", () => {
  const stats = siteStats();

  it("publishes the wave counts as published, and shares as calculated", () => {
    expect(stats.get("flow.t0.n")).toMatchObject({ value: 630, calculated: false });
    expect(stats.get("flow.t1.share")).toMatchObject({ format: "percent", calculated: true });
    expect(stats.get("flow.t1.notSurveyed")).toMatchObject({ value: 452, calculated: true });
    expect(stats.has("flow.t0.share")).toBe(false);
  });

  it("gives each wave's timing and label verbatim from data, as text", () => {
    expect(stats.get("flow.t1.timing")).toMatchObject({ value: "about 4 months later", format: "text", calculated: false });
    expect(stats.get("flow.t2.timing")).toMatchObject({ value: "6–9 months later", format: "text" });
    expect(stats.get("flow.t0.label")).toMatchObject({ value: "Pathway entry", format: "text" });
  });

  it("writes the same shares as natural frequencies for patient pages, calculated", () => {
    expect(stats.get("flow.t1.inTen")).toMatchObject({ value: 3, qualifier: "about", unit: "in 10", calculated: true });
    expect(stats.get("flow.t1.notSurveyedInTen")).toMatchObject({ value: 7, qualifier: "about", unit: "in 10", calculated: true });
    expect(stats.get("flow.t2.inTen")).toMatchObject({ value: 1, unit: "in 10", calculated: true });
    expect(stats.get("flow.t2.inTen")).not.toHaveProperty("qualifier");
  });

  it("publishes the abstract's count of providers as printed, not as a sum", () => {
    expect(stats.get("interviews.providers.n")).toMatchObject({ value: 9, calculated: false });
    expect(stats.get("interviews.providers.n")!.sources.map((s) => s.id)).toEqual(["bmj-abstract"]);
    expect(stats.get("interviews.serviceUsers.n")).toMatchObject({ value: 19, calculated: false });
  });

  it("names each wider-evidence stat after its own study and keeps printed decimals", () => {
    expect(stats.get("g4h.gpVisits.tau.d")).toMatchObject({ value: 0.3, format: "decimal", decimals: 2, calculated: false });
    expect(stats.get("munford2017.step3.difference")).toMatchObject({ value: 0.039, decimals: 3, calculated: false });
    expect(stats.get("munford2017.step3.shareLeft")).toMatchObject({ format: "percent", calculated: true });
    expect(stats.get("kiely.primaryCareVisits.certainty")).toMatchObject({ value: "low", format: "text" });
    expect(stats.get("reviews.cooper2022.uncontrolled")).toMatchObject({ value: 15, calculated: false });
    expect(stats.get("steffens2016.kept0.per100")).toMatchObject({ value: 12, unit: "in 100", calculated: true });
    expect(stats.get("bu2024.anyIntervention")!.sources.map((s) => s.id)).toEqual(["bu-2024-preprint"]);
  });

  it("keeps the source's qualifier and unit with context figures", () => {
    expect(stats.get("context.link_workers_2025")).toMatchObject({ value: 3300, qualifier: "more than", unit: "link workers" });
    expect(stats.get("context.link_workers_2025")!.sources.map((s) => s.id)).toEqual(["open-access-government"]);
  });
});
