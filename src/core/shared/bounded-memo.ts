/**
 * A memo with a budget: `capacity` units (entries, or what `sizeOf` counts). When an entry would overrun it,
 * everything is forgotten first: cheaper than tracking age, and what is in use comes straight back. An entry
 * larger than the whole budget is not remembered, so a capacity of 0 remembers nothing.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();
  private used = 0;

  constructor(
    private readonly capacity: number,
    private readonly sizeOf: (key: K, value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Keeps a value just computed for a key not yet remembered, and returns it. */
  remember(key: K, value: V): V {
    const size = this.sizeOf(key, value);
    if (size > this.capacity) return value;
    if (this.used + size > this.capacity) {
      this.entries.clear();
      this.used = 0;
    }
    this.entries.set(key, value);
    this.used += size;
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
