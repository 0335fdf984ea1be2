// compromise's lexicon, looked up before it is built.
//
// The bundle carries compromise's 24,600-word lexicon as JSON (build/compromise-prebuilt.mjs), and
// JSON.parse of it was the largest single cost of a one-file CLI run: 25-30 ms of a ~300 ms run, with
// the scavenges its 25,000 strings and the dictionary cause. A short run looks up a few hundred
// words. So the bundle also carries the keys sorted, one per line, each with a one-character code
// for its value, and this object answers lookups from them by binary search, with no object built.
// After `limit` distinct words have been looked up (a long run), or when something asks for the
// whole object (its keys, a deletion), it parses the JSON once and from then on forwards everything
// to that plain object; it also puts the plain object in its place in compromise's world, so the
// tagger's hot path reads a plain object again. compromise itself only gets, tests with
// `hasOwnProperty` and assigns words into the lexicon, and those answer exactly as the plain object
// would (test/engine/lazy-lexicon.test.ts checks that against the plain object).

/** The symbol by which compromise's patched mergeDeep tells the lexicon where in the world it now lives. */
export const LAZY_HOME = Symbol.for('attribution-lint.lazy-lexicon-home');

/** The lexicon as the build writes it for the bundle (build/pack-lexicon.mjs). */
export interface PackedLexicon {
  /**
   * The plain object's JSON, its keys in compromise's order. A function, so that its 600 KB stay in
   * the bundle's source text: a string that start-up code touches is copied into V8's code cache
   * and read back on every start.
   */
  json: () => string;
  /**
   * One line per key, sorted by the key's UTF-16 code units: a character naming the value (its
   * index in `values` plus 48, '0'), then the key, then '\n'.
   */
  sorted: string;
  /** The distinct values, as JSON. */
  values: string;
}

const MISSING = Symbol('missing');

/** Lookups served before the plain object is built (about 30 ms of parsing buys this many binary searches many times over). */
export const DEFAULT_LIMIT = 4000;

/**
 * A lexicon object that answers from `packed` by binary search until `limit` distinct words were
 * looked up, then becomes (and forwards to) the plain object JSON.parse(packed.json) gives.
 */
export function lazyLexicon(packed: PackedLexicon, limit = DEFAULT_LIMIT): Record<string, unknown> {
  // Words assigned before the plain object exists, and symbol properties (compromise-prebuilt's mark).
  const target: Record<string | symbol, unknown> = {};
  let plain: Record<string | symbol, unknown> | null = null;
  let home: { model: Record<string, unknown>; key: string } | null = null;
  let proxy: Record<string, unknown>;

  let values: unknown[] | null = null;
  const memo = new Map<string, unknown>();

  /**
   * The value of `word` in the packed lexicon, or MISSING: a binary search over the sorted lines,
   * by character position, so that no index of the lines has to be built first.
   */
  function search(word: string): unknown {
    const { sorted } = packed;
    // [lo, hi) always starts and ends at line boundaries.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const line = sorted.lastIndexOf('\n', mid - 1) + 1;
      const end = sorted.indexOf('\n', line);
      const start = line + 1;
      const length = end - start;
      const n = Math.min(length, word.length);
      let diff = 0;
      for (let k = 0; k < n && diff === 0; k += 1) diff = word.charCodeAt(k) - sorted.charCodeAt(start + k);
      if (diff === 0) diff = word.length - length;
      if (diff === 0) {
        values ??= JSON.parse(packed.values) as unknown[];
        const value = values[sorted.charCodeAt(line) - 48];
        // Each key owns its value, as in the parsed object: an array is not shared between keys.
        return Array.isArray(value) ? value.slice() : value;
      }
      if (diff < 0) hi = line;
      else lo = end + 1;
    }
    return MISSING;
  }

  /** The packed value of a word not assigned since, memoized; MISSING when the lexicon lacks it. */
  function packedValue(word: string): unknown {
    let value = memo.get(word);
    if (value === undefined) {
      if (memo.size >= limit) {
        const whole = materialize();
        return Object.hasOwn(whole, word) ? whole[word] : MISSING;
      }
      value = search(word);
      memo.set(word, value);
    }
    return value;
  }

  /** Builds the plain object once, applies what was assigned since, and takes its place in the world. */
  function materialize(): Record<string | symbol, unknown> {
    if (plain) return plain;
    const built = JSON.parse(packed.json()) as Record<string | symbol, unknown>;
    for (const key of Reflect.ownKeys(target)) {
      if (typeof key === 'string') built[key] = target[key];
      else Object.defineProperty(built, key, Object.getOwnPropertyDescriptor(target, key)!);
    }
    plain = built;
    memo.clear();
    if (home && home.model[home.key] === proxy) home.model[home.key] = plain;
    return plain;
  }

  const own = (key: string): boolean => Object.hasOwn(target, key) || packedValue(key) !== MISSING;

  proxy = new Proxy(target, {
    get(t, key, receiver) {
      if (plain) return Reflect.get(plain, key);
      if (typeof key === 'symbol' || Object.hasOwn(t, key)) return Reflect.get(t, key, receiver);
      const value = packedValue(key);
      if (plain) return Reflect.get(plain, key);
      // A word the lexicon lacks reads through the prototype, as on a plain object ('constructor').
      return value === MISSING ? Reflect.get(t, key, receiver) : value;
    },
    has(t, key) {
      if (plain) return key in plain;
      if (typeof key === 'symbol') return key in t;
      return own(key) || key in t;
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key === 'symbol') return Reflect.getOwnPropertyDescriptor(t, key);
      if (plain) return Reflect.getOwnPropertyDescriptor(plain, key);
      if (Object.hasOwn(t, key)) return Reflect.getOwnPropertyDescriptor(t, key);
      const value = packedValue(key);
      if (plain) return Reflect.getOwnPropertyDescriptor(plain, key);
      return value === MISSING ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
    set(t, key, value) {
      if (plain) return Reflect.set(plain, key, value);
      if (typeof key === 'string') memo.delete(key);
      return Reflect.set(t, key, value);
    },
    defineProperty(t, key, descriptor) {
      // Symbols (the build's mark, the home setter) stay on the target, where the proxy's invariants want them.
      if (typeof key === 'symbol') {
        const done = Reflect.defineProperty(t, key, descriptor);
        if (done && plain) Object.defineProperty(plain, key, descriptor);
        return done;
      }
      return Reflect.defineProperty(materialize(), key, descriptor);
    },
    deleteProperty(_t, key) {
      return Reflect.deleteProperty(materialize(), key);
    },
    ownKeys() {
      return Reflect.ownKeys(materialize());
    },
  }) as Record<string, unknown>;

  Object.defineProperty(target, LAZY_HOME, {
    value: (model: Record<string, unknown>, key: string) => {
      home = { model, key };
      if (plain && model[key] === proxy) model[key] = plain;
    },
  });
  return proxy;
}
