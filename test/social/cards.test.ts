import { describe, expect, it } from "vitest";
import { articleCard, cardPath, chartCard, siteCard } from "../../src/social/cards.ts";

describe("social cards", () => {
  it("gives each chart a card with its title over the chart itself", () => {
    const card = chartCard("participant-flow");
    expect(cardPath(card)).toBe("/social/chart-participant-flow.png");
    expect(card.chart?.id).toBe("participant-flow");
    expect(card.alt).toBe(`${card.chart?.title}. ${card.chart?.alt}`);
  });

  it("draws an article's first chart on its card, or none when it has no chart", () => {
    const body = 'Text\n\n<Figure id="interview-sample" />\n\n<Figure id="participant-flow" />';
    const withChart = articleCard({ id: "an-article", body, data: { title: "An article about a study" } });
    expect(cardPath(withChart)).toBe("/social/article-an-article.png");
    expect(withChart.chart?.id).toBe("interview-sample");
    expect(articleCard({ id: "plain", body: "No charts here.", data: { title: "Plain" } }).chart).toBeUndefined();
  });

  it("gives every other page the site's card, with the pathway diagram", () => {
    expect(cardPath(siteCard())).toBe("/social/site.png");
    expect(siteCard().chart?.id).toBe("social-cure-pathway");
  });
});
