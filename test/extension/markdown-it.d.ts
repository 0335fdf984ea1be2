// markdown-it comes with @vscode/vsce (which renders README links with it); the tests use it as a
// strict Markdown renderer. A minimal declaration, so no @types package is needed.
declare module 'markdown-it' {
  export default class MarkdownIt {
    constructor(options?: { html?: boolean; linkify?: boolean; typographer?: boolean });
    render(src: string): string;
  }
}
