// Shapes shared by the CLI's parts. The formatters are pure functions of these.
import type { JsonFileReport, JsonDiagnostic } from '../engine/report';

export type { JsonFileReport, JsonDiagnostic, JsonFigure } from '../engine/report';

/** A usage, configuration or read problem: one line on stderr, exit status 2. */
export interface Problem {
  /** The file the problem is about, when there is one. */
  path: string | null;
  message: string;
}

export interface FormatContext {
  /** ANSI colours (stylish, compact and the ledger only). */
  color: boolean;
  /** Terminal width for the ledger table. */
  width: number;
  /** Folder paths are relative to (SARIF artifact URIs). */
  cwd: string;
  /** Problems met on the way (SARIF reports them as tool notifications). */
  problems: Problem[];
  /** The tool version (SARIF driver). */
  version: string;
}

export type Formatter = (reports: JsonFileReport[], ctx: FormatContext) => string;

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function countDiagnostics(reports: readonly JsonFileReport[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const r of reports) for (const d of r.diagnostics) countOne(c, d);
  return c;
}

function countOne(c: Counts, d: JsonDiagnostic): void {
  if (d.severity === 'error') c.errors++;
  else if (d.severity === 'warning') c.warnings++;
  else if (d.severity === 'information') c.infos++;
  else c.hints++;
}

/** The short severity word used in stylish, compact and the ledger. */
export function severityLabel(s: JsonDiagnostic['severity']): string {
  return s === 'information' ? 'info' : s;
}

/** Problem text as printed on stderr: "path: message" or just the message. */
export function problemLine(p: Problem): string {
  return p.path === null ? p.message : `${p.path}: ${p.message}`;
}
