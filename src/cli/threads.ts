// How many threads a run uses by default. Measured on the 2-core development machine
// (docs/performance.md): a worker thread loads the engine and warms up its own JIT, about 2 s of
// CPU, and each isolate already keeps about 1.4 cores busy (V8's compiler and GC threads). Two
// workers were slower than the main thread alone on 2 MB of text (0.84-1.0x) and faster from
// about 9 MB (1.3-1.5x). So the default stays on the main thread below 4 MB and adds a worker per
// 2 MB, up to one per core.

/** Default: worker threads only for at least this many files ... */
export const THREAD_MIN_FILES = 4;
/** ... holding at least this many characters in all. */
export const THREAD_MIN_CHARS = 4_000_000;
/** One worker per this many characters, up to one per core. */
export const CHARS_PER_WORKER = 2_000_000;

/**
 * The number of threads for files of these lengths: `requested` (--threads) when given, never more
 * than one per file; otherwise 1 below the thresholds, else one per CHARS_PER_WORKER up to `cores`.
 */
export function threadCount(requested: number | null, lengths: readonly number[], cores: number): number {
  if (requested !== null) return Math.max(1, Math.min(requested, lengths.length));
  const chars = lengths.reduce((n, l) => n + l, 0);
  if (lengths.length < THREAD_MIN_FILES || chars < THREAD_MIN_CHARS) return 1;
  return Math.max(1, Math.min(cores, lengths.length, Math.ceil(chars / CHARS_PER_WORKER)));
}
