/**
 * A report as a Word document: title page with the report's basis, a table of contents field,
 * the body, page numbers in the footer. Styles are Word's own (Normal, Heading 1–3), so the
 * council's template can restyle the document.
 */
import { contentsOf } from "./contents";
import { AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, TextRun, type FileChild } from "docx";
import type { Language, ReportBasis } from "../../core";
import { formatPercent } from "../format";
import type { Draft } from "../texts";
import { obstacleSentence } from "../obstacles";
import { REPORT_TEXTS, type ReportKind } from "../texts";
import { heading, labelled, paragraph } from "./blocks";

/**
 * The first page's statement of what the report was made from (docs/reports.md), and the rules in
 * plain sentences: no rule's technical name, so a council member reads how a colour and an
 * assessment come about. The comparison with other municipalities is explained here once, where
 * the document has one (`peers`), not under every table.
 */
export function basisBlocks(basis: ReportBasis, language: Language, { peers = false }: { readonly peers?: boolean } = {}): FileChild[] {
  const texts = REPORT_TEXTS[language];
  const b = texts.basis;
  const { rules, data } = basis;
  const percent = (value: number) => formatPercent(value, language, 0);
  return [
    heading(b.heading, 1),
    labelled(b.plan, `${b.planOf(basis.planYear)}, ${basis.municipality}${basis.municipalityCode === "" ? "" : ` (${basis.municipalityCode})`}`),
    labelled(b.period, `${basis.period.name} (${basis.period.id}${basis.period.from === "" ? "" : `, ${basis.period.from} – ${basis.period.to}`})`),
    labelled(b.source, data.source === "collection" ? b.sourceCollection : b.sourcePlan),
    ...(data.reported === null || data.expected === null ? [] : [labelled(b.reported, b.reportedOf(data.reported, data.expected))]),
    ...(data.collectedAt === null ? [] : [labelled(b.collectedAt, data.collectedAt.replace("T", " ").slice(0, 16))]),
    labelled(b.values, b.valuesOf(data.withOutcome, data.values)),
    heading(b.rulesHeading, 2),
    paragraph(b.rules.status(percent(rules.yellowFrom))),
    paragraph(b.colours),
    paragraph(b.rules.rollup[rules.rollupMethod]),
    paragraph(b.rules.minCoverage(percent(rules.minCoverage))),
    paragraph(b.rules.manual),
    paragraph(b.rules.trend(percent(rules.trendBand))),
    ...(rules.commentRequiredOnRed ? [paragraph(b.rules.commentOnRed)] : []),
    ...(peers ? [paragraph(texts.sentences.peerNote)] : []),
  ];
}

/**
 * A report as a Word document; a draft (`draft` not null) says *Utkast* in the header and footer of
 * every page and, under the title, why it is a draft; `firstPage` lines (where the report came
 * from, its sign-off) follow the title.
 */
export function reportDocument(kind: ReportKind, basis: ReportBasis, body: readonly FileChild[], language: Language, draft: Draft | null = null, { peers = false, firstPage = [] }: { readonly peers?: boolean; readonly firstPage?: readonly string[] } = {}): Document {
  const texts = REPORT_TEXTS[language];
  const d = texts.draft;
  const title = texts.titles[kind];
  const draftBlocks =
    draft === null
      ? []
      : [
          new Paragraph({
            children: [new TextRun({ text: [d.banner, ...draft.reasons.map((reason) => obstacleSentence(reason, language))].join(" "), bold: true, size: 28, color: "C00000" })],
            border: { top: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 } },
            spacing: { after: 240 },
          }),
        ];
  return new Document({
    creator: "Puls",
    title: `${title} – ${basis.municipality} ${basis.period.name}`,
    // Word fills in the contents' page references and page fields when it opens the document.
    features: { updateFields: true },
    // Spelling and hyphenation in the document's language.
    // Heading styles carry their outline level: Word's navigation, the table of contents and a
    // tagged PDF (LibreOffice's H1/H2/H3) see real headings, not bold paragraphs.
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: language === "sv" ? "sv-SE" : "en-GB" } } },
        heading1: { run: { size: 32, bold: true, color: "1F4E79" }, paragraph: { outlineLevel: 0, keepNext: true } },
        heading2: { run: { size: 26, bold: true, color: "1F4E79" }, paragraph: { outlineLevel: 1, keepNext: true } },
        heading3: { run: { size: 23, bold: true, color: "1F4E79" }, paragraph: { outlineLevel: 2, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        ...(draft === null ? {} : { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: d.word.toUpperCase(), bold: true, color: "C00000" })] })] }) } }),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [...(draft === null ? [] : [`${d.word} – `]), `${texts.sentences.page} `, PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: title, bold: true, size: 48 })], spacing: { after: 120 } }),
          new Paragraph({ children: [new TextRun({ text: `${basis.municipality} – ${basis.period.name}`, size: 32 })], spacing: { after: 360 } }),
          ...draftBlocks,
          ...firstPage.map((line) => new Paragraph({ children: [new TextRun({ text: line })], spacing: { after: 120 } })),
          ...basisBlocks(basis, language, { peers }),
          new Paragraph({ children: [new TextRun({ text: texts.headings.contents, bold: true, size: 28 })], pageBreakBefore: true, spacing: { after: 120 } }),
          ...contentsOf(body),
          ...body,
        ],
      },
    ],
  });
}
