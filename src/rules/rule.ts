// What every rule module exports, in the spirit of ESLint's rule `meta` and markdownlint's lib/mdNNN:
// an id, a description, a default severity and a docs page, plus the check itself.
import type { Figure, Severity } from '../engine/types';

export const DOCS_BASE = 'https://github.com/attribution-lint/attribution-lint/blob/main/docs/rules/';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** The rule's documentation page. */
  docs: string;
}

export interface Rule {
  meta: RuleMeta;
  /** The message for a figure this rule reports, or null when it has nothing to say. */
  check(figure: Figure): string | null;
}

/** A figure's text for a message, shortened so a long range stays readable on one line. */
export function quoted(figure: Figure): string {
  const t = figure.text.replace(/\s+/g, ' ');
  return `"${t.length > 40 ? t.slice(0, 37) + '…' : t}"`;
}
