// JSON.parse keeps the last of two equal keys in one object without a word, so a second "deny" entry
// in the lexicon silently replaces the first. This scans each lexicon file for keys repeated in one object.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Keys that occur twice in the same object, as 'path.key'. */
export function duplicateKeys(json: string): string[] {
  const dups: string[] = [];
  const stack: { keys: Set<string>; array: boolean; path: string }[] = [];
  let lastString: string | null = null;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let j = i + 1;
      while (json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      lastString = JSON.parse(json.slice(i, j + 1));
      i = j;
      continue;
    }
    if (c === ':' && lastString !== null) {
      const top = stack[stack.length - 1];
      if (top.keys.has(lastString)) dups.push(`${top.path}.${lastString}`);
      top.keys.add(lastString);
      continue;
    }
    if (c === '{' || c === '[') {
      const top = stack[stack.length - 1];
      stack.push({ keys: new Set(), array: c === '[', path: top ? `${top.path}.${top.array ? '[]' : lastString}` : '' });
    } else if (c === '}' || c === ']') stack.pop();
    if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') lastString = c === ',' || c === '{' || c === '[' ? null : lastString;
  }
  return dups;
}

describe('lexicon data files', () => {
  const dir = join(__dirname, '../../src/lexicon');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('finds a repeated key where there is one', () => {
    expect(duplicateKeys('{"a": {"x": [1], "y": 2, "x": 3}, "b": {"x": 1}}')).toEqual(['.a.x']);
    expect(duplicateKeys('{"a": "x", "b": "a"}')).toEqual([]);
  });
  it.each(files)('%s has no key twice in one object', (f) => {
    expect(duplicateKeys(readFileSync(join(dir, f), 'utf8'))).toEqual([]);
  });
});
