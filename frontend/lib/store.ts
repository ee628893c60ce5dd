/** A tiny external store for client-only state (typing, presence) used with useSyncExternalStore. */
export class Store<T> {
  private value: T;
  private readonly subs = new Set<() => void>();

  constructor(initial: T) {
    this.value = initial;
  }

  get = (): T => this.value;

  set(next: T | ((prev: T) => T)) {
    const v = typeof next === "function" ? (next as (p: T) => T)(this.value) : next;
    if (Object.is(v, this.value)) return;
    this.value = v;
    for (const fn of this.subs) fn();
  }

  subscribe = (fn: () => void): (() => void) => {
    this.subs.add(fn);
    return () => this.subs.delete(fn);
  };
}
