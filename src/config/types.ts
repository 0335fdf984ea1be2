// The configuration a user writes in .attributionlintrc.json (and, in VS Code, in settings). Pure data:
// nothing in it is ever executed, so it is safe in untrusted workspaces.
import type { EntityEntry } from '../lexicon';
import type { Severity } from '../engine/types';

export interface AttributionLintConfig {
  /** Rule id -> severity. */
  rules?: Record<string, Severity>;
  /** Extra reporting verbs (lemmas: 'opine'); every inflection is recognized. */
  cues?: string[];
  /** Extra agentless hedges: one word ('reputedly') or a phrase ('it is rumoured'). */
  hedges?: string[];
  /** Extra agencies, organizations or media: a name, or { name, aliases, kind }. */
  agencies?: (string | EntityEntry)[];
  /** Extra nouns for unnamed sources ('insiders'). */
  anonymousSources?: string[];
  /** File extensions the CLI lints in folders, with the dot ('.md'). */
  extensions?: string[];
  /** Glob patterns of files to skip. */
  ignore?: string[];
}
