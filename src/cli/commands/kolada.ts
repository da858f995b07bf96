/**
 * `puls kolada import` and `puls kolada fetch`: Kolada's data (saved API v3 responses or CSV
 * exports, or fetched from the live API) into the plan's Jämförelse sheet, for the indicators that
 * carry a Kolada-id. Writes a copy of the plan with the sheet filled; the plan given is never changed.
 */
import path from "node:path";
import { KOLADA_API, KoladaFetchError, KoladaFormatError, asSavedResponse, fetchKolada, koladaValues, parseYears, planWithPeers, type KoladaValue } from "../../app/kolada";
import { OutputGuard, readText, writeBytesFile } from "../../app/node";
import { planCopyLog } from "../../app/audit";
import type { Plan } from "../../core";
import { CommandError, UsageError, type Bilingual, type CliContext, type CommonOptions } from "../context";
import { common, optionalString, parse, required } from "../options";
import { USER_OPTION, logContextOf, logToCarry } from "../log-file";
import { loadPlan } from "../plan-file";
import { TEXTS } from "../texts";

export const KOLADA_HELP: Bilingual = {
  sv: `puls kolada import FIL… --plan PLAN --out FIL
puls kolada fetch --plan PLAN --out FIL [--years 2019-2025] [--save FIL]

Läser Koladas data – sparade svar från Koladas API v3 (JSON, en eller flera sidor) eller
CSV-exporter – och fyller planens blad Jämförelse för de nyckeltal som har ett Kolada-id: alla
kommuner, alla år och alla kön som finns i filerna. Saknade värden förblir saknade. Procent
räknas om från procentenheter (85,2) till andelar (0,852), som Puls lagrar dem.

fetch hämtar samma data direkt från Koladas API (kräver nätverk) och sparar det hämtade som en
fil som import kan läsa igen.

  --plan PLAN     planarbetsboken (ändras aldrig)
  --out FIL       kopian av planen med Jämförelse ifylld (och planens Logg med importen loggad)
  --user NAMN     vem som läser in, för loggen (standard: datorns användare)
  --years ÅR      fetch: åren, t.ex. 2019-2025 (standard: planens år och de fem före)
  --save FIL      fetch: filen med det hämtade (standard: kolada-ÅR-ÅR.json bredvid --out)

Exempel:
  puls kolada import kolada-2024.json kolada-2025.json --plan plan.xlsx --out plan-med-jamforelse.xlsx
  puls kolada fetch --plan plan.xlsx --years 2019-2025 --out plan-med-jamforelse.xlsx`,
  en: `puls kolada import FILE… --plan PLAN --out FILE
puls kolada fetch --plan PLAN --out FILE [--years 2019-2025] [--save FILE]

Reads Kolada's data – saved responses from Kolada's API v3 (JSON, one or more pages) or CSV
exports – and fills the plan's Jämförelse sheet for the indicators that carry a Kolada-id: every
municipality, year and gender in the files. Missing values stay missing. Percentages are
converted from percent units (85.2) to fractions (0.852), as Puls stores them.

fetch gets the same data straight from Kolada's API (needs the network) and saves what it fetched
as a file that import reads again.

  --plan PLAN     the plan workbook (never changed)
  --out FILE      the copy of the plan with Jämförelse filled (and the plan's Logg with the import logged)
  --user NAME     who imports, for the log (default: the computer's user)
  --years YEARS   fetch: the years, e.g. 2019-2025 (default: the plan's year and the five before)
  --save FILE     fetch: the file of what was fetched (default: kolada-YEAR-YEAR.json beside --out)

Examples:
  puls kolada import kolada-2024.json kolada-2025.json --plan plan.xlsx --out plan-with-peers.xlsx
  puls kolada fetch --plan plan.xlsx --years 2019-2025 --out plan-with-peers.xlsx`,
};

/** Reads one Kolada file (JSON by its content, else CSV). */
async function readKoladaFile(file: string, shownAs: string): Promise<readonly KoladaValue[]> {
  const text = await readText(file);
  if (text === undefined) throw new CommandError({ sv: `${shownAs} gick inte att öppna: kontrollera sökvägen.`, en: `${shownAs} could not be opened: check the path.` });
  try {
    return koladaValues(text, shownAs);
  } catch (caught) {
    if (caught instanceof KoladaFormatError) throw new CommandError({ sv: caught.sv, en: caught.en });
    throw caught;
  }
}

/** Writes the copy of the plan with `values` in its Jämförelse, and says what it holds. */
async function writePlanWithPeers(planBytes: Uint8Array, plan: Plan, values: readonly KoladaValue[], out: string, options: CommonOptions, context: CliContext, user: string | undefined): Promise<void> {
  // The plan's log carried on (or an earlier run's at --out), with the import logged.
  const log = planCopyLog(await logToCarry(out, planBytes), plan, `Kolada: ${values.length} värden`, logContextOf(user, context));
  const { bytes, peers, withoutData, ignored } = await planWithPeers(planBytes, plan, values, log);
  await writeBytesFile(out, bytes);
  const indicators = new Set(peers.map((p) => p.indicator)).size;
  const years = [...new Set(peers.map((p) => p.year))].sort();
  const municipalities = new Set(peers.map((p) => p.municipalityCode)).size;
  if (options.json) {
    context.out(JSON.stringify({ out, rows: peers.length, indicators, years, municipalities, withoutData, ignored }, null, 2));
    return;
  }
  const span = years.length === 0 ? "" : `${years[0]}–${years[years.length - 1]}`;
  const texts = TEXTS[options.lang];
  const lines = [
    texts.kolada.filled(peers.length, indicators, municipalities, span),
    ...(withoutData.length > 0 ? [texts.kolada.withoutData(withoutData.join(", "))] : []),
    ...(ignored > 0 ? [texts.kolada.ignored(ignored)] : []),
    `${texts.wrote} ${out}`,
  ];
  context.out(lines.join("\n"));
}

async function importFiles(files: readonly string[], planFile: string, out: string, options: CommonOptions, context: CliContext, user: string | undefined): Promise<number> {
  if (files.length === 0) throw new UsageError({ sv: "Ange Koladas filer (JSON eller CSV).", en: "Give Kolada's files (JSON or CSV)." });
  const { plan, bytes } = await loadPlan(planFile);
  const read: KoladaValue[] = [];
  for (const file of files) {
    // One push per value: a real export has some 200,000 rows, too many to spread as arguments.
    for (const value of await readKoladaFile(path.resolve(context.cwd, file), file)) read.push(value);
  }
  await writePlanWithPeers(bytes, plan, read, out, options, context, user);
  return 0;
}

async function fetchFromApi(values: { years?: string | boolean; save?: string | boolean; user?: string | boolean }, planFile: string, out: string, options: CommonOptions, context: CliContext): Promise<number> {
  const { plan, bytes } = await loadPlan(planFile);
  const asked = optionalString(values.years);
  const years = asked === undefined ? Array.from({ length: 6 }, (_, i) => plan.settings.year - 5 + i) : parseYears(asked);
  if (years === null) throw new UsageError({ sv: `--years tar år som 2019-2025 eller 2023,2024, inte "${asked ?? ""}".`, en: `--years takes years like 2019-2025 or 2023,2024, not "${asked ?? ""}".` });
  const kpis = [...new Set(plan.indicators.map((i) => i.koladaId).filter((id): id is string => id !== null && id !== ""))];
  if (kpis.length === 0) throw new CommandError({ sv: "Inget nyckeltal i planen har ett Kolada-id: fyll i kolumnen Kolada-id på bladet Nyckeltal.", en: "No indicator in the plan has a Kolada id: fill in the Kolada-id column on the Nyckeltal sheet." });
  const base = process.env.PULS_KOLADA_API ?? KOLADA_API;
  // How many pages there will be is known only at the end: the count of pages so far is shown.
  const onPage = context.interactive ? (pages: number) => context.err(`\r${TEXTS[options.lang].kolada.fetching} ${pages}`) : undefined;
  let fetched;
  try {
    fetched = await fetchKolada({ base, kpis, years, onPage });
  } catch (caught) {
    if (caught instanceof KoladaFetchError || caught instanceof KoladaFormatError) throw new CommandError({ sv: caught.sv, en: caught.en });
    throw caught;
  }
  const save = path.resolve(context.cwd, optionalString(values.save) ?? path.join(path.dirname(out), `kolada-${years[0] ?? ""}-${years[years.length - 1] ?? ""}.json`));
  await (await OutputGuard.of([planFile, out])).check(save);
  await writeBytesFile(save, asSavedResponse(fetched.values));
  if (context.interactive) context.err("\n");
  context.err(`${TEXTS[options.lang].kolada.saved(fetched.pages, save)}\n`);
  await writePlanWithPeers(bytes, plan, fetched.values, out, options, context, optionalString(values.user));
  return 0;
}

export async function kolada(args: readonly string[], context: CliContext): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "import" && action !== "fetch") throw new UsageError({ sv: `Okänd åtgärd "${action ?? ""}": skriv puls kolada import eller puls kolada fetch.`, en: `Unknown action "${action ?? ""}": write puls kolada import or puls kolada fetch.` });
  const { values, positionals } = parse(rest, { plan: { type: "string" }, out: { type: "string" }, years: { type: "string" }, save: { type: "string" }, ...USER_OPTION }, { allowPositionals: action === "import" });
  const options = common(values);
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const out = path.resolve(context.cwd, required(values.out, "out"));
  // The plan and the Kolada files are never overwritten, whatever --out (or --save) says.
  await (await OutputGuard.of([planFile, ...(action === "import" ? positionals.map((file) => path.resolve(context.cwd, file)) : [])])).check(out);
  return action === "import" ? importFiles(positionals, planFile, out, options, context, optionalString(values.user)) : fetchFromApi(values, planFile, out, options, context);
}
