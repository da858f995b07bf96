/**
 * The building blocks of the Word documents: headings in Word's own heading styles (so a
 * council's template and the table of contents pick them up), paragraphs, tables whose status
 * cells carry both the word and a matching shade, and charts as images. All text goes in as text
 * runs: the docx library escapes it, so what units and controllers wrote is never markup.
 */
import { AlignmentType, ImageRun, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from "docx";
import { statusOfAssessment, type Assessment, type HowAggregated, type Language, type PeerBasis, type PeerGroupBasis, type Status } from "../../core";
import type { RenderedChart } from "../charts/rendered";
import { nameWithUnit, statusWord } from "../format";
import { peerSourceSentence } from "../comparisons";
import { howAggregatedText } from "../aggregation-text";
import { REPORT_TEXTS } from "../texts";
import { bookmarkedHeading } from "./contents";

/** Light fills for status cells, as the workbooks use (the word is always in the cell too). */
const SHADES: Readonly<Record<Status, string>> = { green: "C6EFCE", yellow: "FFEB9C", red: "FFC7CE", missing: "EDEDED" };

/** A heading in Word's heading style; a new chapter (level 1) may start on a new page. */
export function heading(text: string, level: 1 | 2 | 3, { newPage = false }: { readonly newPage?: boolean } = {}): Paragraph {
  return bookmarkedHeading(text, level, { pageBreakBefore: newPage, spacing: { before: level === 1 ? 240 : 200, after: 100 } });
}

export function paragraph(text: string, options: { bold?: boolean; italic?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: options.bold, italics: options.italic })], spacing: { after: 120 } });
}

/** A table's caption, kept with the table below it. */
export function caption(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true, size: 18 })], keepNext: true, spacing: { before: 120, after: 60 } });
}

/** A table of indicator lines under its caption, columns sized by their content (one row per line). */
export function captionedTable<L extends { readonly indicator: { readonly name: string; readonly unit: string } }>(
  text: string,
  headers: readonly string[],
  lines: readonly L[],
  cells: (line: L) => readonly (Cell | string)[],
): FileChild[] {
  return [caption(text), table(headers, lines.map((line) => [nameWithUnit(line.indicator.name, line.indicator.unit), ...cells(line)]), "content")];
}

/** A label in bold followed by its text, on one line. */
export function labelled(label: string, text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)], spacing: { after: 80 } });
}

export function bullets(items: readonly string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

/** A table cell: text, optionally shaded by a status, right-aligned for numbers. */
export interface Cell {
  readonly text: string;
  readonly status?: Status;
  readonly numeric?: boolean;
}

export const statusCell = (text: string, status: Status): Cell => ({ text, status });
export const assessmentCell = (text: string, assessment: Assessment): Cell => ({ text, status: statusOfAssessment(assessment) });
export const numberCell = (text: string): Cell => ({ text, numeric: true });

/**
 * A table with a repeated header row, as wide as the page, with column widths in per cent; without
 * widths the first column (a name) gets 40 % and the others share the rest. A `compact` table (one
 * with many columns of numbers) has smaller text and narrower cell margins, so that a number such
 * as 114 694 fits its column on one line.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly (Cell | string)[])[],
  given?: readonly number[] | "content",
  { compact = false, flexible = 0 }: { readonly compact?: boolean; readonly flexible?: number } = {},
): Table {
  const widths = given === "content" ? contentWidths(headers, rows, compact, flexible) : (given ?? (headers.length > 2 ? headers.map((_, index) => (index === 0 ? 40 : 60 / (headers.length - 1))) : undefined));
  // A short table stays on one page (each row kept with the next), rather than leaving a row behind.
  const keepTogether = rows.length <= SHORT_TABLE_ROWS;
  const cell = (content: Cell | string, index: number, row: "header" | "body", keepNext = row === "header") => {
    const header = row === "header";
    const value: Cell = typeof content === "string" ? { text: content } : content;
    return new TableCell({
      children: [
        new Paragraph({
          keepNext,
          alignment: value.numeric === true ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: value.text, bold: header, size: compact ? 16 : 18 })],
        }),
      ],
      margins: compact ? { left: 57, right: 57 } : undefined,
      shading: header ? { type: ShadingType.CLEAR, fill: "DCE6F2", color: "auto" } : value.status === undefined ? undefined : { type: ShadingType.CLEAR, fill: SHADES[value.status], color: "auto" },
      width: widths?.[index] === undefined ? undefined : { size: widths[index] ?? 0, type: WidthType.PERCENTAGE },
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((header, index) => cell(header, index, "header")) }),
      ...rows.map((row, r) => new TableRow({ cantSplit: true, children: row.map((content, index) => cell(content, index, "body", keepTogether && r < rows.length - 1)) })),
    ],
  });
}

/** Tables of up to this many rows are kept on one page; a longer one breaks between rows, its header repeated. */
const SHORT_TABLE_ROWS = 15;

/** The text width of a portrait A4 page between the margins, in points (11906 − 2 × 1134 twips). */
const PAGE_POINTS = (11906 - 2 * 1134) / 20;

/**
 * Column widths (per cent of the page) from the content: each column as wide as its longest
 * unbreakable piece needs (a number with its unit, "Målvärde", "Samhällsbyggnad"), so no word or
 * number breaks; the `flexible` column (a name, which wraps between words) takes the rest.
 */
function contentWidths(headers: readonly string[], rows: readonly (readonly (Cell | string)[])[], compact: boolean, flexible: number): number[] {
  const size = compact ? 8 : 9;
  // Average glyph widths of Calibri relative to the font size; bold headers are wider. The padding is the cell's margins.
  const pointsOf = (text: string, bold: boolean) => Math.max(0, ...text.split(/ +/).map((piece) => piece.length)) * size * (bold ? 0.72 : 0.64) + (compact ? 10 : 16);
  const textOf = (content: Cell | string | undefined) => (content === undefined ? "" : typeof content === "string" ? content : content.text);
  const needs = headers.map((header, index) => Math.max(pointsOf(header, true), ...rows.map((row) => pointsOf(textOf(row[index]), false))));
  const rest = needs.reduce((sum, need, index) => (index === flexible ? sum : sum + need), 0);
  const widths = needs.map((need, index) => (index === flexible ? Math.max(need, PAGE_POINTS - rest) : need));
  const total = widths.reduce((sum, width) => sum + width, 0);
  return widths.map((points) => (points / total) * 100);
}

/** A chart as a picture `width` pixels wide (never enlarged), with its description as alternative text. */
export function chartRun(chart: RenderedChart, width: number): ImageRun {
  const scale = Math.min(1, width / chart.width);
  return new ImageRun({
    type: "png",
    data: chart.png,
    transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
    altText: { name: chart.description.slice(0, 60), description: chart.description, title: chart.description.slice(0, 60) },
  });
}

/** Charts side by side in one paragraph (one chart: on its own line). */
export function charts(list: readonly RenderedChart[], width = 600): Paragraph {
  return new Paragraph({ children: list.map((chart) => chartRun(chart, width)), spacing: { after: 160 } });
}

interface PeerStatuses {
  readonly peerStatus: Status | null;
  readonly peerGroupStatus: Status | null;
  readonly peerStatusByGender: { readonly women: Status | null; readonly men: Status | null } | null;
  readonly peerBasis: PeerBasis | null;
  readonly peerGroupBasis: PeerGroupBasis | null;
}

/**
 * How the organisation's values in a table were made from its units' (docs/rules.md §7), one
 * clause per indicator: "Andel behöriga … : viktat medelvärde av 6 enheter, viktat med antal
 * elever". Null when every value in the table was reported by the organisation itself.
 */
export function aggregationNote(lines: readonly { readonly indicator: { readonly name: string }; readonly howAggregated: HowAggregated | null }[], language: Language): Paragraph | null {
  // Indicators made the same way share one clause: "viktat medelvärde av 6 enheter, viktat med antal elever (A, B)".
  const byWords = new Map<string, string[]>();
  for (const line of lines) {
    const words = howAggregatedText(line.howAggregated, language);
    if (words !== "") byWords.set(words, [...(byWords.get(words) ?? []), line.indicator.name]);
  }
  if (byWords.size === 0) return null;
  const clauses = [...byWords].map(([words, names]) => `${words} (${names.join(", ")})`);
  return paragraph(`${REPORT_TEXTS[language].sentences.aggregationNote} ${clauses.join("; ")}.`, { italic: true });
}

/**
 * The short line under a table with peer statuses: their source ("Källa: Kolada 2025, 29
 * kommuner."), or null. What the comparison means is said once, on the first page.
 */
export function peerNote(lines: readonly PeerStatuses[], language: Language): Paragraph | null {
  const source = peerSourceSentence(lines, language);
  return source === null ? null : paragraph(source, { italic: true });
}

/** Whether any line has a peer status: the document then explains the comparison on its first page. */
export function hasPeerStatus(lines: readonly PeerStatuses[]): boolean {
  return lines.some((line) => line.peerStatus !== null || line.peerGroupStatus !== null || line.peerStatusByGender !== null);
}

/**
 * The peer status columns of a document table, beside the target status: among all municipalities
 * and within the plan's peer group, each only where some line has it. "–" where a line has none.
 */
export function peerCells(lines: readonly PeerStatuses[], language: Language): { headers: string[]; cells: (line: PeerStatuses) => (Cell | string)[] } {
  const c = REPORT_TEXTS[language].columns;
  const all = lines.some((line) => line.peerStatus !== null);
  const group = lines.some((line) => line.peerGroupStatus !== null);
  const gender = lines.some((line) => line.peerStatusByGender !== null);
  const cell = (status: Status | null) => (status === null ? "–" : statusCell(statusWord(status, language), status));
  return {
    headers: [...(all ? [c.peerShort.all] : []), ...(group ? [c.peerShort.group] : []), ...(gender ? [c.peerShort.women, c.peerShort.men] : [])],
    cells: (line) => [
      ...(all ? [cell(line.peerStatus)] : []),
      ...(group ? [cell(line.peerGroupStatus)] : []),
      ...(gender ? [cell(line.peerStatusByGender?.women ?? null), cell(line.peerStatusByGender?.men ?? null)] : []),
    ],
  };
}
