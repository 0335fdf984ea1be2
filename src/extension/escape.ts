// Escaping for everything that shows draft text in VS Code. Pure (no 'vscode'), tested by vitest.
// The draft is untrusted input: a figure, a source or a cue copied from it must never become a link,
// a command, an image, HTML or a theme icon in a hover card, a report or a snippet.

/** Bidirectional controls could make a card read differently from the draft: drop them. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// C0/C1 controls, including NUL and line breaks, become one space.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** One line of plain text: controls and runs of whitespace become one space, long text is shortened. */
export function oneLine(text: string, max = 160): string {
  let t = text.replace(BIDI, '').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  if (t.length > max) {
    let cut = max - 1;
    // Never cut a surrogate pair in half.
    if (/[\ud800-\udbff]/.test(t[cut - 1] ?? '')) cut--;
    t = t.slice(0, cut) + '…';
  }
  return t;
}

/**
 * Markdown text that renders as exactly the given characters: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows it for all of them), so no emphasis, link, autolink
 * (`https\://`, `www\.`), HTML tag or entity (`\<`, `\&`), table pipe or `$(icon)` survives.
 */
export function escapeMarkdown(text: string, max = 160): string {
  return oneLine(text, max).replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, '\\$&');
}

/** HTML text content or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Literal text inside a VS Code snippet (outside placeholders). */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** One option of a snippet choice `${1|a,b|}`. */
export function escapeSnippetChoice(text: string): string {
  return oneLine(text, 120).replace(/[\\,|$}]/g, '\\$&');
}
