// Hygiene of the source tree: no stray control characters (an invisible backspace once turned a
// regex's \b into a literal and silently disabled a rule), and the engine imports neither the CLI
// nor the extension.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(ts|json|mjs|js|md)$/.test(name)) out.push(p);
  }
  return out;
}

describe('source tree', () => {
  const sources = [...files(join(root, 'src')), ...files(join(root, 'test', 'engine'))];
  it('has no control characters in source files', () => {
    const bad = sources.filter((f) => /[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
  it('keeps the engine free of vscode, the CLI and the extension', () => {
    const engine = files(join(root, 'src', 'engine'));
    const offending = engine.filter((f) => /from ['"](vscode|node:|fs|path|\.\.\/cli|\.\.\/extension|\.\.\/\.\.\/cli|\.\.\/\.\.\/extension)/.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });
});
