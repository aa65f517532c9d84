/** `localStorage` for tests that run the pane's or the ribbon's code under Node. */
export class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  /** Every key stored (not part of the Web Storage API: for assertions). */
  keys() {
    return [...this.m.keys()];
  }
}
