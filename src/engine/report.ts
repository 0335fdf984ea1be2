// The JSON report of one file, exactly as ../shared/corpus/README.md defines it (version 1): CI,
// scripts and the scorer read it. Fields may be added; none may be dropped or renamed.
import type { AnalysisResult, FigureKind, Severity, SourceKind, Status } from './types';
import { LineIndex } from './text/lines';

export interface JsonFigure {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  kind: FigureKind;
  status: Status;
  source: { text: string; start: number; end: number; kind: SourceKind; resolved: string | null } | null;
  cue: { text: string; start: number; end: number; type: string } | null;
  minor: boolean;
  reason: string;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFileReport {
  path: string;
  figures: JsonFigure[];
  diagnostics: JsonDiagnostic[];
}

export function jsonFileReport(path: string, text: string, result: AnalysisResult, lines = new LineIndex(text)): JsonFileReport {
  return {
    path,
    figures: result.figures.map((f) => {
      const { line, column } = lines.position(f.start);
      return {
        text: f.text,
        start: f.start,
        end: f.end,
        line,
        column,
        kind: f.kind,
        status: f.status,
        source: f.source ? { text: f.source.text, start: f.source.start, end: f.source.end, kind: f.source.kind, resolved: f.source.resolved } : null,
        cue: f.cue ? { text: f.cue.text, start: f.cue.start, end: f.cue.end, type: f.cue.type } : null,
        minor: f.minor,
        reason: f.reason,
      };
    }),
    diagnostics: result.diagnostics.map((d) => {
      const a = lines.position(d.start);
      const b = lines.position(d.end);
      return { rule: d.rule, severity: d.severity, message: d.message, start: d.start, end: d.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }),
  };
}
