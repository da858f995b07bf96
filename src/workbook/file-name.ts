/**
 * The one sanitiser for every file name Puls builds from plan or unit text (a unit's name, a
 * period id): whatever the text, the result is one plain name that stays inside the folder it is
 * written to, on Windows, macOS and Linux alike. No separators, no "..", no hidden or reserved
 * names, no control characters, a length every file system takes.
 */

// Control characters are unsafe in file names everywhere: matching them is the point.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Names Windows reserves for devices, with any extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Leaves room for an extension and a " (ID)" suffix within 255 bytes of UTF-8. */
const MAX_LENGTH = 120;

/** A safe base name (without extension) made from `text`. */
export function safeBaseName(text: string): string {
  let name = text.replace(UNSAFE, "-").replace(/\s+/g, " ").trim();
  // Leading dots would hide the file or, as "..", climb out of the folder; trailing ones Windows drops.
  name = name.replace(/^[. ]+/, "").slice(0, MAX_LENGTH).replace(/[. ]+$/, "");
  if (name === "") return "namnlös";
  return RESERVED.test(name) ? `_${name}` : name;
}

/** A safe file name: `text` made safe, then the extension ("xlsx", without the dot). */
export function safeFileName(text: string, extension: string): string {
  return `${safeBaseName(text)}.${extension}`;
}
