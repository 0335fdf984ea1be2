// GitHub Actions workflow commands, which become annotations on the pull request:
//   ::warning file=story.md,line=12,col=1,endLine=12,endColumn=14,title=unattributed-figure::Figure "Around 11,000" has no source
import type { Formatter, JsonDiagnostic } from '../types';

/** Escaping of a command's message (GitHub's escapeData). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escaping of a command's property values (GitHub's escapeProperty). */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND: Record<JsonDiagnostic['severity'], string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export const github: Formatter = (reports) => {
  let out = '';
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const props = [`file=${escapeProperty(r.path)}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${escapeProperty(d.rule)}`];
      out += `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
    }
  }
  return out;
};
