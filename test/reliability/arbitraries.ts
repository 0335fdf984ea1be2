// Input generators for the reliability properties: random UTF-16 text, random Markdown, and real
// news sentences from the gold corpus mixed with the noise real drafts pick up (pasted emoji, RTL
// names, combining marks, NULs, lone surrogates, mixed line endings, BOMs, runaway numbers, broken
// quotes). Generators build strings from fragments so fast-check can shrink a failure to the few
// fragments that matter.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

/** Every gold text of test/corpus. */
export const corpusTexts: string[] = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => (JSON.parse(readFileSync(CORPUS_DIR + f, 'utf8')) as { text: string }).text);

/** The gold texts cut into sentences (roughly: after . ! ? and a closing quote, before a space). */
export const corpusSentences: string[] = corpusTexts
  .flatMap((t) => t.split(/\n+/))
  .flatMap((p) => p.split(/(?<=[.!?]["”’']?)\s+(?=["“‘(]?[A-Z0-9])/))
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** Corpus sentences that hold a digit or a cue, so most generated inputs have figures and sources. */
export const figureSentences: string[] = corpusSentences.filter((s) => /\d|\b(said|according|reported|told)\b/.test(s));

// ---------------------------------------------------------------------------------------------
// Noise

export const HUGE_NUMBER = '9'.repeat(10_000);

/** Fragments that are hard on a text engine. Each is a single fragment so shrinking keeps it whole. */
export const NOISE: string[] = [
  '😀',
  '👩‍👩‍👧‍👦',
  '🇺🇸',
  '🏳️‍🌈',
  '1️⃣',
  'قال المتحدث إن 40 شخصا قتلوا',
  'وزارة الصحة',
  'אמר הדובר כי 12 נפצעו',
  '\u202Bמשטרה\u202C',
  '\u200F',
  '\u200E',
  'e\u0301',
  'Z\u0335\u0321\u0322a\u0336\u035Cl\u0334g\u0338o\u0337',
  '5\u0301',
  '\u0000',
  '\uD800',
  '\uDC00',
  '\uDBFF',
  '\uD800\uD800',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\r\n\r\n',
  '\u2028',
  '\u2029',
  '\uFEFF',
  HUGE_NUMBER,
  '$' + HUGE_NUMBER,
  HUGE_NUMBER.slice(0, 3000) + '.' + HUGE_NUMBER.slice(0, 3000) + '%',
  '"',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '"“‘\'"“‘',
  '”’"\'”’',
  '"He said "40 people" died," police said.',
  '“The ‘five’ were “here” and ‘there’,” she said',
  '"""',
  'x'.repeat(3000),
  'Supercalifragilistic' + 'expialidocious'.repeat(200),
  '\t',
  '\t\t',
  '\u00A0',
  '\u202F',
  '\u2009',
  '\u00AD',
  '\u200B',
  '...',
  '…',
  '?!',
  ' - ',
  '–',
  '—',
  '5',
  '40',
  '1,000',
  '3.5',
  '$4.2 million',
  '12%',
  'per cent',
  'said',
  'Police said',
  'according to',
  'he said.',
  ':',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  '&amp;',
  '\\',
];

export const noise: fc.Arbitrary<string> = fc.constantFrom(...NOISE);

// ---------------------------------------------------------------------------------------------
// Random text

/** Any UTF-16 code unit, lone surrogates and NUL included. */
export const codeUnit: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Characters and words that matter to the engine, so random text sometimes says something. */
const LEXICAL = [' ', ' ', ' ', '.', ',', '"', '“', '”', '\n', '\n\n', '5', '12', '1,200', '40%', '$3', 'said', 'Police', 'according to', 'he', 'the', 'million', 'about', 'dozens', 'of', 'Mr.', 'two', 'thousand', 'reported', 'A', 'It', ':', '-'];

export const unicodeText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: codeUnit, weight: 3 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 }, { arbitrary: fc.constantFrom(...LEXICAL), weight: 4 }, { arbitrary: noise, weight: 1 }), { maxLength: 80 })
  .map((parts) => parts.join(''));

// ---------------------------------------------------------------------------------------------
// Corpus sentences with noise

const corpusSentence = fc.constantFrom(...corpusSentences);
const figureSentence = fc.constantFrom(...figureSentences);

const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u00A0', '  '];
const separator = fc.constantFrom(...SEPARATORS);

/** A sentence, maybe with noise spliced into it at a random point. */
const noisySentence: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: figureSentence, weight: 4 },
  { arbitrary: corpusSentence, weight: 2 },
  {
    arbitrary: fc.tuple(figureSentence, noise, fc.nat()).map(([s, n, at]) => {
      const k = at % (s.length + 1);
      return s.slice(0, k) + n + s.slice(k);
    }),
    weight: 3,
  },
  { arbitrary: noise, weight: 2 },
);

export const corpusMix: fc.Arbitrary<string> = fc
  .array(fc.tuple(noisySentence, separator), { minLength: 1, maxLength: 14 })
  .chain((parts) => fc.boolean().map((bom) => (bom ? '\uFEFF' : '') + parts.map(([s, sep]) => s + sep).join('')));

/** Paragraphs of corpus sentences, for the cache-independence property (documents share paragraphs). */
export const paragraph: fc.Arbitrary<string> = fc.array(noisySentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

// ---------------------------------------------------------------------------------------------
// Random Markdown

const inlineText = fc.oneof({ arbitrary: figureSentence, weight: 3 }, { arbitrary: corpusSentence, weight: 1 }, { arbitrary: fc.constantFrom('40 people', '$5 million', 'police said', '12%', 'a dozen', 'x'), weight: 2 }, { arbitrary: noise, weight: 1 });

const inline: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: inlineText, weight: 5 },
  inlineText.map((t) => `*${t}*`),
  inlineText.map((t) => `**${t}**`),
  inlineText.map((t) => `_${t}_`),
  inlineText.map((t) => `***${t}***`),
  inlineText.map((t) => `\`${t}\``),
  inlineText.map((t) => `\`\`${t}\`\``),
  inlineText.map((t) => `[${t}](https://example.com/2024/40?q=5)`),
  inlineText.map((t) => `[${t}][ref]`),
  inlineText.map((t) => `![${t}](chart-40.png)`),
  inlineText.map((t) => `<span data-n="4000">${t}</span>`),
  inlineText.map((t) => `<b>${t}`),
  inlineText.map((t) => `<!-- ${t} -->`),
  fc.constantFrom('<https://example.com/3000>', 'https://example.com/a/45', 'www.example.org/7', '<br/>', '<img src="5.png">', '\\*', '\\`', '&nbsp;', '[', '](', '`', '**', '<!--', '-->', '<', '<!-- attribution-lint-disable-next-line -->', '<!-- attribution-lint-disable unattributed-figure -->', '<!-- attribution-lint-enable -->', '<!-- attribution-lint-disable-line vague-attribution -- reason -->'),
);

const line: fc.Arbitrary<string> = fc.array(inline, { minLength: 1, maxLength: 4 }).map((p) => p.join(' '));

const block: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: line, weight: 5 },
  fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l}`),
  fc.tuple(line, fc.constantFrom('===', '---')).map(([l, u]) => `${l}\n${u}`),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `* [x] ${l}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `> ${l}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `> > - ${l}`).join('\n')),
  fc.tuple(fc.constantFrom('```', '~~~', '````', '```js'), line, fc.boolean()).map(([f, l, closed]) => `${f}\nconst x = 5000; // ${l}\n${closed ? f.replace(/js$/, '') : ''}`),
  line.map((l) => `    indented code 40 ${l}`),
  fc.array(fc.tuple(inlineText, fc.constantFrom('5', '40%', '$3', 'x')), { minLength: 1, maxLength: 3 }).map((rows) => ['| Name | Value |', '|---|:---:|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n')),
  fc.constantFrom('---', '***', '___', '- - -'),
  line.map((l) => `[ref]: https://example.com/${l.length}`),
  line.map((l) => `<div>\n${l}\n</div>`),
  line.map((l) => `<!--\n${l}\n-->`),
  line.map((l) => `<!-- unclosed ${l}`),
);

export const markdown: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, fc.constantFrom('---\ntitle: 2,000 things\ncount: 45\n---\n', '+++\ncount = 45\n+++\n', '---\nunclosed: 40\n', '\uFEFF---\nx: 5\n---\n')),
    fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\n', '\n\n\n')), { minLength: 1, maxLength: 10 }),
  )
  .map(([fm, blocks]) => fm + blocks.map(([b, sep]) => b + sep).join(''));
