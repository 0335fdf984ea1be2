// The shapes the engine hands to every view (CLI, extension, tests, benchmarks).
// Offsets are UTF-16 code-unit offsets into the original text, as JavaScript strings and VS Code count them.

export type FigureKind = 'count' | 'approximate' | 'money' | 'percent' | 'ratio' | 'change' | 'measure';
export type Status = 'attributed' | 'vague' | 'unattributed';
export type SourceKind = 'person' | 'agency' | 'organization' | 'media' | 'document' | 'anonymous';
export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** How a cue takes its content: why a figure is covered, for hover cards and the ledger. */
export type CueType =
  | 'verb' // X said (that) ...
  | 'trailing' // ..., X said.
  | 'parenthetical' // ..., X said, ...
  | 'according' // according to X
  | 'statement' // in a statement/report by X
  | 'noun' // X's report shows ...
  | 'toll' // X put the toll at ...
  | 'quote' // inside "..." spoken by X
  | 'colon' // X said: "..."
  | 'hedge' // is believed to, reportedly, an estimated
  | 'passive-agent' // was recorded ... by X
  | 'credit'; // Source: X (a line after a table or list)

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Source extends Span {
  kind: SourceKind;
  /** The named source a pronoun or common noun stands for, found earlier in the document. */
  resolved: string | null;
}

export interface Cue extends Span {
  type: CueType;
}

/** Why a figure got its status, in words a writer can act on. */
export type Reason =
  | 'in-content' // inside the reported content of a cue
  | 'in-quote' // inside a quotation with a named speaker
  | 'hedged' // an agentless hedge covers it
  | 'no-cue' // no cue in the sentence
  | 'out-of-scope'; // a cue in the sentence, but the figure lies outside its content

export interface Figure extends Span {
  kind: FigureKind;
  /** A one-to-nine word, "a single", "a couple", "twice": the guide lets the linter treat these lightly. */
  minor: boolean;
  status: Status;
  source: Source | null;
  cue: Cue | null;
  reason: Reason;
  /** The sentence holding the figure (offsets into the text). */
  sentence: { start: number; end: number };
}

export interface Diagnostic {
  rule: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  start: number;
  end: number;
  /** Index into AnalysisResult.figures of the figure the finding is about. */
  figure: number;
}

/** A source named in the draft, with the figures it asserts (for hover cards, the Sources view and the ledger). */
export interface SourceSummary {
  name: string;
  kind: SourceKind;
  /** Indexes into AnalysisResult.figures. */
  figures: number[];
  /** Every place the source is named as a source. */
  mentions: Span[];
}

export interface AnalysisResult {
  figures: Figure[];
  diagnostics: Diagnostic[];
  sources: SourceSummary[];
  /**
   * Named sources seen in the draft that could be cited, whether or not they assert a figure: the
   * sources of attributed figures first, then known agencies and media and names before a reporting
   * verb or after 'according to', in order of appearance.
   */
  candidates: string[];
}

export type DocumentFormat = 'markdown' | 'text';
