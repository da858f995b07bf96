/**
 * The council's documents as tagged PDF (docs/reports.md, "PDF"): `puls report … --format pdf`
 * writes PDF/UA through LibreOffice, with the language, real headings, table headers and
 * pictures with their alternative text; every page renders. Skipped, saying so, where LibreOffice
 * or poppler is missing (.ci/run installs both).
 */
import { strFromU8, unzipSync } from "fflate";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runDemo } from "../../src/app/node/demo";
import { main } from "../../src/cli/main";
import { hasLibreOffice, wordsOf } from "../support/libreoffice";

const PDFINFO = ["/usr/bin/pdfinfo"].find((candidate) => existsSync(candidate));
const PDFTOPPM = ["/usr/bin/pdftoppm"].find((candidate) => existsSync(candidate));
const PDFTOTEXT = ["/usr/bin/pdftotext"].find((candidate) => existsSync(candidate));
const available = hasLibreOffice && PDFINFO !== undefined && PDFTOPPM !== undefined && PDFTOTEXT !== undefined;
if (!available) console.warn("LibreOffice or poppler-utils is missing: the tagged PDF export is not tested here (.ci/run installs them).");
const describeIf = available ? describe : describe.skip;

let folder: string;

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += t), interactive: false, now: () => new Date("2026-09-21T09:00:00Z"), cwd: folder });
    return { code, out, err };
  } finally {
    process.env = saved;
  }
}

/** The names of the structure elements in a PDF (/S /H1 …), counted. */
function structure(pdf: Buffer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of pdf.toString("latin1").matchAll(/\/Type\s*\/StructElem\s*\/S\s*\/(\w+)/g)) counts.set(match[1] ?? "", (counts.get(match[1] ?? "") ?? 0) + 1);
  return counts;
}

describeIf("the council's documents as tagged PDF", () => {
  const args = () => ["report", "alla", "--plan", path.join(folder, "Exempelkommun plan 2026.xlsx"), "--data", path.join(folder, "Sammanställning 2026-D.xlsx"), "--out", "pdf", "--format", "pdf"];

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "puls-tagged-pdf-"));
    await runDemo(folder, { now: "2026-09-21T10:00:00" });
    const result = await run(args());
    expect(result.code).toBe(0);
  }, 600_000);

  it("writes a PDF of each Word report the period calls for, and no Word document", () => {
    const written = readdirSync(path.join(folder, "pdf")).sort();
    expect(written.filter((name) => name.endsWith(".pdf"))).toEqual(["Delårsrapport 2026-D.pdf", "Politisk analys 2026-D.pdf"]);
    expect(written.some((name) => name.endsWith(".docx"))).toBe(false);
  });

  it("tags them, in Swedish, with the report's title", () => {
    for (const name of ["Delårsrapport 2026-D.pdf", "Politisk analys 2026-D.pdf"]) {
      const file = path.join(folder, "pdf", name);
      const info = execFileSync(PDFINFO as string, [file], { encoding: "utf8" });
      expect({ name, tagged: /^Tagged:\s+yes$/m.test(info) }).toEqual({ name, tagged: true });
      expect(info).toMatch(/^Title:\s+(Delårsrapport|Politisk analys).* – Exempelkommun Delår 2026$/m);
      expect({ name, lang: /\/Lang\s*\(sv-SE\)/.test(readFileSync(file).toString("latin1")) }).toEqual({ name, lang: true });
    }
  });

  it("has headings as H1 and H2, tables with header cells, and every picture a figure with alternative text", () => {
    const pdf = readFileSync(path.join(folder, "pdf", "Delårsrapport 2026-D.pdf"));
    const elements = structure(pdf);
    expect(elements.get("H1") ?? 0).toBeGreaterThanOrEqual(5);
    expect(elements.get("H2") ?? 0).toBeGreaterThanOrEqual(12);
    expect(elements.get("TH") ?? 0).toBeGreaterThan(50);
    const figures = [...pdf.toString("latin1").matchAll(/\/S\s*\/Figure([\s\S]*?)>>/g)];
    expect(figures.length).toBeGreaterThan(5);
    for (const [, body] of figures) expect(body).toMatch(/\/Alt\s*[(<]/);
    expect(elements.get("Heading") ?? 0).toBe(0);
  });

  it("renders every page", () => {
    const file = path.join(folder, "pdf", "Delårsrapport 2026-D.pdf");
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync(PDFINFO as string, [file], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThan(10);
    const out = mkdtempSync(path.join(tmpdir(), "puls-pages-"));
    execFileSync(PDFTOPPM as string, ["-png", "-r", "20", file, path.join(out, "p")], { timeout: 120_000 });
    const rendered = readdirSync(out).filter((name) => name.endsWith(".png"));
    expect(rendered).toHaveLength(pages);
    for (const png of rendered) expect(readFileSync(path.join(out, png)).length).toBeGreaterThan(500);
  });

  it("breaks no word or number across lines: every word of the PDF's text is a word of the document", () => {
    for (const [pdfName, docxName] of [["Delårsrapport 2026-D.pdf", "Delårsrapport 2026-D.docx"], ["Politisk analys 2026-D.pdf", "Politisk analys 2026-D.docx"]] as const) {
      const xml = Object.entries(unzipSync(new Uint8Array(readFileSync(path.join(folder, "rapporter", docxName))))).filter(([name]) => name.startsWith("word/")).map(([, bytes]) => strFromU8(bytes)).join(" ");
      // A no-break space holds "4 / 2 / 0 / 0" together; poppler gives it back without the spaces.
      const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? "");
      const words = new Set(runs.flatMap((run) => [...wordsOf(run), ...wordsOf(run.replace(/[\u00a0\u202f]/g, ""))]));
      const text = execFileSync(PDFTOTEXT as string, [path.join(folder, "pdf", pdfName), "-"], { encoding: "utf8" });
      // Digits alone are page numbers and the groups of a number written with spaces; a fragment of a word or a decimal is not.
      const broken = [...new Set(wordsOf(text).filter((token) => !/^\d+$/.test(token) && !words.has(token)))];
      expect({ pdfName, broken }).toEqual({ pdfName, broken: [] });
    }
  });

  it("says in one sentence what to do when LibreOffice is missing, and writes nothing", async () => {
    const result = await run([...args().slice(0, -4), "--out", "saknas", "--format", "pdf"], { PULS_SOFFICE: path.join(folder, "no-such-soffice") });
    expect(result.code).toBe(1);
    expect(result.err.trim()).toMatch(/^PDF skrivs med LibreOffice, som inte finns på den här datorn \(programmet soffice\)\. .*spara det som PDF i Word/);
    expect(existsSync(path.join(folder, "saknas", "Delårsrapport 2026-D.pdf"))).toBe(false);
  });
});
