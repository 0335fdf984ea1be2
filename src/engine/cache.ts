// A small LRU cache: a Map keeps insertion order, so moving an entry to the end on every hit keeps the
// least recently used entry first, where eviction takes it. Used for paragraph analyses (an edit
// re-analyses only its paragraph) and for tagged sentences (and within that paragraph, only the
// edited sentence is tagged again).
export class LruCache<V> {
  private readonly map = new Map<string, V>();
  hits = 0;
  misses = 0;
  constructor(private readonly max: number) {}

  get(key: string, make: () => V): V {
    const found = this.map.get(key);
    if (found !== undefined) {
      this.hits++;
      this.map.delete(key);
      this.map.set(key, found);
      return found;
    }
    this.misses++;
    const made = make();
    if (this.max > 0) {
      this.map.set(key, made);
      if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    }
    return made;
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
