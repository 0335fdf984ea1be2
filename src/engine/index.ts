// The engine's public face: pure analysis, no 'vscode', no file system. The CLI, the extension, the
// tests and the benchmarks all call this.
export { Engine, analyze, type EngineOptions, type AnalyzeOptions } from './analyze';
export { jsonFileReport, type JsonFileReport, type JsonFigure, type JsonDiagnostic } from './report';
export { LineIndex } from './text/lines';
export { formatFor } from './format';
export { summarizeSources } from './sources';
export type * from './types';
