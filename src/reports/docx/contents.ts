/**
 * The documents' table of contents, made by Puls rather than left to a TOC field: each heading of
 * levels 1 and 2 is a bookmark, and its line in the contents a link to it with the page it is on
 * as a page reference. Word and LibreOffice both number a page reference when they lay the
 * document out, so the contents has its page numbers in the PDF LibreOffice exports too (a TOC
 * field is only filled in by Word, which left the PDF's contents without numbers).
 */
import { Bookmark, HeadingLevel, InternalHyperlink, PageReference, Paragraph, TabStopType, TextRun, type FileChild } from "docx";

interface HeadingEntry {
  readonly text: string;
  readonly level: 1 | 2 | 3;
  readonly bookmark: string;
}

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** The headings made, by their paragraph, so the contents can be read off a document's body. */
const ENTRIES = new WeakMap<object, HeadingEntry>();
let made = 0;

/** A heading paragraph in Word's heading style, its text a bookmark the contents links to. */
export function bookmarkedHeading(text: string, level: 1 | 2 | 3, options: { readonly pageBreakBefore: boolean; readonly spacing: { readonly before: number; readonly after: number } }): Paragraph {
  made += 1;
  const bookmark = `puls_rubrik_${made}`;
  const paragraph = new Paragraph({ heading: LEVELS[level], pageBreakBefore: options.pageBreakBefore, spacing: options.spacing, children: [new Bookmark({ id: bookmark, children: [new TextRun(text)] })] });
  ENTRIES.set(paragraph, { text, level, bookmark });
  return paragraph;
}

/** The right edge of the text on a portrait A4 page with 2 cm margins (twips), where the page numbers stand. */
const RIGHT_EDGE = 11906 - 2 * 1134;

/** The contents of `body`: a line per heading of level 1 and 2, indented by level, with its page. */
export function contentsOf(body: readonly FileChild[]): Paragraph[] {
  return body.flatMap((child) => {
    const entry = ENTRIES.get(child);
    if (entry === undefined || entry.level > 2) return [];
    return [
      new Paragraph({
        indent: { left: entry.level === 1 ? 0 : 360 },
        tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_EDGE, leader: "dot" }],
        spacing: { after: 60 },
        children: [new InternalHyperlink({ anchor: entry.bookmark, children: [new TextRun(entry.text)] }), new TextRun("\t"), new PageReference(entry.bookmark)],
      }),
    ];
  });
}
