/**
 * The building blocks of every report workbook: a front sheet that states what the report was
 * made from, and table sheets declared column by column, where status and assessment columns are
 * coloured by conditional formatting on their word.
 */
import { ASSESSMENT_LABELS, ROLLUP_METHOD_LABELS, STATUS_LABELS, type Language, type PeerBasis, type PeerGroupBasis, type ReportBasis, type Status } from "../../core";
import { peerBasisText } from "../comparisons";
import { statusWord } from "../format";
import { columnLetters } from "../../workbook/grid";
import { DATE_FORMAT, PERCENT_FORMAT, SCORE_FORMAT } from "../../workbook/number-format";
import type { CellOut, ConditionalOut, SheetOut, WorkbookOut } from "../../workbook/output";
import { headerHeight, widthsWithoutBrokenWords, wrapLongText } from "./table-layout";
import { wrappedHeight } from "../../workbook/wrapped-height";
import { obstacleSentence } from "../obstacles";
import type { ReportObstacle } from "../texts";
import { assessmentColouring, statusColouring } from "../../workbook/status-colours";
import { REPORT_TEXTS, type ReportKind } from "../texts";

export interface Column<R> {
  readonly header: string;
  readonly width?: number;
  readonly cell: (row: R) => CellOut;
  /** A column of status or assessment words, coloured by conditional formatting. */
  readonly colour?: "status" | "assessment";
}

/** A sheet holding one Excel table: filter buttons, frozen header row, coloured status columns. */
export function tableSheet<R>(name: string, columns: readonly Column<R>[], rows: readonly R[], language: Language): SheetOut {
  const last = rows.length + 1;
  const conditionalFormats: ConditionalOut[] = [];
  columns.forEach((column, index) => {
    if (column.colour === undefined || rows.length === 0) return;
    const letter = columnLetters(index); // zero-based
    const range = `${letter}2:${letter}${last}`;
    conditionalFormats.push(column.colour === "status" ? statusColouring(range, letter, 2, STATUS_LABELS[language]) : assessmentColouring(range, letter, 2, ASSESSMENT_LABELS[language]));
  });
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));
  const widths = widthsWithoutBrokenWords(columns, cells);
  const written = wrapLongText(widths, cells, 2);
  const header = headerHeight(columns.map((column) => column.header), widths);
  return {
    name: sheetName(name),
    table: tableName(name),
    columns: columns.map((column, c) => ({ header: column.header, width: widths[c] })),
    rows: written.rows,
    rowHeights: [...(header === undefined ? [] : [{ row: 1, height: header }]), ...written.heights],
    conditionalFormats,
  };
}

/** Excel's limits on sheet names: 31 characters, none of []:*?/\. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "-").slice(0, 31);
}

/** An Excel table name: a letter first, then letters, digits and underscores. */
function tableName(name: string): string {
  const ascii = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9_]/g, "_");
  return `Puls_${ascii}`.slice(0, 250);
}

export const percent = (value: number | null | undefined): CellOut => (value === null || value === undefined || !Number.isFinite(value) ? null : { value, numFmt: PERCENT_FORMAT });
export const score = (value: number | null): CellOut => (value === null ? null : { value, numFmt: SCORE_FORMAT });
export const date = (iso: string): CellOut => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? { value: { date: iso.slice(0, 10) }, numFmt: DATE_FORMAT } : iso);
export const wrapped = (text: string): CellOut => ({ value: text, style: "wrap" });

/** The front sheet's two columns, label and value: together as wide as a portrait page holds. */
const FRONT_WIDTHS = [34, 66] as const;

/** A label and its value on the front sheet. */
export type FrontRow = readonly [string, CellOut];

/**
 * The front sheet (docs/reports.md: every report says on its first page which plan, period, rules and
 * data it was made from), with any extra rows the report adds.
 */
export function frontSheet(kind: ReportKind, basis: ReportBasis, language: Language, extra: readonly FrontRow[] = []): SheetOut {
  const texts = REPORT_TEXTS[language];
  const b = texts.basis;
  const yesNo = (value: boolean) => (value ? b.yes : b.no);
  const rows: FrontRow[] = [
    [b.municipality, basis.municipalityCode === "" ? basis.municipality : `${basis.municipality} (${basis.municipalityCode})`],
    [b.plan, b.planOf(basis.planYear)],
    [b.period, `${basis.period.name} (${basis.period.id}${basis.period.from === "" ? "" : `, ${basis.period.from} – ${basis.period.to}`})`],
    [b.yellowFrom, percent(basis.rules.yellowFrom)],
    [b.trendBand, percent(basis.rules.trendBand)],
    [b.rollup, `${ROLLUP_METHOD_LABELS[language][basis.rules.rollupMethod]}: ${b.rollupMethods[basis.rules.rollupMethod]}`],
    [b.minCoverage, { value: basis.rules.minCoverage, numFmt: "0%" }],
    [b.commentOnRed, yesNo(basis.rules.commentRequiredOnRed)],
    [b.source, basis.data.source === "collection" ? b.sourceCollection : b.sourcePlan],
    ...(basis.data.reported === null || basis.data.expected === null ? [] : [[b.reported, b.reportedOf(basis.data.reported, basis.data.expected)] as FrontRow]),
    ...(basis.data.collectedAt === null ? [] : [[b.collectedAt, basis.data.collectedAt.replace("T", " ").slice(0, 16)] as FrontRow]),
    [b.values, b.valuesOf(basis.data.withOutcome, basis.data.values)],
    ...extra,
  ];
  const label = (text: string): CellOut => ({ value: text, style: "bold" });
  const body = [[label(b.heading), null], ...rows.map(([name, value]): CellOut[] => [label(name), value])];
  // Values wrap in their column and the notes across both, each row as tall as its lines: a long
  // line would otherwise run off the page or shrink the whole page to fit it.
  const laidOut = wrapLongText(FRONT_WIDTHS, body, 3);
  const notes = [b.colours, b.workbookNote];
  const notesFrom = 3 + body.length + 1;
  const noteWidth = FRONT_WIDTHS.reduce((sum, width) => sum + width, 0);
  return {
    name: sheetName(texts.sheets.front),
    headerTools: false,
    portrait: true,
    columns: FRONT_WIDTHS.map((width) => ({ header: "", width })),
    rows: [
      [{ value: `${texts.titles[kind]} – ${basis.municipality}, ${basis.period.name}`, style: "title" }, null],
      [null, null],
      ...laidOut.rows,
      [null, null],
      ...notes.map((note): CellOut[] => [{ value: note, style: "wrap" }, null]),
    ],
    merges: notes.map((_, index) => `A${notesFrom + index}:B${notesFrom + index}`),
    rowHeights: [
      ...laidOut.heights,
      ...notes.flatMap((note, index) => {
        const height = wrappedHeight(note, noteWidth);
        return height === undefined ? [] : [{ row: notesFrom + index, height }];
      }),
    ],
  };
}

interface PeerStatuses {
  readonly peerStatus: Status | null;
  readonly peerGroupStatus: Status | null;
  readonly peerStatusByGender: { readonly women: Status | null; readonly men: Status | null } | null;
  readonly peerBasis: PeerBasis | null;
  readonly peerGroupBasis: PeerGroupBasis | null;
}

/**
 * The peer status columns, beside the target status: among all municipalities where any line has
 * peer data (or always, with `alwaysAmongAll`), and within the plan's peer group where any line
 * has that, then the source of each line's comparison ("Kolada 2025, 29 kommuner"). Peer status is
 * relative; the front sheet's note says so.
 */
export function peerColumns<R extends PeerStatuses>(lines: readonly PeerStatuses[], language: Language, { alwaysAmongAll = false }: { readonly alwaysAmongAll?: boolean } = {}): Column<R>[] {
  const c = REPORT_TEXTS[language].columns;
  const word = (status: Status | null) => (status === null ? "" : statusWord(status, language));
  return [
    ...(alwaysAmongAll || lines.some((line) => line.peerStatus !== null) ? [{ header: c.peer, width: 16, cell: (line: R) => word(line.peerStatus), colour: "status" as const }] : []),
    ...(lines.some((line) => line.peerGroupStatus !== null) ? [{ header: c.peerGroup, width: 18, cell: (line: R) => word(line.peerGroupStatus), colour: "status" as const }] : []),
    ...(lines.some((line) => line.peerStatusByGender !== null)
      ? [
          { header: c.peerWomen, width: 16, cell: (line: R) => word(line.peerStatusByGender?.women ?? null), colour: "status" as const },
          { header: c.peerMen, width: 16, cell: (line: R) => word(line.peerStatusByGender?.men ?? null), colour: "status" as const },
        ]
      : []),
    ...(lines.some((line) => line.peerBasis !== null || line.peerGroupBasis !== null) ? [{ header: c.peerSource, width: 40, cell: (line: R) => peerBasisText([line], language) ?? "" }] : []),
  ];
}

/**
 * A workbook with `lines` on its front sheet (the first) under the title and its empty row: where
 * the report came from and its sign-off (docs/reports.md, *Underlag och fastställande*).
 */
export function withFirstPageLines(book: WorkbookOut, lines: readonly string[]): WorkbookOut {
  if (lines.length === 0) return book;
  return {
    ...book,
    sheets: book.sheets.map((sheet, index) => {
      if (index !== 0) return sheet;
      const width = sheet.columns.length;
      const across = sheet.columns.reduce((sum, column) => sum + (column.width ?? 10), 0);
      const said = lines.map((line): CellOut[] => [{ value: line, style: "wrap" }, ...Array.from({ length: Math.max(0, width - 1) }, () => null)]);
      const inserted = insertRowsAfter(sheet, 2, said);
      // Each line across the sheet's columns, as tall as its lines.
      return {
        ...inserted,
        merges: [...(inserted.merges ?? []), ...(width > 1 ? lines.map((_, index) => `A${3 + index}:${columnLetters(width - 1)}${3 + index}`) : [])],
        rowHeights: [
          ...(inserted.rowHeights ?? []),
          ...lines.flatMap((line, index) => {
            const height = wrappedHeight(line, across);
            return height === undefined ? [] : [{ row: 3 + index, height }];
          }),
        ],
      };
    }),
  };
}

/**
 * `sheet` (a headerless one, whose rows start at row 1) with `added` after its first `after` rows,
 * and everything tied to a row below them (merges, heights, page breaks, pictures) moved down with it.
 */
function insertRowsAfter(sheet: SheetOut, after: number, added: readonly (readonly CellOut[])[]): SheetOut {
  const by = added.length;
  const moved = (row: number) => (row > after ? row + by : row);
  return {
    ...sheet,
    rows: [...sheet.rows.slice(0, after), ...added, ...sheet.rows.slice(after)],
    merges: sheet.merges?.map((merge) => merge.replace(/([A-Z]+)(\d+)/g, (_, column: string, row: string) => `${column}${moved(Number(row))}`)),
    rowHeights: sheet.rowHeights?.map(({ row, height }) => ({ row: moved(row), height })),
    pageBreaks: sheet.pageBreaks?.map(moved),
    // A picture's row is zero-based: row r is the sheet's row r + 1.
    images: sheet.images?.map((image) => ({ ...image, row: moved(image.row + 1) - 1 })),
  };
}

/**
 * A workbook as a draft: *Utkast* in every sheet's printed header and footer, and on the front
 * sheet (the first) a line under the title saying so and why.
 */
export function draftWorkbook(book: WorkbookOut, reasons: readonly ReportObstacle[], language: Language): WorkbookOut {
  const d = REPORT_TEXTS[language].draft;
  const printed = { header: d.word.toUpperCase(), footer: d.word };
  const banner = [d.banner, ...reasons.map((reason) => obstacleSentence(reason, language))].join(" ");
  return {
    ...book,
    sheets: book.sheets.map((sheet, index) => {
      if (index !== 0) return { ...sheet, printed };
      // The front sheet's second row is empty: the draft line goes there.
      const [title, , ...rest] = sheet.rows;
      const width = sheet.columns.length;
      const line: CellOut[] = [{ value: banner, style: "banner" }, ...Array.from({ length: Math.max(0, width - 1) }, () => null)];
      // Across the sheet's columns, as tall as its lines.
      const across = sheet.columns.reduce((sum, column) => sum + (column.width ?? 10), 0);
      const height = wrappedHeight(banner, across);
      return {
        ...sheet,
        printed,
        rows: title === undefined ? [line] : [title, line, ...rest],
        merges: [...(sheet.merges ?? []), ...(width > 1 ? [`A2:${columnLetters(width - 1)}2`] : [])],
        rowHeights: [...(sheet.rowHeights ?? []), ...(height === undefined ? [] : [{ row: 2, height }])],
      };
    }),
  };
}
