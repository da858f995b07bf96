/**
 * `puls kolada import`: Kolada's data (saved API v3 responses or CSV exports) into the plan's
 * Jämförelse sheet, for the indicators that carry a Kolada-id. Writes a copy of the plan with the
 * sheet filled; the plan given is never changed.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { KoladaFormatError, type KoladaValue } from "../../kolada/kolada-value";
import { parseKoladaCsv } from "../../kolada/parse-csv";
import { parseKoladaJson } from "../../kolada/parse-json";
import { peersFromKolada } from "../../kolada/to-peers";
import { writeAtomically } from "../../node/files";
import { PEERS_SHEET } from "../../workbook/plan/plan-sheets";
import { peersSheet } from "../../workbook/plan/write-plan";
import { withSheetReplaced } from "../../workbook/replace-sheet";
import { CommandError, UsageError, type Bilingual, type CliContext } from "../context";
import { common, parse, required } from "../options";
import { loadPlan } from "../plan-file";

export const KOLADA_HELP: Bilingual = {
  sv: `puls kolada import FIL… --plan PLAN --out FIL

Läser Koladas data – sparade svar från Koladas API v3 (JSON, en eller flera sidor) eller
CSV-exporter – och fyller planens blad Jämförelse för de nyckeltal som har ett Kolada-id: alla
kommuner, alla år och alla kön som finns i filerna. Saknade värden förblir saknade. Procent
räknas om från procentenheter (85,2) till andelar (0,852), som Puls lagrar dem.

  --plan PLAN   planarbetsboken (ändras aldrig)
  --out FIL     kopian av planen med Jämförelse ifylld

Exempel:
  puls kolada import kolada-2024.json kolada-2025.json --plan plan.xlsx --out plan-med-jamforelse.xlsx`,
  en: `puls kolada import FILE… --plan PLAN --out FILE

Reads Kolada's data – saved responses from Kolada's API v3 (JSON, one or more pages) or CSV
exports – and fills the plan's Jämförelse sheet for the indicators that carry a Kolada-id: every
municipality, year and gender in the files. Missing values stay missing. Percentages are
converted from percent units (85.2) to fractions (0.852), as Puls stores them.

  --plan PLAN   the plan workbook (never changed)
  --out FILE    the copy of the plan with Jämförelse filled

Examples:
  puls kolada import kolada-2024.json kolada-2025.json --plan plan.xlsx --out plan-with-peers.xlsx`,
};

/** Reads one Kolada file (JSON by its content, else CSV). */
async function readKoladaFile(file: string, shownAs: string): Promise<KoladaValue[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CommandError({ sv: `${shownAs} gick inte att öppna: kontrollera sökvägen.`, en: `${shownAs} could not be opened: check the path.` });
  }
  try {
    return text.trimStart().startsWith("{") ? [...parseKoladaJson(text, shownAs).values] : parseKoladaCsv(text, shownAs);
  } catch (caught) {
    if (caught instanceof KoladaFormatError) throw new CommandError({ sv: caught.sv, en: caught.en });
    throw caught;
  }
}

export async function kolada(args: readonly string[], context: CliContext): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "import") throw new UsageError({ sv: `Okänd åtgärd "${action ?? ""}": skriv puls kolada import.`, en: `Unknown action "${action ?? ""}": write puls kolada import.` });
  const { values, positionals } = parse(rest, { plan: { type: "string" }, out: { type: "string" } }, true);
  const options = common(values);
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const out = path.resolve(context.cwd, required(values.out, "out"));
  if (positionals.length === 0) throw new UsageError({ sv: "Ange Koladas filer (JSON eller CSV).", en: "Give Kolada's files (JSON or CSV)." });
  if (out === planFile) throw new UsageError({ sv: "--out får inte vara planen själv: planen ändras aldrig.", en: "--out may not be the plan itself: the plan is never changed." });
  const { plan } = await loadPlan(planFile);
  const read: KoladaValue[] = [];
  for (const file of positionals) read.push(...(await readKoladaFile(path.resolve(context.cwd, file), file)));
  const { peers, withoutData, ignored } = peersFromKolada(plan, read);
  const bytes = await withSheetReplaced(await readFile(planFile), peersSheet({ ...plan, peers }), PEERS_SHEET.names);
  await writeAtomically(out, (temporary) => writeFile(temporary, bytes));
  const indicators = new Set(peers.map((p) => p.indicator)).size;
  const years = [...new Set(peers.map((p) => p.year))].sort();
  const summary = {
    out,
    rows: peers.length,
    indicators,
    years,
    municipalities: new Set(peers.map((p) => p.municipalityCode)).size,
    withoutData,
    ignored,
  };
  if (options.json) context.out(JSON.stringify(summary, null, 2));
  else {
    const span = years.length === 0 ? "" : `${years[0]}–${years[years.length - 1]}`;
    const lines =
      options.lang === "sv"
        ? [`Jämförelse: ${peers.length} värden för ${indicators} nyckeltal, ${summary.municipalities} kommuner, ${span}.`, ...(withoutData.length > 0 ? [`Inga värden i filerna för Kolada-id: ${withoutData.join(", ")}.`] : []), ...(ignored > 0 ? [`${ignored} värden gällde nyckeltal som inte finns i planen och lämnades utanför.`] : []), `Skrev ${out}`]
        : [`Peers: ${peers.length} values for ${indicators} indicators, ${summary.municipalities} municipalities, ${span}.`, ...(withoutData.length > 0 ? [`No values in the files for Kolada ids: ${withoutData.join(", ")}.`] : []), ...(ignored > 0 ? [`${ignored} values were for KPIs not in the plan and were left out.`] : []), `Wrote ${out}`];
    context.out(lines.join("\n"));
  }
  return 0;
}
