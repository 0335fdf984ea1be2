// Minimized inputs for the non-timing engine bugs this suite found (all fixed), each asserting the
// correct behaviour so they stay fixed.
import { describe, expect, it } from 'vitest';
import { Engine, type AnalysisResult, type DocumentFormat } from '../../src/engine';
import { corpusTexts } from './arbitraries';
import { checkInvariants, normalized } from './invariants';

const engine = new Engine({ cacheSize: 0 });
const run = (text: string, format: DocumentFormat = 'text'): AnalysisResult => {
  const r = engine.analyze(text, { format });
  checkInvariants(text, r);
  return r;
};
const summary = (r: AnalysisResult) => r.figures.map((f) => ({ text: f.text, status: f.status, source: f.source?.text ?? null }));
/** No figure's sentence, cue or source reaches across a blank line (a paragraph break). */
const BLANK_LINE = /(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)/;
function expectNoSpanAcrossParagraphs(text: string, r: AnalysisResult): void {
  for (const f of r.figures) {
    expect(text.slice(f.sentence.start, f.sentence.end), `sentence of ${f.text}`).not.toMatch(BLANK_LINE);
    if (f.source && f.source.start > f.start - 500) expect(f.source.text).not.toMatch(BLANK_LINE);
    if (f.cue) expect(f.cue.text).not.toMatch(BLANK_LINE);
  }
}

describe('line endings', () => {
  it('a blank line ends a paragraph, with \\n and with \\r\\n', () => {
    for (const text of ['Police said\n\n40 people died.', 'Police said\r\n\r\n40 people died.']) {
      const r = run(text);
      expect(summary(r)).toEqual([{ text: '40', status: 'unattributed', source: null }]);
      expectNoSpanAcrossParagraphs(text, r);
    }
  });

  // Regression (found by this suite, now fixed): a lone CR (classic Mac line ending; also what some editors and pasted text leave) is not
  // a line break anywhere in the engine: src/engine/text/paragraphs.ts splitParagraphs and
  // src/engine/text/prose.ts splitLines split on '\n' only, and src/engine/text/lines.ts LineIndex counts
  // '\n' only (so line numbers and disable-line directives are off too). A document with CR line endings
  // is read as one line: 'Police said' then a blank line then '40 people died.' becomes one sentence,
  // and the figure is attributed to a source in another paragraph.
  it('a lone CR is a line break: "Police said\\r\\r40 people died." has an unattributed figure', () => {
    const text = 'Police said\r\r40 people died.';
    const r = run(text);
    expectNoSpanAcrossParagraphs(text, r);
    expect(summary(r)).toEqual([{ text: '40', status: 'unattributed', source: null }]);
  });

  // Regression (found by this suite, now fixed) (found by the CRLF property in properties.test.ts, seed 1): src/engine/text/paragraphs.ts
  // turns a soft line break into spaces one for one, so '\r\n' becomes two spaces, and the run-in heading
  // pattern of src/engine/text/sentences.ts runInHeadings (`(?<=[\p{Ll}\d]) (\p{Lu}\p{Ll}+)`) wants
  // exactly one space. With LF, 'He' starts a sentence; with CRLF the line above is glued on and the
  // source becomes 'Bad news\r\nHe'.
  it('Markdown with CRLF splits a run-in line like LF does ("Bad news\\r\\nHe said 15 people died.")', () => {
    const lf = 'Bad news\nHe said 15 people died.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = run(lf, 'markdown');
    expect(a.figures[0].source?.text).toBe('He');
    const b = run(crlf, 'markdown');
    expect(b.figures[0].source?.text).toBe('He');
    expect(crlf.slice(b.figures[0].sentence.start, b.figures[0].sentence.end)).toBe('He said 15 people died.');
  });

  it('a draft with CR line endings gives the findings of the same draft with LF (corpus text ca01)', () => {
    const lf = corpusTexts[0];
    const cr = lf.replace(/\n/g, '\r');
    const norm = (s: string) => s.replace(/\r/g, '\n');
    for (const format of ['text', 'markdown'] as const) expect(normalized(run(cr, format), (n) => n, norm)).toStrictEqual(normalized(run(lf, format), (n) => n));
  });
});

describe('Markdown never loses a paragraph to markup in another one', () => {
  // Regression (found by this suite, now fixed) (src/engine/text/prose.ts, the inline masks of maskMarkdown/maskInline): a code span is
  // matched across blank lines, so a stray backtick (a typo for an apostrophe) blanks every paragraph up
  // to the next backtick, and their figures disappear. CommonMark ends an inline construct at the end of
  // its paragraph. The same holds for an unclosed HTML tag ('<b' ... '>').
  it('a stray backtick does not hide the next paragraph', () => {
    const r = run('The company`s plan.\n\nIt cut 500 jobs.\n\nSee `x`.', 'markdown');
    expect(summary(r)).toEqual([{ text: '500', status: 'unattributed', source: null }]);
  });

  it('an unclosed HTML tag does not hide the next paragraph', () => {
    const r = run('Text <b and\n\nIt cut 500 jobs.\n\nfoo> bar', 'markdown');
    expect(summary(r)).toEqual([{ text: '500', status: 'unattributed', source: null }]);
  });

  // Regression (found by this suite, now fixed) (found by the 'what is not prose' property; src/engine/text/prose.ts, the code-span
  // mask /(`+)[^`]*?\1/): the opening run is not required to be a whole run, so in ``a 987654321 ` b``
  // (a code span holding a backtick, the reason double backticks exist) the first two backticks match
  // each other as an empty span and the code inside is read as prose.
  it('a double-backtick code span holding a backtick is code: ``a 987654321 ` b``', () => {
    expect(summary(run('Run ``a 987654321 ` b`` now.', 'markdown'))).toEqual([]);
  });

  it('unclosed links, images and emphasis do not hide the next paragraph', () => {
    for (const text of ['Text [link and\n\nIt cut 500 jobs.\n\nfoo](x) bar', 'Text ![img and\n\nIt cut 500 jobs.\n\nfoo](x) bar', 'A *b and\n\nIt cut 500 jobs.\n\nfoo* bar']) {
      expect(summary(run(text, 'markdown'))).toEqual([{ text: '500', status: 'unattributed', source: null }]);
    }
  });

  // Regression (found by this suite, now fixed) (src/engine/text/prose.ts maskMarkdownLine marks the heading line as a block start, but
  // src/engine/text/paragraphs.ts splitParagraphs only breaks BEFORE a block start, so the line after an
  // ATX heading is soft-wrapped into the heading): '# Police said' followed on the next line by
  // '40 people died.' reads as the sentence 'Police said 40 people died.' and the heading attributes it.
  it('an ATX heading is a paragraph of its own even with no blank line after it', () => {
    const text = '# Police said\n40 people died.';
    const r = run(text, 'markdown');
    expect(summary(r)).toEqual([{ text: '40', status: 'unattributed', source: null }]);
    expect(r.figures[0].sentence.start).toBe(text.indexOf('40'));
  });
});

describe('names handed to views are clean', () => {
  it('a full name with no markup resolves', () => {
    expect(run('Mr. John Smith arrived.\n\nSmith said 40 people died.', 'markdown').figures[0].source?.resolved).toBe('John Smith');
  });

  // Regression (found by this suite, now fixed) (src/engine/attribution/resolve.ts MentionMemo.namesEndingWith): name runs are found in
  // the masked prose, but the name is then sliced from the original document, so whatever markup sat
  // between the words comes along: the resolved source (shown in hover cards, the Sources view and the
  // ledger) reads 'John](https://example.com/a) Smith' or 'John** Smith', and a name broken over two
  // lines keeps its line break ('John\nSmith', 'John\r\nSmith'). With a link target masked to spaces in
  // between, two link texts even join into one name ('Mr.' + 36 spaces + 'Concern', found with CRLF by
  // the metamorphic property).
  it('a resolved name holds no Markdown markup and no line break', () => {
    for (const text of ['Mr. [John](https://example.com/a) Smith arrived.\n\nSmith said 40 people died.', 'Mr. **John** Smith arrived.\n\nSmith said 40 people died.', 'Mr. John\r\nSmith arrived.\r\n\r\nSmith said 40 people died.']) {
      expect(run(text, 'markdown').figures[0].source?.resolved, JSON.stringify(text)).toBe('John Smith');
    }
  });
});

describe('spaces', () => {
  it('no-break spaces read like spaces for figures and cues', () => {
    const a = run('It cut 500 jobs, the company said.');
    const b = run('It cut 500 jobs,\u00A0the\u00A0company\u00A0said.');
    expect(normalized(b, (n) => n, (s) => s.replace(/\u00A0/g, ' '))).toStrictEqual(normalized(a, (n) => n));
  });

  // Regression (found by this suite, now fixed) (src/engine/attribution/resolve.ts nounAntecedent: the name pattern joins words with
  // [ \t]+ only): in text pasted from the web, where names are often joined by no-break spaces, 'the
  // jury' no longer resolves to 'The Fulton County Grand Jury'.
  it('a name written with no-break spaces is still found for "the jury"', () => {
    const spaced = 'The Fulton County Grand Jury met on Friday. The jury said 40 people had testified.';
    const nbsp = spaced.replace(/ /g, '\u00A0');
    expect(run(spaced).figures[0].source?.resolved).toBe('The Fulton County Grand Jury');
    expect(run(nbsp).figures[0].source?.resolved?.replace(/\u00A0/g, ' ')).toBe('The Fulton County Grand Jury');
  });
});
