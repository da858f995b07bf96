/**
 * What the example municipality measures: its priority areas, result goals, division goals and
 * indicators, as plain tables. Names follow what Swedish municipalities report (many after Kolada).
 */
import type { AggregationMethod, Direction, OrgType, RelativeTarget, SeasonalProfile } from "../core";

export interface ExampleIndicator {
  readonly name: string;
  /** Unit of measure (måttenhet): %, antal, tkr, dagar, minuter, … */
  readonly unit: string;
  readonly direction: Direction;
  /** The typical outcome, and how much units differ around it. */
  readonly level: number;
  readonly spread: number;
  /** The target relative to the level (1.05 = 5 % better than typical), or a relative target word. */
  readonly target: number | RelativeTarget;
  /** For a range: its bounds. */
  readonly range?: readonly [number, number];
  /** A level (every unit, the division) or the categories (*verksamhetstyp*) whose units report it. */
  readonly reportedBy: OrgType | readonly string[];
  readonly aggregation: AggregationMethod;
  readonly genderSplit?: boolean;
  readonly koladaId?: string;
  readonly budget?: number;
  /** Absolute tolerance for yellow (docs/rules.md §3), for targets where a ratio says nothing (0 kr). */
  readonly tolerance?: number;
  /** How the amount is spread over the year (Säsongsprofil); absent: even. */
  readonly profile?: SeasonalProfile;
}

export interface ExampleGoal {
  readonly name: string;
  readonly division: "UTB" | "OMS" | "SAM" | "K";
  readonly indicators: readonly ExampleIndicator[];
}

export interface ExampleResultGoal {
  readonly name: string;
  readonly financial?: boolean;
  readonly goals: readonly ExampleGoal[];
}

export interface ExampleArea {
  readonly name: string;
  readonly results: readonly ExampleResultGoal[];
}

/** The categories (*verksamhetstyp*) that report school, preschool, care and other indicators. */
const SCHOOL = ["grundskola"];
const SCHOOLS = ["grundskola", "gymnasium"];
const PRESCHOOL = ["förskola"];
const ADULT = ["vuxenutbildning"];
const HOME_CARE = ["hemtjänst"];
const NURSING_HOME = ["särskilt boende"];

/**
 * A share: weighted by the units' size (pupils, children, clients) where units report it, so a
 * school of 600 pupils weighs more than one of 250; a single division's or the municipality's own
 * share needs no weighing.
 */
const pct = (name: string, level: number, spread: number, extra: Partial<ExampleIndicator> = {}): ExampleIndicator => ({
  name,
  unit: "%",
  direction: "higher",
  level,
  spread,
  target: 1.04,
  reportedBy: "unit",
  aggregation: extra.reportedBy === "division" || extra.reportedBy === "municipality" ? "mean" : "weighted",
  ...extra,
});

const count = (name: string, level: number, spread: number, extra: Partial<ExampleIndicator> = {}): ExampleIndicator => ({
  name,
  unit: "antal",
  direction: "higher",
  level,
  spread,
  target: 1.05,
  reportedBy: "unit",
  aggregation: "sum",
  ...extra,
});

export const AREAS: readonly ExampleArea[] = [
  {
    name: "Livslångt lärande",
    results: [
      {
        name: "Fler elever når kunskapskraven",
        goals: [
          { name: "Alla elever i årskurs 9 är behöriga till gymnasiet", division: "UTB", indicators: [pct("Andel behöriga till yrkesprogram, åk 9", 0.84, 0.08, { genderSplit: true, koladaId: "N15419", reportedBy: SCHOOL }), pct("Andel elever med godkänt i alla ämnen, åk 9", 0.74, 0.1, { genderSplit: true, koladaId: "N15420", reportedBy: SCHOOL })] },
          { name: "Läsförmågan stärks i de tidiga åren", division: "UTB", indicators: [pct("Andel elever i åk 3 som klarat nationella prov i svenska", 0.81, 0.08, { koladaId: "N15430", reportedBy: SCHOOL }), pct("Andel elever med stödinsats i läsning som når målen", 0.6, 0.12, { target: "increase", reportedBy: SCHOOL })] },
          { name: "Förskolan lägger grunden för lärande", division: "UTB", indicators: [pct("Andel förskollärare av pedagogisk personal", 0.42, 0.1, { koladaId: "N11102", reportedBy: PRESCHOOL }), count("Antal barn per årsarbetare i förskolan", 5.2, 0.5, { unit: "barn per årsarbetare", direction: "lower", target: 0.97, aggregation: "weighted", reportedBy: PRESCHOOL, koladaId: "N11005" })] },
        ],
      },
      {
        name: "Elever trivs och känner sig trygga",
        goals: [
          { name: "Tryggheten i skolan ökar", division: "UTB", indicators: [pct("Andel elever som känner sig trygga i skolan", 0.86, 0.06, { genderSplit: true, koladaId: "U15402", reportedBy: SCHOOLS }), pct("Andel vårdnadshavare som är nöjda med förskolan", 0.9, 0.05, { reportedBy: PRESCHOOL })] },
          { name: "Närvaron i skolan ökar", division: "UTB", indicators: [pct("Andel elever med närvaro över 90 %", 0.82, 0.07, { reportedBy: SCHOOLS }), count("Antal elever med problematisk frånvaro", 14, 5, { direction: "lower", target: 0.8, reportedBy: SCHOOLS })] },
          { name: "Elevhälsan når alla som behöver", division: "UTB", indicators: [count("Väntetid till skolpsykolog, dagar", 24, 8, { unit: "dagar", direction: "lower", target: 0.85, aggregation: "weighted", reportedBy: SCHOOLS }), pct("Andel elever som fått hälsobesök enligt plan", 0.93, 0.05, { reportedBy: SCHOOLS })] },
        ],
      },
      {
        name: "Fler vuxna går vidare till arbete eller studier",
        goals: [
          { name: "Vuxenutbildningen leder till arbete", division: "UTB", indicators: [pct("Andel SFI-elever som klarat minst två kurser", 0.52, 0.1, { koladaId: "N18411", reportedBy: ADULT }), pct("Andel deltagare i arbete eller studier efter avslutad insats", 0.45, 0.1, { reportedBy: ADULT })] },
          { name: "Unga utanför arbete och studier blir färre", division: "SAM", indicators: [count("Antal unga 16–24 år i det kommunala aktivitetsansvaret", 120, 20, { direction: "lower", target: 0.9, reportedBy: "division" }), pct("Andel i aktivitetsansvaret som fått en insats", 0.7, 0.1, { reportedBy: "division" })] },
          { name: "Feriepraktik till alla som söker", division: "SAM", indicators: [count("Antal feriepraktikplatser", 160, 15, { reportedBy: "division" }), pct("Andel sökande som fått feriepraktik", 0.88, 0.06, { reportedBy: "division" })] },
        ],
      },
    ],
  },
  {
    name: "Trygg vård och omsorg",
    results: [
      {
        name: "Äldre är nöjda med sin vård och omsorg",
        goals: [
          { name: "Brukarna i hemtjänsten är nöjda", division: "OMS", indicators: [pct("Andel brukare som är nöjda med hemtjänsten", 0.88, 0.05, { genderSplit: true, koladaId: "U21468", reportedBy: HOME_CARE }), count("Antal personal som besöker en brukare under 14 dagar", 15, 3, { unit: "personal per brukare", direction: "lower", target: 0.85, aggregation: "weighted", reportedBy: HOME_CARE, koladaId: "U21401" })] },
          { name: "Särskilt boende ger en god vardag", division: "OMS", indicators: [pct("Andel brukare på särskilt boende som är nöjda", 0.82, 0.06, { koladaId: "U23471", reportedBy: NURSING_HOME }), pct("Beläggningsgrad, särskilt boende", 0.94, 0.03, { direction: "range", range: [0.92, 0.97], target: 1, reportedBy: NURSING_HOME })] },
          { name: "Maten och måltiderna håller hög kvalitet", division: "OMS", indicators: [pct("Andel brukare som tycker att maten smakar bra", 0.74, 0.08, { reportedBy: [...HOME_CARE, ...NURSING_HOME] }), pct("Andel måltider med nattfasta under 11 timmar", 0.7, 0.12, { reportedBy: NURSING_HOME })] },
        ],
      },
      {
        name: "Insatser ges i rätt tid",
        goals: [
          { name: "Handläggningen av bistånd går snabbt", division: "OMS", indicators: [count("Handläggningstid för beslut om särskilt boende, dagar", 42, 10, { unit: "dagar", direction: "lower", target: 0.85, aggregation: "mean", reportedBy: "division", koladaId: "U23401" }), pct("Andel beslut inom 14 dagar", 0.78, 0.08, { reportedBy: "division" })] },
          { name: "Ingen väntar på plats i särskilt boende", division: "OMS", indicators: [count("Antal som väntar på plats, medel per månad", 8, 3, { unit: "personer per månad", direction: "lower", target: 0.7, reportedBy: "division" }), count("Väntetid till särskilt boende, dagar", 55, 15, { unit: "dagar", direction: "lower", target: 0.8, aggregation: "mean", reportedBy: "division", koladaId: "U23410" })] },
          { name: "Personalkontinuiteten ökar", division: "OMS", indicators: [pct("Andel tillsvidareanställda undersköterskor", 0.78, 0.07, { reportedBy: ["hemtjänst", "särskilt boende", "korttidsboende", "hemsjukvård"], aggregation: "mean" }), pct("Sjukfrånvaro bland personalen", 0.085, 0.02, { direction: "lower", target: 0.95, aggregation: "mean" })] },
        ],
      },
      {
        name: "Personer med funktionsnedsättning lever självständigt",
        goals: [
          { name: "Fler har arbete eller sysselsättning", division: "OMS", indicators: [pct("Andel med daglig verksamhet som övergått till arbete", 0.05, 0.03, { reportedBy: ["daglig verksamhet"] }), count("Antal personer i daglig verksamhet", 60, 10, { target: "maintain", reportedBy: ["daglig verksamhet"] })] },
          { name: "Boendet stöder självständighet", division: "OMS", indicators: [pct("Andel brukare i LSS-boende som är nöjda", 0.85, 0.06, { koladaId: "U28532", reportedBy: ["LSS-boende"] }), pct("Andel genomförandeplaner som följts upp", 0.8, 0.1, { reportedBy: ["hemtjänst", "särskilt boende", "LSS-boende", "daglig verksamhet"], aggregation: "mean" })] },
          { name: "Individ- och familjeomsorgen ger stöd tidigt", division: "OMS", indicators: [count("Antal orosanmälningar som inletts som utredning", 40, 10, { direction: "lower", target: "decrease", reportedBy: "division" }), pct("Andel utredningar klara inom fyra månader", 0.8, 0.08, { reportedBy: "division", koladaId: "N79142" })] },
        ],
      },
    ],
  },
  {
    name: "Hållbar samhällsutveckling",
    results: [
      {
        name: "Kommunen växer hållbart",
        goals: [
          { name: "Bygglov handläggs snabbt", division: "SAM", indicators: [count("Handläggningstid för bygglov, dagar", 32, 8, { unit: "dagar", direction: "lower", target: 0.85, aggregation: "mean", reportedBy: ["bygglov"] }), pct("Andel bygglov inom lagstadgad tid", 0.9, 0.06, { reportedBy: ["bygglov"], aggregation: "mean" })] },
          { name: "Fler bostäder byggs", division: "SAM", indicators: [count("Antal färdigställda bostäder", 25, 10, { reportedBy: "division", koladaId: "N07925" }), count("Antal detaljplaner som vunnit laga kraft", 4, 2, { reportedBy: "division" })] },
          { name: "Företagen är nöjda med kommunens service", division: "SAM", indicators: [count("Nöjd kund-index, företagsklimat", 72, 5, { unit: "index", aggregation: "mean", reportedBy: ["bygglov", "miljö", "räddningstjänst"], koladaId: "U07460" }), pct("Andel ärenden med svar inom fem dagar", 0.85, 0.07, { reportedBy: ["bygglov", "miljö", "kundcenter"], aggregation: "mean" })] },
        ],
      },
      {
        name: "Klimatpåverkan minskar",
        goals: [
          { name: "Kommunens fordon blir fossilfria", division: "SAM", indicators: [pct("Andel fossilfria fordon i kommunens flotta", 0.58, 0.12, { target: "increase", koladaId: "N00407", reportedBy: "division" }), count("Energianvändning i kommunens lokaler, kWh per kvadratmeter", 140, 15, { unit: "kWh/m²", direction: "lower", target: 0.96, aggregation: "mean", reportedBy: ["fastighet"] })] },
          { name: "Avfallet minskar och återvinns", division: "SAM", indicators: [count("Hushållsavfall per invånare", 430, 25, { unit: "kg per invånare", direction: "lower", target: 0.97, aggregation: "mean", reportedBy: "division", koladaId: "U07801" }), pct("Andel matavfall som behandlas biologiskt", 0.5, 0.08, { reportedBy: "division" })] },
          { name: "Hållbara resor ökar", division: "SAM", indicators: [count("Antal resor med kollektivtrafik per invånare", 62, 8, { unit: "resor per invånare", reportedBy: "division", aggregation: "mean" }), count("Kilometer gång- och cykelväg", 85, 5, { unit: "km", reportedBy: "division", target: "increase" })] },
        ],
      },
      {
        name: "Invånarna känner sig trygga i sin kommun",
        goals: [
          { name: "Offentliga miljöer är trygga", division: "SAM", indicators: [pct("Andel invånare som känner sig trygga utomhus på kvällen", 0.68, 0.06, { genderSplit: true, reportedBy: "division" }), count("Antal åtgärdade felanmälningar om belysning", 180, 30, { reportedBy: ["gata"] })] },
          { name: "Räddningstjänsten når fram i tid", division: "SAM", indicators: [count("Insatstid, medel", 11, 2, { unit: "minuter", direction: "lower", target: 0.9, aggregation: "mean", reportedBy: ["räddningstjänst"] }), pct("Andel insatser inom målsatt tid", 0.87, 0.06, { reportedBy: ["räddningstjänst"], aggregation: "mean" })] },
          { name: "Föreningslivet är aktivt", division: "SAM", indicators: [count("Antal aktiviteter för unga i föreningslivet", 900, 120, { reportedBy: ["fritid"] }), pct("Andel invånare nöjda med fritidsutbudet", 0.6, 0.07, { reportedBy: "division" })] },
        ],
      },
    ],
  },
  {
    name: "God ekonomisk hushållning",
    results: [
      {
        name: "Resultatet är minst 2 % av skatteintäkterna",
        financial: true,
        goals: [{ name: "Verksamheterna håller sin budget", division: "K", indicators: [pct("Resultat i procent av skatteintäkter och generella statsbidrag", 0.021, 0.008, { reportedBy: "municipality", target: 0.95, koladaId: "N03101" }), count("Budgetavvikelse, verksamheterna", -2500, 2500, { unit: "tkr", reportedBy: "division", target: 0, tolerance: 1500, aggregation: "sum" }), count("Årets resultat", 44000, 6000, { unit: "tkr", reportedBy: "municipality", target: 1, budget: 46000 })] }],
      },
      {
        name: "Investeringarna självfinansieras",
        financial: true,
        goals: [{ name: "Investeringar finansieras med egna medel", division: "K", indicators: [pct("Självfinansieringsgrad av investeringar", 0.78, 0.15, { reportedBy: "municipality", target: 0.8, koladaId: "N03001" }), count("Nettoinvesteringar", 180000, 25000, { unit: "tkr", direction: "lower", reportedBy: "municipality", target: 1, budget: 175000, profile: { kind: "investments" } })] }],
      },
      {
        name: "Soliditeten stärks",
        financial: true,
        goals: [{ name: "Kommunens egna kapital växer", division: "K", indicators: [pct("Soliditet inklusive pensionsåtaganden", 0.376, 0.01, { reportedBy: "municipality", target: "improve", koladaId: "N03034" }), count("Kostnad per invånare, kr", 62000, 1500, { unit: "kr", direction: "lower", reportedBy: "municipality", target: 1, budget: 61500, aggregation: "none" })] }],
      },
    ],
  },
];

/** One unit: its name, its category (*verksamhetstyp*), where shares are weighted by it its size, and its Kolada id where Kolada has the unit. */
export interface ExampleUnit {
  readonly name: string;
  readonly category: string;
  readonly size?: number;
  readonly sizeMeasure?: string;
  readonly koladaId?: string;
}

const unit = (name: string, category: string, size?: number, sizeMeasure?: string): ExampleUnit => ({ name, category, ...(size === undefined ? {} : { size, sizeMeasure }) });

/**
 * A school or preschool as Kolada has it too: its Kolada id, the kind (V15E grundskola, V11E
 * förskola, V17E gymnasieskola), the example's municipality code 9999 and a serial number, as
 * `puls kolada units` would have proposed it.
 */
const inKolada = (kind: "V15E" | "V11E" | "V17E", serial: number, entry: ExampleUnit): ExampleUnit => ({ ...entry, koladaId: `${kind}9999${String(serial).padStart(5, "0")}` });

/** The units of each division: Swedish names as a municipality would have them. */
export const UNITS: Readonly<Record<"UTB" | "OMS" | "SAM", readonly ExampleUnit[]>> = {
  UTB: [
    inKolada("V15E", 101, unit("Norrskolan", "grundskola", 420, "elever")),
    inKolada("V15E", 102, unit("Södra skolan", "grundskola", 380, "elever")),
    inKolada("V15E", 103, unit("Ekbackens skola", "grundskola", 250, "elever")),
    inKolada("V15E", 104, unit("Björkhagens skola", "grundskola", 310, "elever")),
    inKolada("V15E", 105, unit("Vallaskolan", "grundskola", 520, "elever")),
    inKolada("V15E", 106, unit("Centralskolan", "grundskola", 610, "elever")),
    inKolada("V11E", 101, unit("Lärkans förskola", "förskola", 60, "barn")),
    inKolada("V11E", 102, unit("Solrosens förskola", "förskola", 75, "barn")),
    inKolada("V11E", 103, unit("Ekorrens förskola", "förskola", 48, "barn")),
    inKolada("V11E", 104, unit("Skogsbackens förskola", "förskola", 90, "barn")),
    inKolada("V11E", 105, unit("Ängens förskola", "förskola", 55, "barn")),
    inKolada("V17E", 101, unit("Gymnasieskolan", "gymnasium", 700, "elever")),
    unit("Vuxenutbildningen", "vuxenutbildning", 340, "elever"),
    unit("Kulturskolan", "kulturskola", 450, "elever"),
  ],
  OMS: [
    unit("Hemtjänst Norr", "hemtjänst", 140, "brukare"),
    unit("Hemtjänst Syd", "hemtjänst", 120, "brukare"),
    unit("Hemtjänst Öst", "hemtjänst", 95, "brukare"),
    unit("Hemtjänst Väst", "hemtjänst", 110, "brukare"),
    unit("Lindgårdens äldreboende", "särskilt boende", 48, "brukare"),
    unit("Solgläntans äldreboende", "särskilt boende", 60, "brukare"),
    unit("Ekhagens äldreboende", "särskilt boende", 36, "brukare"),
    unit("Hemsjukvården", "hemsjukvård", 300, "patienter"),
    unit("Daglig verksamhet Verkstan", "daglig verksamhet", 60, "deltagare"),
    unit("LSS-boendet Tallen", "LSS-boende", 6, "boende"),
    unit("LSS-boendet Granen", "LSS-boende", 8, "boende"),
    unit("Korttidsboendet", "korttidsboende", 14, "platser"),
    unit("Individ- och familjeomsorg", "individ- och familjeomsorg"),
    unit("Biståndsenheten", "myndighetsutövning"),
  ],
  SAM: [
    unit("Bygglovsenheten", "bygglov"),
    unit("Gatuenheten", "gata"),
    unit("Parkenheten", "park"),
    unit("Räddningstjänsten", "räddningstjänst"),
    unit("Miljöenheten", "miljö"),
    unit("Fastighetsenheten", "fastighet"),
    unit("Fritidsenheten", "fritid"),
    unit("Biblioteket", "bibliotek"),
    unit("Kostenheten", "kost"),
    unit("Näringslivsenheten", "näringsliv"),
    unit("Planenheten", "plan"),
    unit("Kundcenter", "kundcenter"),
  ],
};

export const DIVISIONS = [
  { id: "UTB", name: "Utbildning" },
  { id: "OMS", name: "Vård och omsorg" },
  { id: "SAM", name: "Samhällsbyggnad" },
] as const;
