// Reading drafts: Markdown is read as Markdown and plain text as is; offsets always point into the
// original file, whatever the line endings, BOM, quotes or markup.
import { describe, expect, it } from 'vitest';
import { builtinLexicon } from '../../src/lexicon';
import { prepareProse } from '../../src/engine/text/prose';
import { BLOCK_MAX, splitParagraphs } from '../../src/engine/text/paragraphs';
import { splitSentences } from '../../src/engine/text/sentences';
import { figure, figures, run } from './helpers';

const slicesMatch = (text: string, format: 'text' | 'markdown' = 'text') => {
  for (const f of run(text, format).figures) expect(text.slice(f.start, f.end)).toBe(f.text);
};

describe('Markdown is not all prose', () => {
  it.each([
    ['fenced code', 'Intro.\n\n```\nconst x = 5000;\n```\n\nEnd.'],
    ['inline code', 'Set `retries = 40` in the file.'],
    ['front matter', '---\ntitle: 2,000 things\ncount: 45\n---\n\nA story.'],
    ['HTML comments', 'A story <!-- check the 5,000 figure --> here.'],
    ['link targets', 'See [the report](https://example.com/page/2024/40) for details.'],
    ['images', 'A chart: ![40% growth](chart-2024.png)'],
    ['autolinks and URLs', 'Source: <https://example.com/3000> and https://example.com/a/45.'],
    ['reference definitions', 'See [the report][1].\n\n[1]: https://example.com/1234'],
    ['HTML tags', 'A <span data-n="4000">story</span>.'],
  ])('%s', (_name, text) => expect(figures(text, 'markdown')).toEqual([]));

  it('keeps link text as prose', () => expect(figures('See [the 4,000 pages](https://x.org/5) now.', 'markdown')).toEqual(['4,000']));
  it('reads headings and list items as their own sentences', () => {
    const text = '# Officials said\n\n- 40 people died\n- Police said 12 were hurt';
    expect(figure(text, '40', 0, 'markdown').status).toBe('unattributed');
    expect(figure(text, '12', 0, 'markdown').status).toBe('attributed');
  });
  it('reads emphasis as plain words', () => expect(figure('Police said **4,000** people fled.', '4,000', 0, 'markdown').status).toBe('attributed'));
  it('keeps offsets exact through markup', () => slicesMatch('---\na: 1\n---\n# Title 2\n\nThe *ministry* said [4,000](u) fled, up 40%.', 'markdown'));
  it('reads code in a .txt file as text', () => expect(figures('Set `retries = 40` now.', 'text')).toEqual(['40']));
});

describe('line endings, BOM, quotes and apostrophes', () => {
  it('reads CRLF like LF', () => {
    const lf = 'The ministry said 40 people died.\n\nAround 11,000 soldiers came.';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(run(crlf).figures.map((f) => [f.text, f.status])).toEqual(run(lf).figures.map((f) => [f.text, f.status]));
    slicesMatch(crlf);
  });
  it('ignores a BOM and keeps offsets', () => {
    const text = '\uFEFFThe ministry said 40 people died.';
    expect(figure(text, '40').start).toBe(text.indexOf('40'));
    expect(figure(text, '40').status).toBe('attributed');
  });
  it('reads curly quotes like straight ones', () => {
    expect(figure('“We sold 40 pickers,” Smith said.', '40').source?.text).toBe('Smith');
    expect(figure('"We sold 40 pickers," Smith said.', '40').source?.text).toBe('Smith');
  });
  it('reads curly apostrophes like straight ones', () => {
    expect(figure('Ukraine’s military intelligence agency said 3,000 were hurt.', '3,000').source?.text).toBe('Ukraine’s military intelligence agency');
  });
  it('keeps offsets exact with emoji and accents', () => slicesMatch('🙂 Café owners said 40 people came. Ünal estimated 3,000 more. 👍 And 12%.'));
});

describe('paragraphs and sentences', () => {
  const lex = builtinLexicon();
  const sentences = (t: string) => splitSentences(t, 0, lex).map((s) => t.slice(s.start, s.end));
  it('does not split at titles, initials and abbreviations', () => {
    expect(sentences('Mr. Charles A. Black of Acme Co. said No. 10 was open. It was.')).toEqual(['Mr. Charles A. Black of Acme Co. said No. 10 was open.', 'It was.']);
  });
  it('splits before a brand written in camel case, not before a lower-case word', () => {
    expect(sentences('Apple shipped 10 million. iPod shipments also rose. eBay fell.')).toEqual(['Apple shipped 10 million.', 'iPod shipments also rose.', 'eBay fell.']);
    expect(sentences('It cost 5 p. per page.')).toEqual(['It cost 5 p. per page.']);
  });
  // (Review AL: market copy.)
  it('splits after a company abbreviation before a subject of market copy, and after a slashed name', () => {
    expect(sentences('Revenue rose at Apple Inc. Analysts had expected more.')).toEqual(['Revenue rose at Apple Inc.', 'Analysts had expected more.']);
    expect(sentences('He works for Acme Corp. Shares rose 5%.')).toEqual(['He works for Acme Corp.', 'Shares rose 5%.']);
    expect(sentences('It rose, according to Thomson Reuters I/B/E/S. The company sold more.')).toEqual(['It rose, according to Thomson Reuters I/B/E/S.', 'The company sold more.']);
    expect(sentences('Apple Inc. Chief Executive Tim Cook spoke.')).toEqual(['Apple Inc. Chief Executive Tim Cook spoke.']);
  });
  // (Review AI.)
  it("keeps a speaker's tag after a quotation that ends in '!' or '?' with it", () => {
    expect(sentences('"That\'s 70 games!" Rodgers said. It was.')).toEqual(['"That\'s 70 games!" Rodgers said.', 'It was.']);
    expect(sentences('He shouted "Go!" The crowd cheered.')).toEqual(['He shouted "Go!"', 'The crowd cheered.']);
  });
  it('splits after a.m. only before a sentence opener', () => {
    expect(sentences('It began at 6 a.m. The rain stopped at 4:53 a.m. Thursday.')).toEqual(['It began at 6 a.m.', 'The rain stopped at 4:53 a.m. Thursday.']);
  });
  it('splits a run-in heading from its paragraph', () => {
    expect(sentences('Merger proposed However, the jury said 40 offices should close.')).toEqual(['Merger proposed', 'However, the jury said 40 offices should close.']);
  });
  it('joins hard-wrapped lines and keeps one-line paragraphs apart', () => {
    const wrapped = 'The ministry said on Tuesday that as many as forty\npeople had died in the floods across the region.';
    const p1 = prepareProse(wrapped, 'text');
    expect(splitParagraphs(p1.text, p1.blockStarts, false)).toHaveLength(1);
    const lines =
      'Police said 12 people were hurt in the crash on the highway near the old bridge late at night, and officials feared more were trapped.\nThe mayor said 40 homes were damaged by the storm that crossed the county on Friday afternoon and evening, cutting power to the valley.';
    const p2 = prepareProse(lines, 'text');
    expect(splitParagraphs(p2.text, p2.blockStarts, false)).toHaveLength(2);
  });
  // (Review BM: 'U.S.' ends a sentence before a usual opener, and is part of a name otherwise.)
  it("ends a sentence after 'U.S.' before 'Prices' or 'The', not before 'Senate'", () => {
    expect(sentences('Rents rose 5% in the U.S. Prices rose 3% in Canada.')).toEqual(['Rents rose 5% in the U.S.', 'Prices rose 3% in Canada.']);
    expect(sentences('He visited the U.S. The trip cost $4 million.')).toHaveLength(2);
    expect(sentences('The U.S. Senate voted 52-48.')).toHaveLength(1);
  });
  // (Review BK: a headline on its own line over the first sentence, with no blank line.)
  it('keeps a title-case headline apart from the line after it, and wrapped prose together', () => {
    const text = 'Acacia Stock Rises 30% After Cisco Agrees to Buy It for $4.5 Billion\nCisco Systems said it will pay $4.5 billion.';
    const p = prepareProse(text, 'text');
    expect(splitParagraphs(p.text, p.blockStarts, false)).toHaveLength(2);
    expect(figure(text, '$4.5 billion').source?.text).toBe('Cisco Systems');
    const wrapped = 'The Ministry of Health said on Tuesday that As Many As Forty\npeople had died.';
    const w = prepareProse(wrapped, 'text');
    expect(splitParagraphs(w.text, w.blockStarts, false)).toHaveLength(1);
  });
  // (Review BU: a sentence-case headline over a paragraph written on one line.)
  it('ends a paragraph before a line longer than any wrap width, unless a colon introduces it', () => {
    const body = 'Federal officials sent a team of investigators on Sunday to the crash site, which killed three people and left seven hospitalized Sunday, officials said.';
    const text = `Investigators probe Amtrak derailment that killed 3\n${body}`;
    const p = prepareProse(text, 'text');
    expect(splitParagraphs(p.text, p.blockStarts, false)).toHaveLength(2);
    expect(figure(text, '3').status).toBe('unattributed');
    const colon = `The mill levy increase, Erickson said, is needed to:\n- Raise the budget to 25 percent of the general fund budget in order for the district to qualify for new aid.`;
    const c = prepareProse(colon, 'text');
    expect(splitParagraphs(c.text, c.blockStarts, false)).toHaveLength(1);
  });
  // (Review BT: a fact list in a text written a paragraph to a line.)
  it('keeps short lines apart in a text written a paragraph to a line', () => {
    const long = 'The government said the defence budget as a percentage of the GDP has been falling for years, and that it would rise again.';
    const text = `Defence budget of Pakistan is 7% of its GDP every single year\nDefence budget of Israel is projected to rise to 6.6% of GDP\n${long}\n${long}`;
    const p = prepareProse(text, 'text');
    expect(splitParagraphs(p.text, p.blockStarts, false)).toHaveLength(4);
    expect(figure(text, '7%').status).toBe('unattributed');
    const wrapped = 'The Ministry of Health said on Tuesday that As Many As Forty\npeople had died in the floods that struck the north of the\ncountry last week.';
    const w = prepareProse(wrapped, 'text');
    expect(splitParagraphs(w.text, w.blockStarts, false)).toHaveLength(1);
  });
  // (Review AJ: a survey's findings as bullets under a hard-wrapped line.)
  it('starts a paragraph at a bulleted line in plain text and in Markdown', () => {
    const text = 'Most people believe the cost is too high.\n• Almost half (48 percent) of respondents believe costs rose.';
    for (const format of ['text', 'markdown'] as const) {
      const p = prepareProse(text, format);
      expect(splitParagraphs(p.text, p.blockStarts, format === 'markdown')).toHaveLength(2);
    }
  });
  it('cuts a wall of text into blocks between sentences, and reads each sentence as it would whole', () => {
    const sentence = (i: number) => `The agency said ${1000 + i} homes were flooded in district ${i % 7 ? 'north' : 'south'}, and ${i} roads closed. `;
    const wall = Array.from({ length: 900 }, (_, i) => sentence(i)).join('');
    expect(wall.length).toBeGreaterThan(3 * BLOCK_MAX);
    const prose = prepareProse(wall, 'text');
    const blocks = splitParagraphs(prose.text, prose.blockStarts, false);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) {
      expect(b.end - b.start).toBeLessThanOrEqual(BLOCK_MAX);
      expect(wall.slice(b.start, b.start + 16)).toBe('The agency said ');
      expect(wall[b.end - 1]).toBe('.');
    }
    // Nothing lost between blocks: every figure of every sentence, each attributed to the agency.
    const found = run(wall).figures;
    expect(found).toHaveLength(1800);
    expect(found.every((f) => f.status === 'attributed' && f.source?.text === 'The agency')).toBe(true);
  });
  it('cuts a wall with no sentence end at a space, and one with no space at all anywhere', () => {
    const words = 'word '.repeat(10_000);
    const atSpace = splitParagraphs(words, new Set(), false);
    expect(atSpace.every((b) => b.end - b.start <= BLOCK_MAX && words[b.start] === 'w' && words[b.end - 1] === 'd')).toBe(true);
    const solid = 'x'.repeat(3 * BLOCK_MAX + 5);
    expect(splitParagraphs(solid, new Set(), false).map((b) => b.end - b.start)).toEqual([BLOCK_MAX, BLOCK_MAX, BLOCK_MAX, 5]);
  });
});

describe('the seed article', () => {
  const seed = ` date 2024-12-27 An injured North Korean soldier captured by Ukrainian forces died from injuries, South Korea's spy agency said in a statement on Friday (Dec 27).

North Korea has deployed thousands of troops to help Russian forces in its war with Ukraine.

Around 11,000 North Korean soldiers have been deployed after their leader Kim Jong-un signed a pact.

Moreover, this week, Ukrainian President Zelensky claimed that more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region.

According to Ukrainian and South Korean intelligence services, many of the troops are drawn from the 11th Corps.`;
  const result = run(seed);
  it('flags thousands and Around 11,000', () => {
    const flagged = result.diagnostics.filter((d) => d.rule === 'unattributed-figure').map((d) => seed.slice(d.start, d.end));
    expect(flagged).toEqual(['thousands', 'Around 11,000']);
    expect(result.diagnostics[0].message).toBe('Figure "thousands" has no source');
  });
  it('attributes more than 3,000 to Zelensky, cue claimed', () => {
    const f = result.figures.find((x) => x.text === 'more than 3,000')!;
    expect(f.status).toBe('attributed');
    expect(f.source?.text).toBe('Ukrainian President Zelensky');
    expect(f.source?.kind).toBe('person');
    expect(f.cue?.text).toBe('claimed');
  });
  it('does not take 11th Corps, Dec 27 or 2024-12-27 for figures', () => {
    expect(result.figures.map((f) => f.text)).toEqual(['thousands', 'Around 11,000', 'more than 3,000']);
  });
});

describe('a full stop glued to the next sentence', () => {
  it('still ends the sentence between a lower-case word and a capitalized one', () => {
    const text = 'Turnout was low this time.The poll found 40% backed the mayor.';
    expect(splitSentences(text, 0, builtinLexicon()).map((s) => text.slice(s.start, s.end))).toEqual(['Turnout was low this time.', 'The poll found 40% backed the mayor.']);
  });
  it('leaves web addresses, abbreviations and initials whole', () => {
    for (const text of ['Visit amazon.com.The site is open.', 'He met U.S.Senators there.', 'See e.g.The report.']) {
      expect(splitSentences(text, 0, builtinLexicon())).toHaveLength(1);
    }
  });
});
