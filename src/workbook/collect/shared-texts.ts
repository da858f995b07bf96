/**
 * One copy of each repeated text in a collection's submissions. Every row a unit hands in carries
 * its file's name, its sheet's name, the period and the time of loading, and often the same
 * comment; read on a worker thread, each arrives as a copy of its own (a message between threads
 * copies every string it holds), some 10 MiB at 1,000 units, kept for as long as the collected
 * period is. Sharing them as each file's submissions arrive keeps one copy, and the copies die
 * young.
 */

/** Deeper than any submission's data goes (a row's place is three levels down): a bound, not a limit ever met. */
const DEEPEST = 8;

const isPlainObject = (value: object): value is Record<string, unknown> => Object.getPrototypeOf(value) === Object.prototype;

export class SharedTexts {
  private readonly texts = new Map<string, string>();

  private shared(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }

  /**
   * Replaces, in place, every string in `value`'s plain objects and arrays by its shared copy.
   * Only for data the caller has just made or received and nothing else holds yet.
   */
  share<T>(value: T): T {
    this.walk(value, 0);
    return value;
  }

  private walk(value: unknown, depth: number): void {
    if (typeof value !== "object" || value === null || depth > DEEPEST) return;
    if (Array.isArray(value)) {
      const items = value as unknown[];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (typeof item === "string") items[i] = this.shared(item);
        else this.walk(item, depth + 1);
      }
      return;
    }
    if (!isPlainObject(value)) return;
    for (const key of Object.keys(value)) {
      const field = value[key];
      if (typeof field === "string") value[key] = this.shared(field);
      else this.walk(field, depth + 1);
    }
  }
}
