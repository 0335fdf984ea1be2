// One line per finding, for editors and grep: path:line:col: severity message [rule]
import { severityLabel, type Formatter } from '../types';
import { oneLine } from './stylish';

export const compact: Formatter = (reports) => {
  let out = '';
  for (const r of reports) for (const d of r.diagnostics) out += `${r.path}:${d.line}:${d.column}: ${severityLabel(d.severity)} ${oneLine(d.message)} [${d.rule}]\n`;
  return out;
};
