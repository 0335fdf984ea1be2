// Makes the CLI's bundle pure ASCII, so that it loads as a one-byte string.
//
// esbuild escapes non-ASCII characters in string and template literals but leaves regular
// expression literals as they are, and the engine's regexes hold curly quotes and dashes (about 160
// characters in all). One such character makes V8 hold the whole 1.2 MB source as a two-byte string:
// twice the memory to decode, hash and check against the code cache at every start. With an ASCII
// bundle, dist/cli.js reads it as latin1 (src/cli/load.ts), which measured 5-10 ms faster per
// one-file run on the 2-core development machine (docs/performance.md, goal 6).
//
// Each non-ASCII UTF-16 unit becomes a `\uXXXX` escape. That means the same character in a string,
// a template, a regular expression (with or without the u flag: a surrogate pair of escapes is one
// code point there) and an identifier. It does not inside String.raw, whose text is kept as written,
// so characters inside a String.raw template are left alone: the bundle then stays UTF-8 and loads
// as before, only not faster. The build reports how many were left.

/** A String.raw template literal, substitutions included (up to the next unescaped backtick). */
const RAW_TEMPLATE = /String\.raw`(?:[^`\\]|\\[^])*`/g;

/**
 * `source` with every non-ASCII UTF-16 unit outside String.raw templates written as `\uXXXX`, and
 * the number of non-ASCII units left (those inside String.raw).
 */
export function asciiSource(source) {
  let out = '';
  let left = 0;
  let from = 0;
  const escape = (text) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (const m of source.matchAll(RAW_TEMPLATE)) {
    out += escape(source.slice(from, m.index)) + m[0];
    left += (m[0].match(/[^\x00-\x7f]/g) ?? []).length;
    from = m.index + m[0].length;
  }
  return { source: out + escape(source.slice(from)), left };
}
