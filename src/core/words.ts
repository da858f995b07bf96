/**
 * Reading the words users type into parameters: trimmed, case-insensitive, Swedish or English.
 */

/** Normalises a typed word for lookup: trimmed, lower case, inner white space folded. */
export function normaliseWord(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Builds a lookup from each accepted spelling to its meaning. */
export function wordTable<T>(entries: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const [meaning, spellings] of Object.entries(entries)) {
    for (const spelling of spellings) table.set(normaliseWord(spelling), meaning as T);
  }
  return table;
}

/** True for `null`, `undefined` and blank text: an optional parameter left out. */
export function isBlank(input: unknown): input is null | undefined | "" {
  return input === null || input === undefined || (typeof input === "string" && input.trim() === "");
}
