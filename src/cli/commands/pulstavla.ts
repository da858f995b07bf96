/**
 * `puls pulstavla`: the pulse boards of the municipality and each division (docs/reports.md,
 * "Pulstavla") as their own workbook, a one-page sheet each, and with --format pdf as one one-page
 * PDF per board, made with LibreOffice.
 */
import path from "node:path";
import { collectPeriod, collectionTime } from "../../app/collect";
import { OutputGuard, PdfExportError, collectionThreads, expandInputs, fileSources, folderSink, nodeWorkbookPdf } from "../../app/node";
import { writePulseBoards } from "../../app/pulse-board-files";
import { reportInput, type OutcomeSource } from "../../app/reports";
import { loadConsolidated } from "../consolidated-file";
import { CommandError, UsageError, type Bilingual, type CliContext } from "../context";
import { common, optionalString, parse, required } from "../options";
import { loadPlan, periodOf } from "../plan-file";

export const PULSTAVLA_HELP: Bilingual = {
  sv: `puls pulstavla --plan PLAN [--data INLÄMNAT] [--period ID] --out MAPP [--format xlsx,pdf]

Skriver pulstavlorna för kommunen och varje förvaltning: målen efter bedömning, nyckeltalen per
enhet i rött, gult och grönt (med ordet i varje cell), vilka enheter som har rapporterat, de
försenade aktiviteterna och förbättringsarbetet. En sida A4 liggande per tavla.

  --plan PLAN       planarbetsboken
  --data INLÄMNAT   en sammanställning från puls collect, eller mappen med enheternas arbetsböcker
                    (standard: planens egna utfall)
  --period ID       perioden (standard: planens aktuella period)
  --out MAPP        mappen som tavlorna skrivs till (skapas vid behov)
  --format LISTA    xlsx, pdf eller båda (standard: xlsx): xlsx är en arbetsbok med ett blad per
                    tavla, pdf en PDF per tavla, gjord med LibreOffice

Exempel:
  puls pulstavla --plan plan.xlsx --data "Sammanställning 2026-D.xlsx" --out tavlor --format xlsx,pdf`,
  en: `puls pulstavla --plan PLAN [--data SUBMITTED] [--period ID] --out FOLDER [--format xlsx,pdf]

Writes the pulse boards of the municipality and of each division: the goals by assessment, the
indicators per unit in red, yellow and green (with the word in each cell), which units have
reported, the overdue actions and the improvement work. One A4 landscape page per board.

  --plan PLAN        the plan workbook
  --data SUBMITTED   a consolidated workbook from puls collect, or the folder of the units' workbooks
                     (default: the plan's own outcomes)
  --period ID        the period (default: the plan's current period)
  --out FOLDER       the folder the boards are written to (made if needed)
  --format LIST      xlsx, pdf or both (default: xlsx): xlsx is one workbook with a sheet per board,
                     pdf one PDF per board, made with LibreOffice

Examples:
  puls pulstavla --plan plan.xlsx --data "Sammanställning 2026-D.xlsx" --out boards --format xlsx,pdf`,
};

const PDF_FAILED: Bilingual = {
  sv: "PDF skrivs med LibreOffice (programmet soffice), som saknas eller inte kunde göra PDF:en. Installera LibreOffice, eller skriv arbetsboken med --format xlsx och skriv ut bladen till PDF i Excel.",
  en: "PDF is written with LibreOffice (the program soffice), which is missing or could not make the PDF. Install LibreOffice, or write the workbook with --format xlsx and print its sheets to PDF in Excel.",
};

function formatsOf(value: string | undefined): ReadonlySet<"xlsx" | "pdf"> {
  if (value === undefined) return new Set(["xlsx"]);
  const asked = value.split(",").map((part) => part.trim().toLowerCase()).filter((part) => part !== "");
  if (asked.length === 0 || asked.some((part) => part !== "xlsx" && part !== "pdf")) throw new UsageError({ sv: `--format tar xlsx, pdf eller båda (xlsx,pdf), inte "${value}".`, en: `--format takes xlsx, pdf or both (xlsx,pdf), not "${value}".` });
  return new Set(asked as ("xlsx" | "pdf")[]);
}

export async function pulstavla(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { plan: { type: "string" }, data: { type: "string" }, period: { type: "string" }, out: { type: "string" }, format: { type: "string" } });
  const options = common(values);
  const formats = formatsOf(optionalString(values.format));
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const folder = path.resolve(context.cwd, required(values.out, "out"));
  const data = optionalString(values.data);
  const { files, folders, notFound } = data === undefined ? { files: [], folders: [], notFound: [] } : await expandInputs([path.resolve(context.cwd, data)]);
  if (data !== undefined && notFound.length > 0) throw new CommandError({ sv: `Hittade inget i ${data}.`, en: `Found nothing in ${data}.` });
  const guard = await OutputGuard.of([planFile, ...files], folders);
  await guard.check(folder, { folder: true });
  const { plan } = await loadPlan(planFile);
  const period = periodOf(plan, optionalString(values.period));
  // A folder is collected (read, never changed); a file is a consolidated workbook; nothing is the plan's own Utfall.
  let source: OutcomeSource = { kind: "plan" };
  if (data !== undefined && folders.length > 0) source = { kind: "collected", collected: await collectPeriod({ plan, period, sources: fileSources(files), collectedAt: collectionTime(undefined, context.now()), parallel: collectionThreads() }) };
  else if (data !== undefined) source = { kind: "consolidated", data: await loadConsolidated({ file: path.resolve(context.cwd, data), shownAs: data, plan, period }, context, options.lang) };
  const toPdf = async (xlsx: Uint8Array, name: string) => {
    try {
      return await nodeWorkbookPdf(xlsx, name);
    } catch (caught) {
      if (caught instanceof PdfExportError) throw new CommandError(PDF_FAILED);
      throw caught;
    }
  };
  const onFile = (name: string) => {
    if (context.interactive && !options.json) context.err(`${name}\n`);
  };
  const made = await writePulseBoards({ input: reportInput(plan, period, source), language: options.lang, formats, toPdf, onFile }, folderSink(folder, guard));
  const written = made.files.map((name) => path.join(folder, name));
  if (options.json) context.out(JSON.stringify({ period, boards: made.boards, files: written }, null, 2));
  else context.out([options.lang === "sv" ? `Pulstavlor för ${period} (${made.boards.length}):` : `Pulse boards for ${period} (${made.boards.length}):`, ...written.map((file) => `  ${file}`)].join("\n"));
  return 0;
}
