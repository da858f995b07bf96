/**
 * The Diagram sheet of the annual and interim report workbooks: each result goal's history charts
 * under a caption that says what they show, laid out so that no picture is ever cut by a printed
 * page (docs/reports.md, "Readable workbooks"): a page break before a caption whose picture would
 * not fit on the rest of the page.
 */
import type { RenderedChart } from "../charts/rendered";
import type { CellOut, ImageOut, SheetOut } from "../../workbook/output";

export interface CaptionedPictures {
  readonly caption: string;
  readonly pictures: readonly RenderedChart[];
}

/** A worksheet row's height in pixels (15 points, Excel's default). */
const ROW_PIXELS = 20;

/**
 * What an A4 landscape page holds between its margins and printed header and footer, in pixels at
 * 100 % (8.27 in less exceljs's default 0.75 in margins, at 96 pixels an inch), less a row's air.
 */
const PAGE_PIXELS = Math.floor((8.27 - 1.5) * 96) - ROW_PIXELS;

/** How large the pictures are drawn: two charts of 520 pixels side by side fit a landscape page. */
const SCALE = 0.8;

export function chartSheet(name: string, groups: readonly CaptionedPictures[]): SheetOut {
  const rows: CellOut[][] = [];
  const images: ImageOut[] = [];
  const pageBreaks: number[] = [];
  let usedOnPage = 0;
  for (const { caption, pictures } of groups) {
    pictures.forEach((chart, index) => {
      const height = Math.round(chart.height * SCALE);
      const rowsOfPicture = Math.ceil(height / ROW_PIXELS);
      // A picture keeps its caption (the first of a goal's) on its page.
      const needed = (index === 0 ? ROW_PIXELS : 0) + rowsOfPicture * ROW_PIXELS;
      // The break falls after the last row written, so the caption or picture starts a page.
      if (usedOnPage > 0 && usedOnPage + needed > PAGE_PIXELS) {
        pageBreaks.push(rows.length);
        usedOnPage = 0;
      }
      if (index === 0) rows.push([{ value: caption, style: "bold" }]);
      images.push({ png: chart.png, column: 0, row: rows.length, width: Math.round(chart.width * SCALE), height, ofChart: true });
      for (let r = 0; r < rowsOfPicture; r++) rows.push([null]);
      usedOnPage += needed;
    });
    rows.push([null]);
    usedOnPage += ROW_PIXELS;
  }
  return { name, headerTools: false, columns: [{ header: "" }], rows, images, pageBreaks, picturesOnly: true };
}
