// The web build (dist/web/extension.js, for vscode.dev) must not need Node: no worker_threads, fs or
// other built-ins, no `process`. Bundle it the way esbuild.config.mjs does and activate it in a bare
// context with a stand-in `vscode` module.
import { build } from 'esbuild';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

/** A stand-in for the whole vscode API: every property, call and `new` gives the stand-in back. */
function anything(): any {
  const fn = function () {};
  const proxy: any = new Proxy(fn, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : proxy),
    apply: () => proxy,
    construct: () => proxy,
    set: () => true,
  });
  return proxy;
}

/** The namespaces and classes the extension uses, each a stand-in (a bundle copies own keys of a CommonJS module). */
function vscodeStub(): Record<string, unknown> {
  const names = 'CodeAction CodeActionKind ConfigurationTarget Diagnostic DiagnosticRelatedInformation DiagnosticSeverity Disposable EventEmitter FileSystemError Hover LanguageStatusSeverity Location MarkdownString Position ProgressLocation Range RelativePattern SnippetString SnippetTextEdit TextEditorRevealType ThemeIcon TreeItem TreeItemCollapsibleState Uri ViewColumn WorkspaceEdit commands languages window workspace env extensions';
  return Object.fromEntries(names.split(' ').map((n) => [n, anything()]));
}

describe('web bundle', () => {
  it('has no Node built-ins and activates without process or require', async () => {
    const out = await build({
      entryPoints: ['src/extension/extension.ts'],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      define: { 'process.env.ATTRIBUTION_LINT_WEB': '"1"' },
      logLevel: 'silent',
    });
    const code = out.outputFiles[0].text;
    expect(code).not.toMatch(/worker_threads|require\("(node:)?(fs|path|os|child_process)"\)/);
    const required: string[] = [];
    const module = { exports: {} as Record<string, unknown> };
    const context = vm.createContext({
      module,
      exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id === 'vscode') return vscodeStub();
        throw new Error(`the web bundle required ${id}`);
      },
      console,
      setTimeout,
      clearTimeout,
      TextDecoder,
      crypto: globalThis.crypto,
      self: {},
    });
    vm.runInContext(code, context);
    expect(typeof vm.runInContext('typeof process', context)).toBe('string');
    expect(vm.runInContext('typeof process', context)).toBe('undefined');
    const activate = module.exports.activate as (ctx: unknown) => unknown;
    const api = activate({ subscriptions: [], extensionUri: anything() }) as { analyzer: { workerThreshold: number } };
    expect(new Set(required)).toEqual(new Set(['vscode']));
    expect(api.analyzer).toBeDefined();
  });
});
