/**
 * `puls kolada import` and `puls kolada fetch`: Kolada's data (saved API v3 responses or CSV
 * exports, or fetched from the live API) into the plan's Jämförelse sheet (the municipalities')
 * and Jämförelse enheter (the country's units', `fetch --units` or saved `oudata`), for the
 * indicators that carry a Kolada-id; `units` and `groups` (kolada-lookups.ts). Writes a copy of
 * the plan; the plan given is never changed.
 */
import path from "node:path";
import { KOLADA_API, KoladaFetchError, KoladaFormatError, asSavedResponse, fetchKolada, fetchKoladaList, koladaValues, kpiUrls, kpisWithUnitData, parseYears, planWithPeers, type KoladaRead, type KoladaValue } from "../../app/kolada";
import { OutputGuard, readText, writeBytesFile } from "../../app/node";
import { planCopyLog } from "../../app/audit";
import type { Plan } from "../../core";
import { CommandError, UsageError, type Bilingual, type CliContext, type CommonOptions } from "../context";
import { common, optionalString, parse, required } from "../options";
import { USER_OPTION, logContextOf, logToCarry } from "../log-file";
import { loadPlan } from "../plan-file";
import { TEXTS } from "../texts";
import { koladaGroupsCommand, koladaUnitsCommand } from "./kolada-lookups";

export const KOLADA_HELP: Bilingual = {
  sv: `puls kolada import FIL… --plan PLAN --out FIL
puls kolada fetch --plan PLAN --out FIL [--years 2019-2025] [--save FIL] [--units]
puls kolada units --plan PLAN --out FIL [--from FIL]
puls kolada groups --plan PLAN [--title "Liknande kommuner"] [--group ID [--area MÅL] --out FIL] [--from FIL]

Läser Koladas data – sparade svar från Koladas API v3 (JSON, en eller flera sidor) eller
CSV-exporter – och fyller planens blad Jämförelse för de nyckeltal som har ett Kolada-id: alla
kommuner, alla år och alla kön som finns i filerna. Saknade värden förblir saknade. Procent
räknas om från procentenheter (85,2) till andelar (0,852), som Puls lagrar dem.

fetch hämtar samma data direkt från Koladas API (kräver nätverk) och sparar det hämtade som en
fil som import kan läsa igen. Med --units hämtar den i stället alla enheters värden i landet
(skolor, förskolor …) till bladet Jämförelse enheter, för de nyckeltal Kolada har enhetsdata för.
Sparade oudata-svar läses av import på samma sätt. Värden som Kolada markerat som borttagna
lämnas utanför.

units slår upp kommunens enheter i Kolada och föreslår Kolada-id för planens enheter efter namn
(exakt, sedan utan skillnad i versaler, bindestreck och "skola"/"skolan"); det som inte matchar
lämnas tomt och listas. groups listar RKA:s grupper av liknande kommuner för kommunen; med
--group skrivs den valda gruppen in som planens Jämförelsegrupp med namn och år. Kolada har en
grupp per område (grundskola, äldreomsorg …): med --area gäller gruppen bara nyckeltalen under
det målet (t.ex. ett målområde), på bladet Jämförelsegrupper; kör en gång per område.

  --plan PLAN     planarbetsboken (ändras aldrig)
  --out FIL       kopian av planen (med planens Logg och inläsningen loggad)
  --user NAMN     vem som läser in, för loggen (standard: datorns användare)
  --years ÅR      fetch: åren, t.ex. 2019-2025 (standard: planens år och de fem före; med --units året och det före)
  --save FIL      fetch: filen med det hämtade (standard: kolada-ÅR-ÅR.json bredvid --out)
  --units         fetch: enheternas värden i hela landet i stället för kommunernas
  --from FIL      units, groups: läs ett sparat svar från Kolada i stället för att hämta
  --title TEXT    groups: gruppernas namn att söka på (standard: Liknande kommuner)
  --group G       groups: gruppens id eller namn
  --area MÅL      groups: målet (id eller namn) vars nyckeltal jämförs med gruppen

Exempel:
  puls kolada import kolada-2024.json kolada-2025.json --plan plan.xlsx --out plan-med-jamforelse.xlsx
  puls kolada fetch --plan plan.xlsx --years 2019-2025 --out plan-med-jamforelse.xlsx`,
  en: `puls kolada import FILE… --plan PLAN --out FILE
puls kolada fetch --plan PLAN --out FILE [--years 2019-2025] [--save FILE] [--units]
puls kolada units --plan PLAN --out FILE [--from FILE]
puls kolada groups --plan PLAN [--title "Liknande kommuner"] [--group ID [--area GOAL] --out FILE] [--from FILE]

Reads Kolada's data – saved responses from Kolada's API v3 (JSON, one or more pages) or CSV
exports – and fills the plan's Jämförelse sheet for the indicators that carry a Kolada-id: every
municipality, year and gender in the files. Missing values stay missing. Percentages are
converted from percent units (85.2) to fractions (0.852), as Puls stores them.

fetch gets the same data straight from Kolada's API (needs the network) and saves what it fetched
as a file that import reads again. With --units it fetches every unit's values in the country
instead (schools, preschools, …) into the Jämförelse enheter sheet, for the KPIs Kolada has unit
data for. Saved oudata responses are read by import alike. Values Kolada marks as deleted are
left out.

units looks the municipality's units up in Kolada and proposes Kolada ids for the plan's units by
name (exact, then regardless of case, hyphens and "skola"/"skolan"); what does not match is left
empty and listed. groups lists RKA's groups of similar municipalities for the municipality; with
--group the chosen group is written as the plan's Jämförelsegrupp with its name and year. Kolada
has one group per area (schools, elderly care, …): with --area the group applies only to the
indicators under that goal (e.g. a priority area), on the Jämförelsegrupper sheet; run once per
area.

  --plan PLAN     the plan workbook (never changed)
  --out FILE      the copy of the plan (with the plan's Logg and the import logged)
  --user NAME     who imports, for the log (default: the computer's user)
  --years YEARS   fetch: the years, e.g. 2019-2025 (default: the plan's year and the five before; with --units the year and the one before)
  --save FILE     fetch: the file of what was fetched (default: kolada-YEAR-YEAR.json beside --out)
  --units         fetch: the units' values in the whole country instead of the municipalities'
  --from FILE     units, groups: read a saved response from Kolada instead of fetching
  --title TEXT    groups: the groups' name to search for (default: Liknande kommuner)
  --group G       groups: the group's id or name
  --area GOAL     groups: the goal (id or name) whose indicators are compared with the group

Examples:
  puls kolada import kolada-2024.json kolada-2025.json --plan plan.xlsx --out plan-with-peers.xlsx
  puls kolada fetch --plan plan.xlsx --years 2019-2025 --out plan-with-peers.xlsx`,
};

/** Reads one Kolada file (JSON by its content, else CSV). */
async function readKoladaFile(file: string, shownAs: string): Promise<KoladaRead> {
  const text = await readText(file);
  if (text === undefined) throw new CommandError({ sv: `${shownAs} gick inte att öppna: kontrollera sökvägen.`, en: `${shownAs} could not be opened: check the path.` });
  try {
    return koladaValues(text, shownAs);
  } catch (caught) {
    if (caught instanceof KoladaFormatError) throw new CommandError({ sv: caught.sv, en: caught.en });
    throw caught;
  }
}

/** "2024–2025" for the years of some rows. */
function spanOf(rows: readonly { readonly year: number }[]): string {
  const years = [...new Set(rows.map((row) => row.year))].sort();
  return years.length === 0 ? "" : `${years[0]}–${years[years.length - 1]}`;
}

/** Writes the copy of the plan with `values` in its Jämförelse and Jämförelse enheter, and says what it holds. */
async function writePlanWithPeers(planBytes: Uint8Array, plan: Plan, values: readonly KoladaValue[], deleted: number, out: string, options: CommonOptions, context: CliContext, user: string | undefined): Promise<void> {
  // The plan's log carried on (or an earlier run's at --out), with the import logged.
  const log = planCopyLog(await logToCarry(out, planBytes), plan, `Kolada: ${values.length} värden`, logContextOf(user, context));
  const { bytes, peers, withoutData, ignored, unitPeers } = await planWithPeers(planBytes, plan, values, log);
  await writeBytesFile(out, bytes);
  const indicators = new Set((peers ?? []).map((p) => p.indicator)).size;
  const municipalities = new Set((peers ?? []).map((p) => p.municipalityCode)).size;
  const unitIndicators = new Set((unitPeers ?? []).map((p) => p.indicator)).size;
  const units = new Set((unitPeers ?? []).map((p) => p.unit)).size;
  if (options.json) {
    const years = [...new Set((peers ?? []).map((p) => p.year))].sort();
    context.out(JSON.stringify({ out, rows: peers?.length ?? 0, indicators, years, municipalities, withoutData, ignored, deleted, unitRows: unitPeers?.length ?? 0, units }, null, 2));
    return;
  }
  const texts = TEXTS[options.lang];
  const lines = [
    ...(peers === null ? [] : [texts.kolada.filled(peers.length, indicators, municipalities, spanOf(peers))]),
    ...(unitPeers === null ? [] : [texts.kolada.filledUnits(unitPeers.length, unitIndicators, units, spanOf(unitPeers))]),
    ...(withoutData.length > 0 ? [texts.kolada.withoutData(withoutData.join(", "))] : []),
    ...(ignored > 0 ? [texts.kolada.ignored(ignored)] : []),
    ...(deleted > 0 ? [texts.kolada.deleted(deleted)] : []),
    `${texts.wrote} ${out}`,
  ];
  context.out(lines.join("\n"));
}

async function importFiles(files: readonly string[], planFile: string, out: string, options: CommonOptions, context: CliContext, user: string | undefined): Promise<number> {
  if (files.length === 0) throw new UsageError({ sv: "Ange Koladas filer (JSON eller CSV).", en: "Give Kolada's files (JSON or CSV)." });
  const { plan, bytes } = await loadPlan(planFile);
  const read: KoladaValue[] = [];
  let deleted = 0;
  for (const file of files) {
    const got = await readKoladaFile(path.resolve(context.cwd, file), file);
    // One push per value: a real export has some 200,000 rows, too many to spread as arguments.
    for (const value of got.values) read.push(value);
    deleted += got.deleted;
  }
  await writePlanWithPeers(bytes, plan, read, deleted, out, options, context, user);
  return 0;
}

/** A fetch's stop, as the CLI says it. */
function asCommandError(caught: unknown): unknown {
  return caught instanceof KoladaFetchError || caught instanceof KoladaFormatError ? new CommandError({ sv: caught.sv, en: caught.en }) : caught;
}

async function fetchFromApi(values: { years?: string | boolean; save?: string | boolean; units?: string | boolean; user?: string | boolean }, planFile: string, out: string, options: CommonOptions, context: CliContext): Promise<number> {
  const { plan, bytes } = await loadPlan(planFile);
  const asked = optionalString(values.years);
  const units = values.units === true;
  // The units' values are many (every school in the country): only the years a peer status reads, by default.
  const span = units ? 2 : 6;
  const years = asked === undefined ? Array.from({ length: span }, (_, i) => plan.settings.year - span + 1 + i) : parseYears(asked);
  if (years === null) throw new UsageError({ sv: `--years tar år som 2019-2025 eller 2023,2024, inte "${asked ?? ""}".`, en: `--years takes years like 2019-2025 or 2023,2024, not "${asked ?? ""}".` });
  const kpis = [...new Set(plan.indicators.map((i) => i.koladaId).filter((id): id is string => id !== null && id !== ""))];
  if (kpis.length === 0) throw new CommandError({ sv: "Inget nyckeltal i planen har ett Kolada-id: fyll i kolumnen Kolada-id på bladet Nyckeltal.", en: "No indicator in the plan has a Kolada id: fill in the Kolada-id column on the Nyckeltal sheet." });
  const base = process.env.PULS_KOLADA_API ?? KOLADA_API;
  const texts = TEXTS[options.lang].kolada;
  // How many pages there will be is known only at the end: the count of pages so far is shown.
  const onPage = context.interactive ? (pages: number) => context.err(`\r${texts.fetching} ${pages}`) : undefined;
  let fetched;
  try {
    let asking = kpis;
    if (units) {
      // Only the KPIs Kolada has units' data for: the others would answer with nothing.
      const described = await fetchKoladaList({ base }, kpiUrls(base, kpis));
      const withUnits = kpisWithUnitData(described.records);
      asking = kpis.filter((kpi) => withUnits.has(kpi));
      if (asking.length === 0) throw new CommandError({ sv: TEXTS.sv.kolada.noUnitData(kpis.join(", ")), en: TEXTS.en.kolada.noUnitData(kpis.join(", ")) });
      context.err(`${texts.withUnitData(asking.join(", "))}\n`);
    }
    fetched = await fetchKolada({ base, kpis: asking, years, onPage, kind: units ? "units" : "municipalities" });
  } catch (caught) {
    throw asCommandError(caught);
  }
  const save = path.resolve(context.cwd, optionalString(values.save) ?? path.join(path.dirname(out), `kolada-${units ? "enheter-" : ""}${years[0] ?? ""}-${years[years.length - 1] ?? ""}.json`));
  await (await OutputGuard.of([planFile, out])).check(save);
  await writeBytesFile(save, asSavedResponse(fetched.values));
  if (context.interactive) context.err("\n");
  if (fetched.split > 0) context.err(`${texts.split(fetched.split)}\n`);
  context.err(`${texts.saved(fetched.pages, save)}\n`);
  await writePlanWithPeers(bytes, plan, fetched.values, fetched.deleted, out, options, context, optionalString(values.user));
  return 0;
}

export async function kolada(args: readonly string[], context: CliContext): Promise<number> {
  const [action, ...rest] = args;
  if (action === "units") return koladaUnitsCommand(rest, context);
  if (action === "groups") return koladaGroupsCommand(rest, context);
  if (action !== "import" && action !== "fetch") throw new UsageError({ sv: `Okänd åtgärd "${action ?? ""}": skriv puls kolada import, fetch, units eller groups.`, en: `Unknown action "${action ?? ""}": write puls kolada import, fetch, units or groups.` });
  const { values, positionals } = parse(rest, { plan: { type: "string" }, out: { type: "string" }, years: { type: "string" }, save: { type: "string" }, units: { type: "boolean" }, ...USER_OPTION }, { allowPositionals: action === "import" });
  if (action === "import" && values.units === true) throw new UsageError({ sv: "--units hör till puls kolada fetch: import känner igen enheternas svar (oudata) själv.", en: "--units belongs to puls kolada fetch: import recognises the units' responses (oudata) by itself." });
  const options = common(values);
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const out = path.resolve(context.cwd, required(values.out, "out"));
  // The plan and the Kolada files are never overwritten, whatever --out (or --save) says.
  await (await OutputGuard.of([planFile, ...(action === "import" ? positionals.map((file) => path.resolve(context.cwd, file)) : [])])).check(out);
  return action === "import" ? importFiles(positionals, planFile, out, options, context, optionalString(values.user)) : fetchFromApi(values, planFile, out, options, context);
}
