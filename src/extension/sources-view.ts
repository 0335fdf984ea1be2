// The Sources tree view: each source named in the active draft with the figures it asserts, then the
// figures no source covers. Clicking a figure reveals it. Labels are plain text (tree items do not
// render Markdown), so draft text needs no escaping beyond being one line.
import * as vscode from 'vscode';
import type { AnalysisResult, Figure } from '../engine';
import { LineIndex } from '../engine';
import { KIND_LABEL, SOURCE_KIND_LABEL } from './card';
import { oneLine } from './escape';

type Node =
  | { type: 'source'; name: string; kind: string; figures: number[]; mentions: number }
  | { type: 'unsourced'; figures: number[] }
  | { type: 'figure'; index: number };

export interface ActiveAnalysis {
  uri: vscode.Uri;
  result: AnalysisResult;
  lines: LineIndex;
}

export class SourcesProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private active: ActiveAnalysis | undefined;

  set(active: ActiveAnalysis | undefined): void {
    this.active = active;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const a = this.active;
    if (!a) return [];
    if (!node) {
      const out: Node[] = a.result.sources.map((s) => ({ type: 'source', name: s.name, kind: s.kind, figures: s.figures, mentions: s.mentions.length }));
      const unsourced = a.result.figures.map((f, i) => (f.source ? -1 : i)).filter((i) => i >= 0);
      if (unsourced.length > 0) out.push({ type: 'unsourced', figures: unsourced });
      return out;
    }
    if (node.type === 'figure') return [];
    return node.figures.map((index) => ({ type: 'figure', index }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const a = this.active!;
    if (node.type === 'source') {
      const item = new vscode.TreeItem(oneLine(node.name, 80), vscode.TreeItemCollapsibleState.Expanded);
      const kind = SOURCE_KIND_LABEL[node.kind as keyof typeof SOURCE_KIND_LABEL] ?? node.kind;
      item.description = `${kind} · ${node.figures.length} figure${node.figures.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(node.kind === 'anonymous' ? 'question' : 'person');
      item.contextValue = 'source';
      return item;
    }
    if (node.type === 'unsourced') {
      const item = new vscode.TreeItem('No source', vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.figures.length} figure${node.figures.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
    const f: Figure = a.result.figures[node.index];
    const line = a.lines.position(f.start).line;
    const item = new vscode.TreeItem(oneLine(f.text, 80), vscode.TreeItemCollapsibleState.None);
    item.description = `line ${line} · ${f.status}`;
    item.tooltip = `${KIND_LABEL[f.kind] ?? f.kind}, ${f.status}${f.cue ? `, cue "${oneLine(f.cue.text, 40)}"` : ''} (line ${line})`;
    item.iconPath = new vscode.ThemeIcon(f.status === 'attributed' ? 'pass' : f.status === 'vague' ? 'info' : 'warning');
    item.command = { command: 'attributionLint.revealFigure', title: 'Reveal figure', arguments: [a.uri.toString(), f.start, f.end] };
    return item;
  }
}
