import { describe, expect, it } from "vitest";
import { chartMetadata, type ChartLinks } from "../../src/downloads/chart-metadata.ts";
import { apaText } from "../../src/citation/apa.ts";
import { JHP_2022 } from "../../src/citation/papers.ts";
import { doiUrl } from "../../src/citation/reference.ts";
import { SITE } from "../../src/lib/site.ts";
import { flowModel } from "./fixtures.ts";

const links: ChartLinks = {
  page: "https://example.org/charts/participant-flow/",
  embed: "https://example.org/embed/participant-flow/",
  files: { csv: "https://example.org/charts/participant-flow/participant-flow.csv" },
  datasets: [
    {
      name: "participant-flow",
      title: "Flow",
      page: "https://example.org/data/#participant-flow",
      csv: "https://example.org/data/participant-flow.csv",
    },
  ],
};

describe("chartMetadata", () => {
  const json = JSON.parse(chartMetadata(flowModel, links));

  it("describes the chart with its permalink, licence and the paper's DOI", () => {
    expect(json).toMatchObject({
      id: "participant-flow",
      title: flowModel.title,
      description: flowModel.description,
      url: links.page,
      embedUrl: links.embed,
      licence: { name: SITE.licence.text.name, url: SITE.licence.text.url },
      paper: { doi: JHP_2022.doi, url: doiUrl(JHP_2022.doi) },
    });
    expect(json.paper.citation).toBe(apaText(JHP_2022));
  });

  it("names each source with its quote and when it was checked", () => {
    expect(json.sources).toEqual([
      { title: "A source", url: "https://example.org/", locator: null, quote: "a quote", accessed: "2026-11-25" },
    ]);
  });

  it("holds the plotted rows at full precision, and says so", () => {
    expect(json.rows).toEqual(flowModel.table.rows);
    expect(json.rows[1].share_of_entry).toBe(178 / 630);
    expect(json.precision).toBe(
      "Rows are at full precision: calculated values are not rounded. The page, its tooltips and the CSV download round counts that are not whole to 1 decimal place and shares to whole percentages (2 decimal places as a share from 0 to 1).",
    );
  });

  it("marks calculated columns and says how they were worked out", () => {
    const calculated = json.columns.filter((c: { calculated: boolean }) => c.calculated);
    expect(calculated.map((c: { key: string }) => c.key)).toEqual(["share_of_entry", "not_surveyed"]);
    for (const column of calculated) expect(column.method).toMatch(/entry \(T0\)/);
  });

  it("links the datasets and the files", () => {
    expect(json.datasets).toEqual(links.datasets);
    expect(json.files).toEqual(links.files);
  });
});
