/**
 * The catalogue of the custom functions: their Swedish names and texts, a one-line summary in
 * both languages, and one worked example each.
 *
 * The build generates functions-sv.json from the Swedish part (same ids; Swedish Excel shows
 * these names) and fails when this table lacks an id or parameter that src/functions/functions.ts
 * declares, or has one it does not. The examples are tested against the built functions, so an
 * example in the documentation shows what users get.
 */

/** Swedish text for one function. Parameters are keyed by their English (declared) name. */
export interface SwedishFunction {
  readonly name: string;
  readonly description: string;
  readonly result?: string;
  readonly parameters: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
}

/** An argument of a worked example: a number, a text, or a column of values (an array constant). */
export type ExampleArgument = number | string | readonly (number | string)[];

/** One entry of the catalogue. */
export interface CatalogueEntry {
  /** The id: also the English name. */
  readonly id: string;
  readonly swedish: SwedishFunction;
  readonly summary: { readonly sv: string; readonly en: string };
  readonly example: { readonly args: readonly ExampleArgument[]; readonly result: number | string };
}

const actualAndTarget = {
  actual: { name: "utfall", description: "Utfallet, eller ett område med utfall." },
  target: { name: "målvärde", description: "Målvärdet, eller ett relativt mål (Öka, Minska, Förbättra, Bibehålla)." },
  direction: { name: "riktning", description: "Högre, Lägre eller Intervall (Higher, Lower, Range). Standard: Högre." },
} as const;

const statusParameters = {
  ...actualAndTarget,
  yellowFrom: { name: "gul_från", description: "Gul när måluppfyllelsen når denna andel av målet. Standard: 0,9." },
  tolerance: { name: "tolerans", description: "Även gul när utfallet ligger högst så långt från målet." },
  targetMax: { name: "målvärde_max", description: "Övre gräns för ett intervallmål." },
  previous: { name: "föregående", description: "Föregående utfall, för relativa mål." },
} as const;

const SWEDISH_FUNCTIONS = {
  ATTAINMENT: {
    name: "MÅLUPPFYLLELSE",
    description:
      "Måluppfyllelse: utfall / målvärde när högre är bättre, målvärde / utfall när lägre är bättre, 1 inom ett intervall. #DIV/0! där kvoten saknar mening, #N/A när ett värde saknas.",
    result: "Måluppfyllelsen, en per rad.",
    parameters: {
      actual: actualAndTarget.actual,
      target: { name: "målvärde", description: "Målvärdet (för intervall: den nedre gränsen), eller ett område med målvärden." },
      direction: actualAndTarget.direction,
      targetMax: statusParameters.targetMax,
    },
  },
  STATUS: {
    name: "STATUS",
    description: "Trafikljusstatus för ett utfall mot sitt mål: Grön, Gul, Röd eller Saknas.",
    result: "Grön, Gul, Röd eller Saknas, en per rad.",
    parameters: statusParameters,
  },
  STATUSCODE: {
    name: "STATUSKOD",
    description: "Status som tal för ikonuppsättningar: 1 grön, 0 gul, -1 röd, #N/A när värde saknas.",
    result: "1, 0, -1 eller #N/A, en per rad.",
    parameters: statusParameters,
  },
  PROGRESS: {
    name: "FRAMSTEG",
    description: "Framsteg från utgångsvärdet mot målet: (utfall - utgångsvärde) / (målvärde - utgångsvärde).",
    result: "Andelen av vägen; negativ när utfallet rör sig bort från målet, över 1 förbi målet.",
    parameters: {
      actual: actualAndTarget.actual,
      baseline: { name: "utgångsvärde", description: "Utgångsvärdet." },
      target: { name: "målvärde", description: "Målvärdet." },
    },
  },
  TREND: {
    name: "TREND",
    description: "Trend mot föregående utfall: Förbättrad, Oförändrad, Försämrad eller Saknas.",
    result: "Förbättrad, Oförändrad, Försämrad eller Saknas, en per rad.",
    parameters: {
      current: { name: "utfall", description: "Aktuellt utfall, eller ett område med utfall." },
      previous: { name: "föregående", description: "Föregående utfall." },
      direction: { name: "riktning", description: "Högre eller Lägre (Higher, Lower). Standard: Högre." },
      band: { name: "band", description: "En förändring inom denna andel av föregående värde räknas som oförändrad. Standard: 0,01." },
    },
  },
  ROLLUP: {
    name: "SAMMANVÄG",
    description: "Sammanväger statusar till en målbedömning: Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.",
    result: "Bedömningen.",
    parameters: {
      statuses: { name: "statusar", description: "Delarnas status (Grön/Gul/Röd/Saknas, engelska ord eller 1/0/-1)." },
      weights: { name: "vikter", description: "En vikt per status. Standard: 1 för var och en." },
      method: { name: "metod", description: "Medel, Sämsta eller Andel (average, worst, share). Standard: Medel." },
      minCoverage: { name: "lägsta_täckning", description: "Den andel av vikten som måste ha status. Standard: 0,5." },
    },
  },
  PEERSTATUS: {
    name: "JÄMFÖRELSE",
    description:
      "Status bland jämförbara kommuner, efter kvartil: Grön bland de 25 % bästa, Röd bland de 25 % sämsta, annars Gul; Saknas med färre än 4 jämförelsevärden.",
    result: "Grön, Gul, Röd eller Saknas, relativt de andra.",
    parameters: {
      value: { name: "värde", description: "Värdet att jämföra, eller ett område med värden." },
      peers: { name: "jämförelsevärden", description: "De andra kommunernas värden." },
      direction: { name: "riktning", description: "Högre eller Lägre (Higher, Lower). Standard: Högre." },
    },
  },
  FORECAST: {
    name: "PROGNOS",
    description: "Prognos för helåret från utfallet hittills i år: linjär, eller efter en profil med 12 månadsvärden.",
    result: "Prognosen för helåret.",
    parameters: {
      ytd: { name: "utfall_hittills", description: "Utfallet hittills i år, eller ett område med utfall." },
      monthsElapsed: { name: "månader", description: "Antal månader som gått, 1 till 12." },
      profile: { name: "profil", description: "12 månadsvärden (till exempel förra årets utfall per månad)." },
    },
  },
} satisfies Readonly<Record<string, SwedishFunction>>;

type FunctionId = keyof typeof SWEDISH_FUNCTIONS;

const SUMMARIES: Readonly<Record<FunctionId, CatalogueEntry["summary"]>> = {
  ATTAINMENT: { sv: "Måluppfyllelse som kvot mot målet.", en: "Goal attainment as a ratio to the target." },
  STATUS: { sv: "Trafikljuset: Grön, Gul, Röd eller Saknas.", en: "The traffic light: Grön, Gul, Röd or Saknas." },
  STATUSCODE: { sv: "Status som 1, 0 eller -1, för ikonuppsättningar.", en: "Status as 1, 0 or -1, for icon sets." },
  PROGRESS: { sv: "Hur långt från utgångsvärdet mot målet.", en: "How far from the baseline towards the target." },
  TREND: { sv: "Förbättrad, oförändrad eller försämrad mot förra gången.", en: "Improving, stable or worsening since last time." },
  ROLLUP: { sv: "Sammanvägd målbedömning av flera statusar.", en: "A goal assessment rolled up from several statuses." },
  PEERSTATUS: { sv: "Status bland andra kommuner, efter kvartil.", en: "Status among other municipalities, by quartile." },
  FORECAST: { sv: "Prognos för helåret från utfallet hittills.", en: "Full-year forecast from the year to date." },
};

const EXAMPLES: Readonly<Record<FunctionId, CatalogueEntry["example"]>> = {
  ATTAINMENT: { args: [25, 27], result: 0.926 },
  STATUS: { args: [0.72, 0.8], result: "Gul" },
  STATUSCODE: { args: [6.2, 6.5, "Lägre"], result: 1 },
  PROGRESS: { args: [75, 70, 80], result: 0.5 },
  TREND: { args: [80, 75, "Lägre"], result: "Försämrad" },
  ROLLUP: { args: [["Grön", "Grön", "Gul", "Gul"]], result: "Uppfyllt" },
  PEERSTATUS: { args: [9, [1, 2, 3, 4, 5, 6, 7, 8, 9]], result: "Grön" },
  FORECAST: { args: [540, 8], result: 810 },
};

/** Every custom function, in the order the documentation presents them. */
export const FUNCTION_CATALOGUE: readonly CatalogueEntry[] = (Object.keys(SWEDISH_FUNCTIONS) as FunctionId[]).map((id) => ({
  id,
  swedish: SWEDISH_FUNCTIONS[id],
  summary: SUMMARIES[id],
  example: EXAMPLES[id],
}));

/** The Swedish table keyed by id, as the build's metadata generator takes it. */
export const SWEDISH_FUNCTION_TEXTS: Readonly<Record<string, SwedishFunction>> = SWEDISH_FUNCTIONS;

/** The namespace of the functions in every language. */
export const FUNCTION_NAMESPACE = "PULS";

function formatExampleValue(value: number | string, language: "sv" | "en"): string {
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  return language === "sv" ? String(value).replace(".", ",") : String(value);
}

/**
 * The example as a formula in Swedish or English Excel: Swedish uses `;` between arguments and a
 * decimal comma; both use `;` between the rows of a vertical array constant.
 * @example exampleFormula(entry, "sv") // '=PULS.STATUS(0,72;0,8)'
 */
export function exampleFormula(entry: CatalogueEntry, language: "sv" | "en"): string {
  const name = language === "sv" ? entry.swedish.name : entry.id;
  const args = entry.example.args.map((arg) =>
    typeof arg === "object" ? `{${arg.map((item) => formatExampleValue(item, language)).join(";")}}` : formatExampleValue(arg, language),
  );
  return `=${FUNCTION_NAMESPACE}.${name}(${args.join(language === "sv" ? ";" : ",")})`;
}

/** The example's result as Excel shows it in that language. */
export function exampleResult(entry: CatalogueEntry, language: "sv" | "en"): string {
  const { result } = entry.example;
  return typeof result === "string" ? result : formatExampleValue(result, language);
}
