// Known agencies, media and organizations (built in or configured) found in tagged tokens.
import type { CompiledLexicon, EntityEntry } from '../../lexicon';
import type { Token } from './tagger';

/** The known entity whose name starts at token k and ends by token `last`, with its length in tokens. */
export function entityAt(tokens: Token[], k: number, lex: CompiledLexicon, last = tokens.length - 1): { entry: EntityEntry; length: number } | null {
  const starts = lex.entityStarts.get(tokens[k].lower.replace(/'s$/, ''));
  if (!starts) return null;
  for (const words of starts) {
    if (k + words.length - 1 > last) continue;
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) {
      const t = tokens[k + w];
      const want = words[w];
      // Acronyms must match in case ('AP', not 'ap'); names match in any case.
      // A one-word name must be capitalized too: 'the Fed', not 'it fed 1,000 children'.
      ok = /^[A-Z.$&]+$/.test(want) ? t.text.replace(/['’]s$/, '') === want : t.lower.replace(/'s$/, '') === want.toLowerCase() && !(words.length === 1 && /^\p{Lu}/u.test(want) && !/^\p{Lu}/u.test(t.text));
    }
    if (ok) return { entry: lex.entities.get(words.join(' '))!, length: words.length };
  }
  return null;
}
