import MarkdownIt from 'markdown-it';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine';
import { figureAt, renderHoverCard } from '../../src/extension/card';
import { escapeMarkdown, escapeHtml, oneLine } from '../../src/extension/escape';
import { renderReportHtml } from '../../src/extension/report';

const seed = readFileSync(new URL('../../sample/seed-article.md', import.meta.url), 'utf8');
const engine = new Engine();
// The strictest reading: HTML allowed and bare URLs linkified. Escaped text must stay inert even so.
const md = new MarkdownIt({ html: true, linkify: true });

function inert(html: string): void {
  expect(html).not.toMatch(/<a[\s>]/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|svg|style|b|div|span|object|embed|form|input)[\s>]/i);
  // No attribute at all: every tag left is a bare <p>, <strong>, <em>… of our own.
  expect(html).not.toMatch(/<[a-z]+\s[^>]*>/i);
}

describe('hover card', () => {
  const result = engine.analyze(seed, { format: 'markdown' });
  const at = (s: string) => figureAt(result, seed.indexOf(s) + 1);

  it('shows an attributed figure with its source, kind, cue and status', () => {
    const i = at('more than 3,000');
    expect(i).toBeGreaterThanOrEqual(0);
    const card = renderHoverCard(result, i, { text: seed });
    const html = md.render(card);
    expect(html).toContain('more than 3,000');
    expect(html).toContain('Zelensky');
    expect(html).toContain('claimed');
    expect(html).toContain('Attributed');
    expect(html).toContain('person');
    expect(html).toContain('count');
    expect(html).toContain('Other figures from this source');
  });

  it('explains an unattributed figure and lists the sources that could be cited', () => {
    const i = at('Around 11,000');
    const card = renderHoverCard(result, i, { text: seed });
    const text = md.render(card);
    expect(text).toContain('Unattributed');
    expect(text).toContain('no attribution cue');
    expect(text).toContain('Sources already named in this draft');
    for (const c of result.candidates) expect(text).toContain(c.replace(/'/g, '&#x27;').split(' ')[0]);
  });

  it('says when the cue does not reach the figure', () => {
    const text = '4,000 people were stranded, and the ministry said the bridge was closed.';
    const r = engine.analyze(text);
    const i = figureAt(r, text.indexOf('4,000'));
    expect(r.figures[i].reason).toBe('out-of-scope');
    const card = md.render(renderHoverCard(r, i));
    expect(card).toContain('Unattributed');
    expect(card).toMatch(/the cue(&#x27;|’|')s scope does not reach the figure/);
  });

  it('lists the other figures asserted by the same source, with their lines', () => {
    const text = 'The ministry said 3,000 soldiers were deployed and 200 tanks were lost.\n\nThe ministry said 40 ships sank.';
    const r = engine.analyze(text);
    const i = figureAt(r, text.indexOf('3,000'));
    const card = md.render(renderHoverCard(r, i, { text }));
    expect(card).toContain('Other figures from this source:</strong> “200” (line 1), “40” (line 3)');
  });

  it('finds figures by offset, including the offset right after a figure', () => {
    const f = result.figures[0];
    expect(figureAt(result, f.start)).toBe(0);
    expect(figureAt(result, f.end)).toBe(0);
    expect(figureAt(result, 0)).toBe(-1);
  });
});

describe('escaping draft text', () => {
  const hostile = [
    '[click me](command:workbench.action.terminal.new) 1,000',
    '[x](https://evil.example/steal) ![img](https://evil.example/p.png)',
    '<script>alert(1)</script> <img src=x onerror=alert(1)> <b>bold</b>',
    'https://evil.example/x www.evil.example mail@evil.example',
    '<https://evil.example> [ref]: https://evil.example',
    '$(zap) **bold** _em_ `code` # heading | table | ~~strike~~',
    '&lt;script&gt; &#60;b&#62; \u202eevil\u202c \u0000 NUL',
  ];
  for (const h of hostile) {
    it(`renders inert: ${JSON.stringify(h).slice(0, 50)}`, () => {
      const escaped = escapeMarkdown(h, 1000);
      const html = md.render(escaped);
      inert(html);
      expect(html).not.toMatch(/<(strong|em|code|h1|table|del)>/);
      // Every word of the input is still there, as text.
      const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
      const plain = html.replace(/<\/?p>/g, '').replace(/&amp;|&lt;|&gt;|&quot;|&#x27;/g, (e: string) => entities[e]).trim();
      expect(plain).toBe(oneLine(h, 1000));
    });
  }

  it('keeps a hostile draft inert in the hover card and the report', () => {
    const draft = [
      '# Test',
      '',
      'The [ministry](command:workbench.action.terminal.new?%5B%5D) said <script>alert(1)</script> that 3,000 people were hurt by <img src=x onerror=alert(1)>.',
      '',
      'Officials at https://evil.example/x said [4,000](javascript:alert(1)) were **missing**.',
      '',
      '"<b>5,000</b> died," said [Dr. Evil](https://evil.example).',
      '',
      'Around 11,000 <a href="command:evil">soldiers</a> were deployed.',
    ].join('\n');
    for (const format of ['markdown', 'text'] as const) {
      const r = new Engine().analyze(draft, { format });
      expect(r.figures.length).toBeGreaterThan(0);
      r.figures.forEach((_, i) => {
        const html = md.render(renderHoverCard(r, i, { text: draft }));
        inert(html);
        expect(html).not.toContain('command:evil');
      });
      const page = renderReportHtml(r, draft, { title: '<script>x</script>.md', cspSource: 'vscode-resource:', nonce: 'abc123' });
      // The only script is ours, with the nonce; no draft tag survives.
      expect(page.match(/<script/g)).toHaveLength(1);
      expect(page).toContain('<script nonce="abc123">');
      expect(page).not.toMatch(/<img|<a |<b>|onerror=alert/);
      expect(page).toContain("default-src 'none'");
    }
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#96;');
  });

  it('shortens long text without splitting a surrogate pair', () => {
    const s = 'a'.repeat(8) + '😀' + 'b'.repeat(20);
    const t = oneLine(s, 10);
    expect(t.length).toBeLessThanOrEqual(10);
    expect(t).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
