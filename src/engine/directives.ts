// Inline silencing, as in ESLint and markdownlint:
//   <!-- attribution-lint-disable-next-line unattributed-figure -->   the next line
//   <!-- attribution-lint-disable-line -->                            the comment's own line
//   <!-- attribution-lint-disable vague-attribution --> ... <!-- attribution-lint-enable -->
// With no rule ids, a directive covers every rule.
import type { Diagnostic } from './types';
import type { Directive } from './text/prose';
import type { LineIndex } from './text/lines';

const covers = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule);

/**
 * Drops the findings the directives silence. One sweep over both lists (findings and directives are
 * in text order), so a draft with thousands of each stays linear.
 */
export function applyDirectives(diagnostics: Diagnostic[], directives: Directive[], lines: LineIndex): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  // Line directives: line number -> the directives that silence it.
  const byLine = new Map<number, Directive[]>();
  const add = (line: number, d: Directive) => {
    if (!byLine.has(line)) byLine.set(line, []);
    byLine.get(line)!.push(d);
  };
  const blocks: Directive[] = [];
  for (const d of directives) {
    if (d.kind === 'disable' || d.kind === 'enable') {
      blocks.push(d);
      continue;
    }
    const own = lines.position(d.start).line;
    const last = lines.position(Math.max(d.start, d.end - 1)).line;
    if (d.kind === 'disable-line') for (let l = own; l <= last; l++) add(l, d);
    else add(last + 1, d);
  }
  // Block state as the sweep moves on: every rule off, or these rules off.
  let allOff = false;
  const off = new Set<string>();
  const on = new Set<string>(); // rules re-enabled by name after a disable-all
  let b = 0;
  return diagnostics.filter((diag) => {
    for (; b < blocks.length && blocks[b].start <= diag.start; b++) {
      const d = blocks[b];
      if (d.kind === 'disable') {
        if (d.rules.length === 0) {
          allOff = true;
          on.clear();
        } else for (const r of d.rules) {
          off.add(r);
          on.delete(r);
        }
      } else if (d.rules.length === 0) {
        allOff = false;
        off.clear();
        on.clear();
      } else for (const r of d.rules) {
        off.delete(r);
        on.add(r);
      }
    }
    if (off.has(diag.rule) || (allOff && !on.has(diag.rule))) return false;
    const line = lines.position(diag.start).line;
    return !(byLine.get(line) ?? []).some((d) => covers(d, diag.rule));
  });
}
