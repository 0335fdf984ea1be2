// Inline silencing, as in ESLint and markdownlint:
//   <!-- attribution-lint-disable-next-line unattributed-figure -->   the next line
//   <!-- attribution-lint-disable-line -->                            the comment's own line
//   <!-- attribution-lint-disable vague-attribution --> ... <!-- attribution-lint-enable -->
// With no rule ids, a directive covers every rule.
import type { Diagnostic } from './types';
import type { Directive } from './text/prose';
import type { LineIndex } from './text/lines';

const covers = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule);

export function applyDirectives(diagnostics: Diagnostic[], directives: Directive[], lines: LineIndex): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  return diagnostics.filter((diag) => {
    const line = lines.position(diag.start).line;
    // Block directives: the last disable/enable before the finding decides.
    let disabled = false;
    for (const d of directives) {
      if (d.start > diag.start) break;
      if (d.kind === 'disable' && covers(d, diag.rule)) disabled = true;
      else if (d.kind === 'enable' && covers(d, diag.rule)) disabled = false;
    }
    if (disabled) return false;
    for (const d of directives) {
      if (!covers(d, diag.rule)) continue;
      const own = lines.position(d.start).line;
      const last = lines.position(Math.max(d.start, d.end - 1)).line;
      if (d.kind === 'disable-line' && line >= own && line <= last) return false;
      if (d.kind === 'disable-next-line' && line === last + 1) return false;
    }
    return true;
  });
}
