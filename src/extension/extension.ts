// The VS Code extension: a thin view over the engine. Diagnostics while typing, hover cards, quick
// fixes, commands, the Sources view, a status item and the report. Runs on desktop (dist/extension.js,
// with a worker thread for large documents) and on the web (dist/web/extension.js, no Node built-ins).
// Nothing from the workspace is executed: the configuration is data only, so untrusted workspaces are
// supported.
import * as vscode from 'vscode';
import { CONFIG_FILE, type AttributionLintConfig } from '../config';
import { LineIndex, type AnalysisResult, type Figure } from '../engine';
import { ruleMeta } from '../rules';
import { Analyzer } from './analyzer';
import { figureAt, renderHoverCard } from './card';
import { addAttributionEdit, ignoreFigureEdit, type OffsetEdit } from './edits';
import { renderReportHtml } from './report';
import { effectiveConfig, formatForLanguage, parseConfigFile, readSettings, SECTION, type ExtensionSettings } from './settings';
import { SourcesProvider } from './sources-view';
import { summarize, type CheckSummary } from './summary';
import { createWorkerAnalyzer } from './worker-client';

export const DIAGNOSTIC_SOURCE = 'attribution-lint';
const NAME = 'Attribution Lint';
/** Schemes that are never drafts (output panes, diffs against git, settings). */
const SKIP_SCHEMES = new Set(['output', 'git', 'vscode-scm', 'debug', 'vscode-settings', 'comment', 'walkThroughSnippet']);
const EXTENSIONS_BY_LANGUAGE: Record<string, string[]> = { markdown: ['md', 'markdown'], plaintext: ['txt'], 'news-draft': ['news', 'draft'] };

interface DocState {
  version: number;
  result?: AnalysisResult;
  lines?: LineIndex;
  skipped?: { size: number; limit: number };
}

export interface CheckResult extends CheckSummary {
  uri: string;
  skipped?: boolean;
}

export interface WorkspaceCheckResult {
  files: number;
  checked: number;
  skipped: number;
  figures: number;
  unattributed: number;
  vague: number;
  problems: number;
  cancelled: boolean;
  message: string;
}

/** What activate() returns: used by the extension-host tests. */
export interface AttributionLintApi {
  analyzer: Analyzer;
  /** The analysis of a document's current version (runs it if needed). */
  analysisOf(uri: vscode.Uri): Promise<AnalysisResult | undefined>;
  /** Errors written to the output channel so far. */
  errorCount(): number;
}

const toSeverity = (s: string) =>
  s === 'error' ? vscode.DiagnosticSeverity.Error : s === 'information' ? vscode.DiagnosticSeverity.Information : s === 'hint' ? vscode.DiagnosticSeverity.Hint : vscode.DiagnosticSeverity.Warning;

function toRange(lines: LineIndex, start: number, end: number): vscode.Range {
  const a = lines.position(start);
  const b = lines.position(end);
  return new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1);
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

class Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  readonly output = vscode.window.createOutputChannel(NAME, { log: true });
  readonly analyzer: Analyzer;
  readonly sources = new SourcesProvider();
  readonly status: vscode.LanguageStatusItem;
  private readonly states = new Map<string, DocState>();
  private readonly inflight = new Map<string, { version: number; generation: number; promise: Promise<DocState | undefined> }>();
  /** Bumped when the configuration changes: analyses started before it are not reused. */
  private generation = 0;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly folderConfigs = new Map<string, Promise<AttributionLintConfig>>();
  private readonly logged = new Set<string>();
  private readonly reports = new Map<string, vscode.WebviewPanel>();
  private readonly fromWorkspaceCheck = new Set<string>();
  private providers: vscode.Disposable[] = [];
  private errors = 0;
  private lastDraft: vscode.TextDocument | undefined;
  private disposables: vscode.Disposable[] = [];

  constructor(context: vscode.ExtensionContext) {
    const workerFile = vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysis-worker.js');
    this.analyzer = new Analyzer({ background: () => (workerFile.scheme === 'file' ? createWorkerAnalyzer(workerFile.fsPath) : undefined) });
    this.status = vscode.languages.createLanguageStatusItem('attributionLint.status', this.selector());
    this.status.name = NAME;
    this.status.text = '$(check) Attributions';
    this.status.command = { command: 'attributionLint.check', title: 'Check attributions' };
  }

  settings(scope?: vscode.Uri): ExtensionSettings {
    const cfg = vscode.workspace.getConfiguration(SECTION, scope);
    return readSettings((key) => cfg.get(key));
  }

  selector(): vscode.DocumentFilter[] {
    return this.settings().languages.map((language) => ({ language }));
  }

  // ---- logging: every distinct problem once -------------------------------------------------------
  logOnce(key: string, message: string, level: 'error' | 'warn' | 'info' = 'error'): boolean {
    if (this.logged.has(key)) return false;
    this.logged.add(key);
    if (level === 'error') {
      this.errors++;
      this.output.error(message);
    } else if (level === 'warn') this.output.warn(message);
    else this.output.info(message);
    return true;
  }

  errorCount(): number {
    return this.errors;
  }

  // ---- configuration --------------------------------------------------------------------------------
  private folderConfig(folder: vscode.WorkspaceFolder | undefined): Promise<AttributionLintConfig> {
    if (!folder) return Promise.resolve({});
    const key = folder.uri.toString();
    let p = this.folderConfigs.get(key);
    if (!p) {
      p = this.readFolderConfig(folder);
      this.folderConfigs.set(key, p);
    }
    return p;
  }

  private async readFolderConfig(folder: vscode.WorkspaceFolder): Promise<AttributionLintConfig> {
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return {};
      if (e instanceof vscode.FileSystemError && e.code === 'FileIsADirectory') return {};
      this.configProblems(uri, [`${uri.toString(true)}: cannot be read (${(e as Error).message})`]);
      return {};
    }
    const { config, errors } = parseConfigFile(new TextDecoder().decode(bytes), uri.scheme === 'file' ? uri.fsPath : uri.toString(true));
    this.configProblems(uri, errors);
    return config;
  }

  private configProblems(uri: vscode.Uri, errors: string[]): void {
    const fresh = errors.filter((e) => this.logOnce(`config:${e}`, e));
    if (fresh.length > 0) {
      void vscode.window
        .showWarningMessage(`${NAME}: ${CONFIG_FILE} has ${fresh.length} problem${fresh.length === 1 ? '' : 's'}; it is applied without the bad entries.`, 'Show Output')
        .then((choice) => choice && this.output.show(true));
    }
  }

  async configFor(uri: vscode.Uri): Promise<AttributionLintConfig> {
    const settings = this.settings(uri);
    for (const e of settings.errors) this.logOnce(`settings:${e}`, `settings: ${e}`);
    const file = await this.folderConfig(vscode.workspace.getWorkspaceFolder(uri));
    return effectiveConfig(file, settings.config);
  }

  configFileChanged(): void {
    this.folderConfigs.clear();
    this.relintAll();
  }

  private async ignored(doc: vscode.TextDocument): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) return false;
    const config = await this.folderConfig(folder);
    return (config.ignore ?? []).some((glob) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, doc) > 0);
  }

  // ---- linting --------------------------------------------------------------------------------------
  isLintable(doc: vscode.TextDocument): boolean {
    if (SKIP_SCHEMES.has(doc.uri.scheme)) return false;
    const s = this.settings(doc.uri);
    return s.enable && s.languages.includes(doc.languageId);
  }

  schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = this.settings(doc.uri).debounceMs;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lint(doc);
      }, delay),
    );
  }

  relintAll(): void {
    this.generation++;
    this.states.clear(); // the configuration changed: every cached analysis is out of date
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isLintable(doc)) void this.lint(doc);
      else this.forget(doc.uri);
    }
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.states.delete(key);
    if (!this.fromWorkspaceCheck.has(key)) this.collection.delete(uri);
    this.refreshViews();
  }

  /** Analyses a document's current version once (concurrent callers share the run). Never throws. */
  lint(doc: vscode.TextDocument, force = false): Promise<DocState | undefined> {
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (state && state.version === doc.version) return Promise.resolve(state);
    const running = this.inflight.get(key);
    if (running && running.version === doc.version && running.generation === this.generation) return running.promise;
    const generation = this.generation;
    const promise = this.run(doc, force, generation).finally(() => {
      if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
    });
    this.inflight.set(key, { version: doc.version, generation, promise });
    return promise;
  }

  private async run(doc: vscode.TextDocument, force: boolean, generation: number): Promise<DocState | undefined> {
    const key = doc.uri.toString();
    try {
      if (!force && (!this.isLintable(doc) || (await this.ignored(doc)))) {
        this.forget(doc.uri);
        return undefined;
      }
      const version = doc.version;
      const text = doc.getText();
      const config = await this.configFor(doc.uri);
      const outcome = await this.analyzer.analyze(key, text, formatForLanguage(doc.languageId), config, this.settings(doc.uri).maxFileSize);
      // Replaced in the worker's queue by a newer request: that one's result is the answer.
      if (outcome.kind === 'superseded') return doc.isClosed || (doc.version === version && generation === this.generation) ? undefined : this.lint(doc, force);
      if (outcome.kind === 'error') {
        // Keep the previous diagnostics; say it once per document and message.
        this.logOnce(`analysis:${key}:${outcome.error.message}`, `Analysis of ${doc.uri.toString(true)} failed; its previous diagnostics are kept. ${outcome.error.stack ?? outcome.error.message}`);
        return undefined;
      }
      if (doc.isClosed) return undefined;
      if (doc.version !== version || generation !== this.generation) return this.lint(doc, force); // edited or reconfigured meanwhile: the newer state wins
      let state: DocState;
      if (outcome.kind === 'skipped') {
        state = { version, skipped: { size: outcome.size, limit: outcome.limit } };
        this.collection.delete(doc.uri);
        this.logOnce(
          `skip:${key}:${outcome.size}`,
          `${doc.uri.toString(true)} has ${outcome.size} characters, more than ${SECTION}.maxFileSize (${outcome.limit}): not analysed.`,
          'warn',
        );
      } else {
        const lines = new LineIndex(text);
        state = { version, result: outcome.result, lines };
        this.collection.set(doc.uri, this.diagnostics(doc.uri, outcome.result, lines));
        this.fromWorkspaceCheck.delete(key);
        if (outcome.where === 'worker') this.output.info(`${doc.uri.toString(true)}: ${text.length} characters analysed in the background in ${outcome.ms} ms`);
      }
      this.states.set(key, state);
      this.refreshViews(doc);
      return state;
    } catch (e) {
      this.logOnce(`handler:${key}:${(e as Error).message}`, `${NAME} failed on ${doc.uri.toString(true)}: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }

  diagnostics(uri: vscode.Uri, result: AnalysisResult, lines: LineIndex): vscode.Diagnostic[] {
    return result.diagnostics.map((d) => {
      const diag = new vscode.Diagnostic(toRange(lines, d.start, d.end), d.message, toSeverity(d.severity));
      diag.source = DIAGNOSTIC_SOURCE;
      const docs = ruleMeta(d.rule)?.docs;
      diag.code = docs ? { value: d.rule, target: vscode.Uri.parse(docs) } : d.rule;
      const f = result.figures[d.figure];
      const related: vscode.DiagnosticRelatedInformation[] = [];
      if (f?.cue) related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(lines, f.cue.start, f.cue.end)), `Cue: "${f.cue.text}"`));
      if (f?.source) {
        const resolved = f.source.resolved ? ` (${f.source.resolved})` : '';
        related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(lines, f.source.start, f.source.end)), `Source: "${f.source.text}"${resolved}`));
      }
      if (related.length > 0) diag.relatedInformation = related;
      return diag;
    });
  }

  /** The analysis of the document's current version, or undefined (not a draft, skipped, failed). */
  async analysisOf(doc: vscode.TextDocument, force = false): Promise<DocState | undefined> {
    return this.lint(doc, force);
  }

  // ---- views ----------------------------------------------------------------------------------------
  /** The draft the Sources view and status item show: the active editor's, or the last one while a webview or panel has focus. */
  private viewDocument(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active) {
      this.lastDraft = this.isLintable(active) ? active : undefined;
      return active;
    }
    return this.lastDraft && !this.lastDraft.isClosed ? this.lastDraft : undefined;
  }

  refreshViews(doc?: vscode.TextDocument): void {
    const active = this.viewDocument();
    if (doc && active && doc !== active && !this.reports.has(doc.uri.toString())) return;
    const current = active ? this.states.get(active.uri.toString()) : undefined;
    if (active && current?.result && current.lines) this.sources.set({ uri: active.uri, result: current.result, lines: current.lines });
    else this.sources.set(undefined);
    if (current?.skipped) {
      this.status.text = '$(circle-slash) Attributions: not analysed';
      this.status.detail = `${current.skipped.size} characters, over ${SECTION}.maxFileSize (${current.skipped.limit})`;
      this.status.severity = vscode.LanguageStatusSeverity.Information;
    } else if (current?.result) {
      const s = summarize(current.result);
      this.status.text = s.unattributed > 0 ? `$(warning) ${s.unattributed} unattributed` : '$(check) 0 unattributed';
      this.status.detail = s.message;
      this.status.severity = s.unattributed > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    } else {
      this.status.text = '$(check) Attributions';
      this.status.detail = 'Not analysed yet';
      this.status.severity = vscode.LanguageStatusSeverity.Information;
    }
    if (doc) {
      const panel = this.reports.get(doc.uri.toString());
      const st = this.states.get(doc.uri.toString());
      if (panel && st?.result) panel.webview.html = renderReportHtml(st.result, doc.getText(), { title: panel.title, cspSource: panel.webview.cspSource, nonce: nonce() });
    }
  }

  // ---- providers ------------------------------------------------------------------------------------
  registerProviders(): void {
    for (const d of this.providers) d.dispose();
    const selector = this.selector();
    this.status.selector = selector;
    this.providers = [
      vscode.languages.registerHoverProvider(selector, { provideHover: (doc, pos) => this.hover(doc, pos) }),
      vscode.languages.registerCodeActionsProvider(selector, { provideCodeActions: (doc, range, ctx) => this.codeActions(doc, range, ctx) }, {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
      }),
    ];
  }

  async hover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    try {
      const state = await this.lint(doc);
      if (!state?.result || state.version !== doc.version) return undefined;
      const index = figureAt(state.result, doc.offsetAt(pos));
      if (index < 0) return undefined;
      const f = state.result.figures[index];
      const md = new vscode.MarkdownString(renderHoverCard(state.result, index, { lines: state.lines }));
      md.supportHtml = false;
      md.supportThemeIcons = false;
      md.isTrusted = false;
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)));
    } catch (e) {
      this.logOnce(`hover:${(e as Error).message}`, `Hover failed: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }

  private toWorkspaceEdit(doc: vscode.TextDocument, edit: OffsetEdit): vscode.WorkspaceEdit {
    const range = new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end));
    const ws = new vscode.WorkspaceEdit();
    if (edit.snippet) ws.set(doc.uri, [new vscode.SnippetTextEdit(range, new vscode.SnippetString(edit.newText))]);
    else ws.replace(doc.uri, range, edit.newText);
    return ws;
  }

  async codeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, ctx: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    try {
      const ours = ctx.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
      if (ours.length === 0) return [];
      const state = await this.lint(doc);
      if (!state?.result || state.version !== doc.version) return [];
      const text = doc.getText();
      const actions: vscode.CodeAction[] = [];
      const seenRules = new Set<string>();
      for (const diag of ours) {
        const rule = typeof diag.code === 'object' ? String(diag.code.value) : String(diag.code ?? '');
        const index = figureAt(state.result, doc.offsetAt(diag.range.start));
        const fig: Figure | undefined = state.result.figures[index];
        if (!fig) continue;
        if (rule === 'unattributed-figure') {
          const add = new vscode.CodeAction('Add attribution…', vscode.CodeActionKind.QuickFix);
          add.diagnostics = [diag];
          add.isPreferred = true;
          add.edit = this.toWorkspaceEdit(doc, addAttributionEdit(text, fig, state.result.candidates));
          actions.push(add);
        }
        const ignore = new vscode.CodeAction('Ignore this figure', vscode.CodeActionKind.QuickFix);
        ignore.diagnostics = [diag];
        ignore.edit = this.toWorkspaceEdit(doc, ignoreFigureEdit(text, fig.start, rule));
        actions.push(ignore);
        if (!seenRules.has(rule)) {
          seenRules.add(rule);
          const disable = new vscode.CodeAction(`Disable rule ${rule} in workspace settings`, vscode.CodeActionKind.QuickFix);
          disable.diagnostics = [diag];
          disable.command = { command: 'attributionLint.disableRule', title: disable.title, arguments: [rule] };
          actions.push(disable);
        }
      }
      return actions;
    } catch (e) {
      this.logOnce(`actions:${(e as Error).message}`, `Code actions failed: ${(e as Error).stack ?? e}`);
      return [];
    }
  }

  // ---- commands -------------------------------------------------------------------------------------
  private async documentFor(arg?: unknown): Promise<vscode.TextDocument | undefined> {
    if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
    if (typeof arg === 'string' && arg) return vscode.workspace.openTextDocument(vscode.Uri.parse(arg));
    return this.viewDocument();
  }

  async check(arg?: unknown): Promise<CheckResult | undefined> {
    const doc = await this.documentFor(arg);
    if (!doc) {
      void vscode.window.showWarningMessage(`${NAME}: open a draft to check its attributions.`);
      return undefined;
    }
    const state = await this.lint(doc, true);
    if (state?.skipped) {
      const message = `Not analysed: ${state.skipped.size} characters is over ${SECTION}.maxFileSize (${state.skipped.limit}).`;
      void vscode.window.showWarningMessage(`${NAME}: ${message}`);
      return { figures: 0, attributed: 0, vague: 0, unattributed: 0, problems: 0, message, uri: doc.uri.toString(), skipped: true };
    }
    if (!state?.result) {
      void vscode.window.showErrorMessage(`${NAME}: the analysis failed; see the output channel.`, 'Show Output').then((c) => c && this.output.show(true));
      return undefined;
    }
    const summary = summarize(state.result);
    // Not awaited: a notification resolves only when dismissed.
    void vscode.window.showInformationMessage(`${NAME}: ${summary.message}`);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return { ...summary, uri: doc.uri.toString() };
  }

  async checkWorkspace(): Promise<WorkspaceCheckResult> {
    const total: WorkspaceCheckResult = { files: 0, checked: 0, skipped: 0, figures: 0, unattributed: 0, vague: 0, problems: 0, cancelled: false, message: '' };
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      total.message = 'No folder is open.';
      void vscode.window.showWarningMessage(`${NAME}: open a folder to check its drafts.`);
      return total;
    }
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `${NAME}: checking drafts`, cancellable: true },
      async (progress, token) => {
        const files: vscode.Uri[] = [];
        for (const folder of folders) {
          const fileConfig = await this.folderConfig(folder);
          const settings = this.settings(folder.uri);
          const exts = new Set(settings.languages.flatMap((l) => EXTENSIONS_BY_LANGUAGE[l] ?? []));
          for (const e of fileConfig.extensions ?? []) exts.add(e.replace(/^\./, ''));
          if (exts.size === 0) continue;
          const include = new vscode.RelativePattern(folder, `**/*.{${[...exts].join(',')}}`);
          const exclude = `{**/node_modules/**,**/.git/**${(fileConfig.ignore ?? []).map((g) => `,${g}`).join('')}}`;
          files.push(...(await vscode.workspace.findFiles(include, exclude, 20_000, token)));
        }
        total.files = files.length;
        const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
        for (const [i, uri] of files.entries()) {
          if (token.isCancellationRequested) {
            total.cancelled = true;
            break;
          }
          progress.report({ message: `${i + 1}/${files.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
          try {
            const doc = open.get(uri.toString());
            let result: AnalysisResult | undefined;
            let text: string;
            if (doc) {
              const state = await this.lint(doc, true);
              result = state?.result;
              if (state?.skipped) total.skipped++;
              text = doc.getText();
            } else {
              text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
              const ext = uri.path.slice(uri.path.lastIndexOf('.') + 1).toLowerCase();
              const lang = ext === 'md' || ext === 'markdown' || ext === 'mdx' ? 'markdown' : ext === 'news' || ext === 'draft' ? 'news-draft' : 'plaintext';
              const outcome = await this.analyzer.analyze(uri.toString(), text, formatForLanguage(lang), await this.configFor(uri), this.settings(uri).maxFileSize);
              if (outcome.kind === 'ok') {
                result = outcome.result;
                this.collection.set(uri, this.diagnostics(uri, result, new LineIndex(text)));
                this.fromWorkspaceCheck.add(uri.toString());
              } else if (outcome.kind === 'skipped') total.skipped++;
              else if (outcome.kind === 'error') this.logOnce(`analysis:${uri}:${outcome.error.message}`, `Analysis of ${uri.toString(true)} failed: ${outcome.error.stack ?? outcome.error.message}`);
            }
            if (result) {
              const s = summarize(result);
              total.checked++;
              total.figures += s.figures;
              total.unattributed += s.unattributed;
              total.vague += s.vague;
              total.problems += s.problems;
            }
          } catch (e) {
            this.logOnce(`read:${uri}:${(e as Error).message}`, `Could not check ${uri.toString(true)}: ${(e as Error).message}`);
          }
          await new Promise((r) => setTimeout(r, 0)); // let the host breathe between files
        }
      },
    );
    total.message = `${total.checked} draft${total.checked === 1 ? '' : 's'} checked${total.cancelled ? ' (cancelled)' : ''}: ${total.figures} figures, ${total.unattributed} unattributed, ${total.vague} vague${total.skipped ? `, ${total.skipped} skipped as too large` : ''}`;
    void vscode.window.showInformationMessage(`${NAME}: ${total.message}`);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return total;
  }

  async showReport(arg?: unknown): Promise<{ uri: string; figures: number } | undefined> {
    const doc = await this.documentFor(arg);
    if (!doc) {
      void vscode.window.showWarningMessage(`${NAME}: open a draft to see its attribution report.`);
      return undefined;
    }
    const state = await this.lint(doc, true);
    if (!state?.result) {
      void vscode.window.showWarningMessage(`${NAME}: ${state?.skipped ? 'the draft is too large to analyse' : 'the analysis failed; see the output channel'}.`);
      return undefined;
    }
    const key = doc.uri.toString();
    let panel = this.reports.get(key);
    const title = `Attribution report: ${doc.uri.path.split('/').pop() || doc.uri.toString(true)}`;
    if (!panel) {
      panel = vscode.window.createWebviewPanel('attributionLint.report', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.reports.set(key, panel);
      const uri = doc.uri;
      panel.onDidDispose(() => this.reports.delete(key));
      panel.webview.onDidReceiveMessage(async (msg: unknown) => {
        const m = msg as { type?: unknown; index?: unknown };
        if (m?.type !== 'reveal' || typeof m.index !== 'number') return;
        const st = this.states.get(key);
        const f = st?.result?.figures[m.index];
        if (f) await this.reveal(uri.toString(), f.start, f.end);
      });
    } else panel.reveal(undefined, true);
    panel.webview.html = renderReportHtml(state.result, doc.getText(), { title, cspSource: panel.webview.cspSource, nonce: nonce() });
    return { uri: key, figures: state.result.figures.length };
  }

  async reveal(uriString: string, start: number, end: number): Promise<void> {
    const uri = vscode.Uri.parse(uriString);
    const doc = await vscode.workspace.openTextDocument(uri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async disableRule(rule: unknown): Promise<void> {
    if (typeof rule !== 'string' || !ruleMeta(rule)) return;
    const cfg = vscode.workspace.getConfiguration(SECTION);
    const hasWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
    const target = hasWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const inspected = cfg.inspect<Record<string, string>>('rules');
    const current = (hasWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
    await cfg.update('rules', { ...current, [rule]: 'off' }, target);
    void vscode.window.showInformationMessage(`${NAME}: rule ${rule} is off in ${hasWorkspace ? 'workspace' : 'user'} settings.`);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of [...this.providers, ...this.disposables]) d.dispose();
    for (const p of this.reports.values()) p.dispose();
    this.analyzer.dispose();
    this.collection.dispose();
    this.status.dispose();
    this.output.dispose();
  }

  track(d: vscode.Disposable): void {
    this.disposables.push(d);
  }
}

export function activate(context: vscode.ExtensionContext): AttributionLintApi {
  const linter = new Linter(context);
  context.subscriptions.push(linter);
  linter.registerProviders();

  const safe =
    <A extends unknown[]>(name: string, fn: (...args: A) => unknown) =>
    (...args: A) => {
      try {
        const r = fn(...args);
        if (r instanceof Promise) r.catch((e) => linter.logOnce(`${name}:${(e as Error).message}`, `${name} failed: ${(e as Error).stack ?? e}`));
      } catch (e) {
        linter.logOnce(`${name}:${(e as Error).message}`, `${name} failed: ${(e as Error).stack ?? e}`);
      }
    };

  const track = (d: vscode.Disposable) => linter.track(d);
  track(vscode.window.registerTreeDataProvider('attributionLint.sources', linter.sources));
  track(vscode.commands.registerCommand('attributionLint.check', (arg?: unknown) => linter.check(arg)));
  track(vscode.commands.registerCommand('attributionLint.checkWorkspace', () => linter.checkWorkspace()));
  track(vscode.commands.registerCommand('attributionLint.showReport', (arg?: unknown) => linter.showReport(arg)));
  track(vscode.commands.registerCommand('attributionLint.revealFigure', (uri: string, start: number, end: number) => linter.reveal(uri, start, end)));
  track(vscode.commands.registerCommand('attributionLint.disableRule', (rule: unknown) => linter.disableRule(rule)));

  track(vscode.workspace.onDidOpenTextDocument(safe('open', (doc: vscode.TextDocument) => void linter.lint(doc))));
  track(
    vscode.workspace.onDidChangeTextDocument(
      safe('change', (e: vscode.TextDocumentChangeEvent) => {
        if (e.contentChanges.length === 0 || !linter.isLintable(e.document)) return;
        if (linter.settings(e.document.uri).lintOnType) linter.schedule(e.document);
      }),
    ),
  );
  track(
    vscode.workspace.onDidSaveTextDocument(
      safe('save', (doc: vscode.TextDocument) => {
        if (linter.isLintable(doc) && linter.settings(doc.uri).lintOnSave) void linter.lint(doc);
      }),
    ),
  );
  track(vscode.workspace.onDidCloseTextDocument(safe('close', (doc: vscode.TextDocument) => linter.forget(doc.uri))));
  track(vscode.window.onDidChangeActiveTextEditor(safe('editor', (e: vscode.TextEditor | undefined) => (e ? void linter.lint(e.document).then(() => linter.refreshViews()) : linter.refreshViews()))));
  track(
    vscode.workspace.onDidChangeConfiguration(
      safe('configuration', (e: vscode.ConfigurationChangeEvent) => {
        if (!e.affectsConfiguration(SECTION)) return;
        linter.registerProviders();
        linter.relintAll();
      }),
    ),
  );
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  track(watcher);
  const reload = safe('config file', () => linter.configFileChanged());
  track(watcher.onDidCreate(reload));
  track(watcher.onDidChange(reload));
  track(watcher.onDidDelete(reload));

  for (const doc of vscode.workspace.textDocuments) void linter.lint(doc);

  return {
    analyzer: linter.analyzer,
    analysisOf: async (uri) => (await linter.analysisOf(await vscode.workspace.openTextDocument(uri)))?.result,
    errorCount: () => linter.errorCount(),
  };
}

export function deactivate(): void {}
