/**
 * Loads kept by key for the newest `size` keys: searches arriving during a load share it, and a load that
 * fails is forgotten so the next search tries again. Keys here are index revisions, random ids that are
 * never reused, so a kept load can't be stale.
 */
export class LoadsByKey<T> {
  private readonly loads = new Map<string, Promise<T>>();

  constructor(private readonly size: number) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const known = this.loads.get(key);
    if (known) return known;
    const loading = load();
    if (this.loads.size >= this.size) this.loads.delete(this.loads.keys().next().value!);
    this.loads.set(key, loading);
    loading.catch(() => {
      if (this.loads.get(key) === loading) this.loads.delete(key);
    });
    return loading;
  }
}
