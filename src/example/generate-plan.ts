/**
 * The example municipality's plan (Exempelkommun), generated deterministically: the organisation,
 * the goal tree, the indicators with targets and budgets, three years of history in Utfall (each
 * year's interim period and full year, so that an interim report has earlier interim periods to
 * compare with), one
 * manual assessment and last year's political analysis. The same plan on every run.
 */
import { parseKoladaResponse } from "../kolada/parse-json";
import { peersFromKolada } from "../kolada/to-peers";
import { unitPeersFromKolada } from "../kolada/to-unit-peers";
import RECORDED_KOLADA from "./kolada-exempel.json";
import RECORDED_KOLADA_UNITS from "./kolada-enheter-exempel.json";
import {
  DEFAULT_SETTINGS,
  OrgTree,
  profileMonths,
  reportingOrganisations,
  unitKind,
  type ActualRow,
  type AssessmentRow,
  type Goal,
  type Indicator,
  type OrgUnit,
  type Period,
  type Plan,
  type PoliticalAnalysisRow,
  type TargetRow,
} from "../core";
import { AREAS, DIVISIONS, UNITS, type ExampleIndicator } from "./catalogue";
import { Random } from "./random";

/** The year the example follows up, and the period its units report now. */
export const EXAMPLE_YEAR = 2026;
export const EXAMPLE_PERIOD = `${EXAMPLE_YEAR}-D`;
/** The periods of history in Utfall, oldest first; the last full year is the baseline. */
export const HISTORY_PERIODS = [`${EXAMPLE_YEAR - 3}`, `${EXAMPLE_YEAR - 2}-D`, `${EXAMPLE_YEAR - 2}`, `${EXAMPLE_YEAR - 1}-D`, `${EXAMPLE_YEAR - 1}`, `${EXAMPLE_YEAR}-T1`] as const;

/**
 * The interim period of the first year of history. It came after the periods above, so its outcomes
 * have their own seed (the others' figures stay as they were) and the first year's drift.
 */
export const FIRST_INTERIM = `${EXAMPLE_YEAR - 3}-D`;

/** The periods the example plan has targets for: its history and this year's interim and full year. */
const TARGET_PERIODS = [FIRST_INTERIM, ...HISTORY_PERIODS.filter((period) => !period.endsWith("-T1")), EXAMPLE_PERIOD, `${EXAMPLE_YEAR}`] as const;

/**
 * The share of the year a period's outcome covers, for the indicators with a budget: those are
 * amounts accumulated from January (year to date), so an interim outcome is part of the year's:
 * 8/12 by August, or the indicator's seasonal profile's share by then (the investments: 49 %).
 * Other indicators (shares, averages, counts at a date) are not.
 */
export function shareOfYear(example: ExampleIndicator, period: string): number {
  if (example.budget === undefined) return 1;
  const months = period.endsWith("-D") ? 8 : period.endsWith("-T1") ? 4 : 12;
  const profile = profileMonths(example.profile);
  if (profile === undefined) return months / 12;
  const total = profile.reduce((sum, month) => sum + month, 0);
  return profile.slice(0, months).reduce((sum, month) => sum + month, 0) / total;
}

const FIRST_NAMES = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Mikael", "Emma", "Oskar", "Fatima", "Ali", "Ingrid", "Nils", "Sofia", "Ahmed"];
const LAST_NAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Hassan", "Berg", "Lindqvist"];

const at = { sheet: "generated" } as const;
const two = (n: number) => String(n).padStart(2, "0");
const ascii = (text: string) => text.toLowerCase().replace(/å|ä/g, "a").replace(/ö/g, "o").replace(/[^a-z]/g, "");

function person(random: Random): { manager: string; email: string } {
  const first = FIRST_NAMES[Math.floor(random.next() * FIRST_NAMES.length)] ?? "Anna";
  const last = LAST_NAMES[Math.floor(random.next() * LAST_NAMES.length)] ?? "Andersson";
  return { manager: `${first} ${last}`, email: `${ascii(first)}.${ascii(last)}@exempelkommun.se` };
}

function organisation(random: Random): OrgUnit[] {
  const none = { category: "", size: null, sizeMeasure: "" } as const;
  const units: OrgUnit[] = [{ id: "K", name: "Exempelkommun", parent: null, type: "municipality", ...person(random), ...none, at }];
  for (const division of DIVISIONS) {
    units.push({ id: division.id, name: division.name, parent: "K", type: "division", ...person(random), ...none, at });
    UNITS[division.id].forEach((unit, index) => {
      units.push({
        id: `${division.id}${two(index + 1)}`,
        name: unit.name,
        parent: division.id,
        type: "unit",
        ...person(random),
        category: unit.category,
        size: unit.size ?? null,
        sizeMeasure: unit.sizeMeasure ?? "",
        ...(unit.koladaId === undefined ? {} : { koladaId: unit.koladaId }),
        at,
      });
    });
  }
  return units;
}

function periods(): Period[] {
  const y = EXAMPLE_YEAR;
  // The earlier years' periods, as the plan keeps them for its history and their targets.
  const earlier = (year: number): Period[] => [
    ...(year >= y - 3 ? [{ id: `${year}-D`, name: `Delår ${year}`, from: `${year}-01-01`, to: `${year}-08-31`, type: "interim" as const, at }] : []),
    { id: `${year}`, name: `Helår ${year}`, from: `${year}-01-01`, to: `${year}-12-31`, type: "fullYear", at },
  ];
  return [
    ...[y - 3, y - 2, y - 1].flatMap(earlier),
    { id: `${y}-T1`, name: `Tertial 1 ${y}`, from: `${y}-01-01`, to: `${y}-04-30`, type: "tertial", at },
    { id: `${y}-D`, name: `Delår ${y}`, from: `${y}-01-01`, to: `${y}-08-31`, type: "interim", at },
    { id: `${y}`, name: `Helår ${y}`, from: `${y}-01-01`, to: `${y}-12-31`, type: "fullYear", at },
  ];
}

interface Catalogued {
  readonly indicator: Indicator;
  readonly example: ExampleIndicator;
}

function goalsAndIndicators(): { goals: Goal[]; indicators: Catalogued[] } {
  const goals: Goal[] = [{ id: "V", name: "Exempelkommun – en trygg och hållbar plats att leva på", level: "vision", parent: null, organisation: "K", financial: false, rollupMethod: null, description: "", at }];
  const indicators: Catalogued[] = [];
  let result = 0;
  let goalNumber = 0;
  AREAS.forEach((area, a) => {
    const areaId = `P${a + 1}`;
    goals.push({ id: areaId, name: area.name, level: "priorityArea", parent: "V", organisation: "K", financial: false, rollupMethod: null, description: "", at });
    for (const resultGoal of area.results) {
      const resultId = `R${two(++result)}`;
      goals.push({ id: resultId, name: resultGoal.name, level: "resultGoal", parent: areaId, organisation: "K", financial: resultGoal.financial === true, rollupMethod: null, description: "", at });
      for (const goal of resultGoal.goals) {
        const goalId = `F${two(++goalNumber)}`;
        const level = goal.division === "K" ? "administrationGoal" : "divisionGoal";
        goals.push({ id: goalId, name: goal.name, level, parent: resultId, organisation: goal.division, financial: resultGoal.financial === true, rollupMethod: null, description: "", at });
        for (const example of goal.indicators) {
          const id = `N${two(indicators.length + 1)}`;
          indicators.push({
            example,
            indicator: {
              id,
              name: example.name,
              goal: goalId,
              unit: example.unit,
              direction: example.direction,
              weight: 1,
              yellowFrom: null,
              tolerance: example.tolerance ?? null,
              aggregation: example.aggregation,
              weightedBy: null,
              reportedBy: typeof example.reportedBy === "string" ? { level: example.reportedBy } : { named: example.reportedBy },
              genderSplit: example.genderSplit === true,
              koladaId: example.koladaId ?? null,
              description: "",
              ...(example.profile === undefined ? {} : { profile: example.profile }),
              at,
            },
          });
        }
      }
    }
  });
  return { goals, indicators };
}

/** A plausible outcome for one organisation and period (history, and the example's filled-in workbooks): the level, the unit's own offset, a slow drift and noise. */
export function exampleOutcome(example: ExampleIndicator, offset: number, step: number, random: Random, share = 1): number {
  const drift = example.direction === "lower" ? -0.01 * step : 0.01 * step;
  const raw = (example.level * (1 + drift) + offset + random.noise(example.spread * 0.25)) * share;
  if (example.unit === "%") return Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000;
  // Counts are whole numbers (never below zero); amounts and large values are rounded to units.
  if (unitKind(example.unit) === "count") return Math.max(0, Math.round(raw));
  if (Math.abs(example.level) >= 100) return Math.round(raw);
  return Math.round(raw * 10) / 10;
}

function targetValue(example: ExampleIndicator, share: number): TargetRow["target"] {
  if (typeof example.target === "string") return example.target;
  if (example.direction === "range") return example.range?.[0] ?? example.level;
  if (example.target === 0 || example.target === 1) return example.target === 0 ? 0 : roundLike(example, example.level * share);
  const value = example.level * example.target * share;
  return roundLike(example, example.unit === "%" ? Math.min(1, value) : value);
}

function roundLike(example: ExampleIndicator, value: number): number {
  if (example.unit === "%") return Math.round(value * 100) / 100;
  if (unitKind(example.unit) === "count") return Math.abs(value) >= 100 ? Math.round(value / 10) * 10 : Math.round(value);
  return Math.abs(example.level) >= 100 ? Math.round(value / 10) * 10 : Math.round(value * 10) / 10;
}

/** Each organisation's persistent offset from the typical level (some units do better than others). */
export function unitOffset(example: ExampleIndicator, organisation: string, indicatorId: string): number {
  const random = new Random(hash(`${organisation}/${indicatorId}`));
  return random.noise(example.spread);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A count summed over units has a target per unit (the blank-organisation row); the division and
 * the municipality get the sum of their units' targets, as a plan would write them, so the total
 * of 6 schools is not judged against one school's target.
 */
function summedTargets(plan: Plan, tree: OrgTree): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const indicator of plan.indicators) {
    if (indicator.aggregation !== "sum" || "level" in indicator.reportedBy) continue;
    const reporters = reportingOrganisations(plan, indicator, tree);
    const above = new Map<string, number>();
    for (const reporter of reporters) for (const ancestor of tree.ancestors(reporter)) above.set(ancestor.id, (above.get(ancestor.id) ?? 0) + 1);
    for (const row of plan.targets) {
      if (row.indicator !== indicator.id || row.organisation !== null || typeof row.target !== "number") continue;
      const target = row.target;
      for (const [organisation, count] of above) rows.push({ ...row, organisation, target: target * count, baseline: row.baseline === null ? null : row.baseline * count });
    }
  }
  return rows;
}

/** The example municipality's plan. */
export function examplePlan(): Plan {
  const random = new Random(20260831);
  const org = organisation(random);
  const { goals, indicators } = goalsAndIndicators();
  const targets: TargetRow[] = [];
  for (const { indicator, example } of indicators) {
    for (const period of TARGET_PERIODS) {
      const share = shareOfYear(example, period);
      targets.push({
        indicator: indicator.id,
        organisation: null,
        period,
        target: targetValue(example, share),
        targetMax: example.direction === "range" ? (example.range?.[1] ?? null) : null,
        baseline: typeof example.target === "string" ? null : roundLike(example, example.level * share),
        // The budget is the year's; an interim period's is its share of it.
        budget: example.budget === undefined ? null : Math.round(example.budget * share),
        at,
      });
    }
  }
  // A unit with a target of its own, as plans have for units with special conditions.
  targets.push({ indicator: "N23", organisation: "OMS01", period: EXAMPLE_PERIOD, target: 0.7, targetMax: null, baseline: null, budget: null, at });

  const partial: Plan = {
    settings: {
      ...DEFAULT_SETTINGS,
      municipality: "Exempelkommun",
      municipalityCode: "9999",
      year: EXAMPLE_YEAR,
      currentPeriod: EXAMPLE_PERIOD,
      deadline: `${EXAMPLE_YEAR}-09-15`,
      commentRequiredOnRed: true,
      peerGroup: EXAMPLE_PEER_GROUP,
      // The year's result for the balance requirement, less the year's realisation gains (a sale of land).
      resultIndicator: "N57",
      balanceAdjustments: -3200,
    },
    periods: periods(),
    organisation: org,
    goals,
    indicators: indicators.map((entry) => entry.indicator),
    targets,
    actuals: [],
    assessments: [],
    politicalAnalysis: [],
    peers: [],
    unitPeers: [],
    orgChanges: [],
  };

  const tree = new OrgTree(org);
  targets.push(...summedTargets(partial, tree));
  const actuals: ActualRow[] = [];
  for (const { indicator, example } of indicators) {
    for (const organisationId of reportingOrganisations(partial, indicator, tree)) {
      const offset = unitOffset(example, organisationId, indicator.id);
      const outcomes = HISTORY_PERIODS.map((period, step) => ({ period, actual: exampleOutcome(example, offset, step, random, shareOfYear(example, period)) }));
      const first = exampleOutcome(example, offset, 0, new Random(hash(`${organisationId}/${indicator.id}/${FIRST_INTERIM}`)), shareOfYear(example, FIRST_INTERIM));
      for (const { period, actual } of [{ period: FIRST_INTERIM, actual: first }, ...outcomes]) {
        const split = indicator.genderSplit && example.unit === "%";
        actuals.push({
          indicator: indicator.id,
          organisation: organisationId,
          period,
          actual,
          women: split ? Math.min(1, Math.round((actual + 0.02) * 1000) / 1000) : null,
          men: split ? Math.max(0, Math.round((actual - 0.02) * 1000) / 1000) : null,
          comment: "",
          source: "Historik",
          loadedAt: "",
          at,
        });
      }
    }
  }

  const assessments: AssessmentRow[] = [
    {
      goal: "R12",
      organisation: "K",
      period: EXAMPLE_PERIOD,
      assessment: "partlyMet",
      justification: "Soliditeten har stärkts jämfört med delåret 2025, men främst för att investeringar har skjutits till hösten; när de genomförs väntas soliditeten sjunka tillbaka. Målet bedöms därför som delvis uppfyllt.",
      assessedBy: "Ekonomikontoret",
      date: `${EXAMPLE_YEAR}-09-20`,
      at,
    },
    {
      goal: "GEH",
      organisation: "K",
      period: `${EXAMPLE_YEAR - 1}`,
      assessment: "met",
      justification: "Två av tre finansiella mål och en majoritet av verksamhetsmålen uppfylldes; kommunen har en god ekonomisk hushållning.",
      assessedBy: "Kommunstyrelsen",
      date: `${EXAMPLE_YEAR}-03-15`,
      at,
    },
  ];

  const politicalAnalysis: PoliticalAnalysisRow[] = [
    {
      goal: "R01",
      period: `${EXAMPLE_YEAR - 1}`,
      politicalAssessment: "Delvis uppfyllt",
      analysis: "Behörigheten ökar men skillnaderna mellan skolorna är fortsatt stora.",
      conclusions: "Riktade insatser till skolorna med lägst måluppfyllelse.",
      at,
    },
    {
      goal: "R04",
      period: `${EXAMPLE_YEAR - 1}`,
      politicalAssessment: "Uppfyllt",
      analysis: "Brukarna är nöjda, men kontinuiteten i hemtjänsten behöver förbättras.",
      conclusions: "Målet om personalkontinuitet skärps inför nästa år.",
      at,
    },
    {
      goal: "R04",
      period: EXAMPLE_PERIOD,
      politicalAssessment: "Delvis uppfyllt",
      analysis: "Nöjdheten ligger kvar på en hög nivå, men antalet personal per brukare har inte minskat som planerat.",
      conclusions: "Ge förvaltningen i uppdrag att ta fram en plan för mindre hemtjänstgrupper.",
      at,
    },
  ];

  // Peer values as a controller imports them: the recorded Kolada response, through the importer.
  const peers = peersFromKolada(partial, parseKoladaResponse(RECORDED_KOLADA, "kolada-exempel.json").values).peers;
  // The country's schools and preschools, as `puls kolada import` reads a saved oudata response.
  const unitPeers = unitPeersFromKolada(partial, parseKoladaResponse(RECORDED_KOLADA_UNITS, "kolada-enheter-exempel.json").values).unitPeers;
  return { ...partial, actuals, assessments, politicalAnalysis, peers, unitPeers };
}

/** The example's "liknande kommuner": eight of the thirty municipalities in its recorded Kolada file. */
export const EXAMPLE_PEER_GROUP: readonly string[] = ["0114", "0115", "0117", "0120", "0123", "0125", "0126", "0127"];

/** The example's indicators with the catalogue entries they were made from (for filled-in workbooks). */
export function exampleIndicators(): readonly Catalogued[] {
  return goalsAndIndicators().indicators;
}
