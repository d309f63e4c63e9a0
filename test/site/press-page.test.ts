// The press page: written for press, with the whole claims ledger from data/ and the key charts ready
// to reuse; the press releases' percentage appears only where the ledger quotes and attributes it.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getResource } from '../../src/data/index.ts';
import { siteData } from '../../src/site/data.ts';
import { pageFile } from './browser.ts';

const { document } = parseHTML(readFileSync(pageFile('/press/'), 'utf8'));
const claims = getResource(siteData(), 'press-claims').rows;

describe('/press/', () => {
  it('is an article for the press audience', () => {
    expect(document.querySelector('main > article')?.getAttribute('data-audience')).toBe('press');
  });

  it('quotes every claim of the ledger word for word, in order, with its assessment', () => {
    const items = [...document.querySelectorAll('li.claim')];
    expect(items.map((li) => li.id)).toEqual(claims.map((c) => `claim-${c.id}`));
    items.forEach((li, i) => {
      const claim = claims[i]!;
      expect(li.querySelector('blockquote')?.textContent?.trim()).toBe(`“${claim.claim}”`);
      expect(li.querySelector('dl')?.textContent).toContain(claim.caveat);
    });
  });

  it('shows the press releases\' percentage only inside the ledger, where it is quoted and attributed', () => {
    const main = document.querySelector('main')!;
    const walker = document.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
    const outside: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/25\s?%/.test(node.textContent ?? '') && !node.parentElement?.closest('li.claim')) outside.push(node.textContent ?? '');
    }
    expect(outside).toEqual([]);
  });

  it('offers each key chart with its downloads and embed code', () => {
    const charts = [...document.querySelectorAll('.press__chart')];
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.querySelectorAll('a[download]')).toHaveLength(4);
      const code = chart.querySelector('textarea[id$="-embed-code"]');
      expect(code?.hasAttribute('readonly')).toBe(true);
      expect(chart.querySelector(`label[for="${code?.id}"]`)?.textContent).toMatch(/^Embed code for/);
    }
  });

  it('cites the paper with its DOI', () => {
    expect(document.querySelector('#references')?.parentElement?.textContent).toContain('https://doi.org/10.1177/1359105320944991');
  });
});
