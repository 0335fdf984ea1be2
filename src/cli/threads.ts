// How many threads a run uses by default. With more than one, the main thread lints next to worker
// threads that each load the engine (about 0.15 s with the prebuilt compromise model and the code
// cache) and warm up their own JIT first (most of a second of CPU): a fixed cost per worker. Measured
// on the 2-core development machine (docs/performance.md), two threads were as fast as one on 0.5 MB
// of text (2.3-2.5 s against 2.5-2.8 s), and faster from 1 MB (2.6-3.1 s against 3.1-4.0 s; 1.2-1.4x
// on 2 MB). Cheaper worker start-up did not move these within the machine's noise (0.87-1.25x on
// 0.5 MB, 0.91-1.35x on 1 MB). So the default adds a thread per 1 MB of text, from 4 files up, up to
// one per core.

/** Default: more than one thread only for at least this many files ... */
export const THREAD_MIN_FILES = 4;
/** ... holding at least this many characters in all. */
export const THREAD_MIN_CHARS = 1_000_000;
/** One thread per this many characters, up to one per core. */
export const CHARS_PER_THREAD = 1_000_000;

/**
 * The number of threads (the main thread included) for files of these lengths: `requested`
 * (--threads) when given, never more than one per file; otherwise 1 below the thresholds, else one
 * per CHARS_PER_THREAD up to `cores`.
 */
export function threadCount(requested: number | null, lengths: readonly number[], cores: number): number {
  if (requested !== null) return Math.max(1, Math.min(requested, lengths.length));
  const chars = lengths.reduce((n, l) => n + l, 0);
  if (lengths.length < THREAD_MIN_FILES || chars < THREAD_MIN_CHARS) return 1;
  return Math.max(1, Math.min(cores, lengths.length, Math.ceil(chars / CHARS_PER_THREAD)));
}
