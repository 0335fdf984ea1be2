// The packed form of compromise's lexicon that src/engine/nlp/lazy-lexicon.ts reads at run time: the
// plain object's JSON (for when the whole object is needed), and its keys sorted by UTF-16 code unit,
// one per line, each after one character that names its value (for a binary search).

/** `lexicon` (a flat map of words to string or array values) packed for lazyLexicon, as JavaScript source. */
export function packedLexiconSource(lexicon) {
  const { json, sorted, values } = packLexicon(lexicon);
  // `json` is a function so that its text is compiled only when called (lazy-lexicon.ts says why).
  return `{ json: () => ${JSON.stringify(json)}, sorted: ${JSON.stringify(sorted)}, values: ${JSON.stringify(values)} }`;
}

/** `lexicon` packed for lazyLexicon: { json, sorted, values } as strings. */
export function packLexicon(lexicon) {
  const values = [];
  const codeOf = new Map();
  const keys = Object.keys(lexicon).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let sorted = '';
  for (const key of keys) {
    if (key.includes('\n')) throw new Error(`pack-lexicon: a lexicon key holds a newline: ${JSON.stringify(key)}`);
    const json = JSON.stringify(lexicon[key]);
    let code = codeOf.get(json);
    if (code === undefined) {
      code = values.length;
      codeOf.set(json, code);
      values.push(json);
    }
    // One printable ASCII character per key ('0' onwards), so the bundle stays ASCII.
    if (code > 126 - 48) throw new Error(`pack-lexicon: more than ${126 - 48 + 1} distinct lexicon values`);
    sorted += `${String.fromCharCode(48 + code)}${key}\n`;
  }
  return { json: JSON.stringify(lexicon), sorted, values: `[${values.join(',')}]` };
}
