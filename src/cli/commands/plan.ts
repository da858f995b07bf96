/**
 * `puls plan next`: next year's plan from this year's, with target proposals and what the
 * planning should take up (docs/planning.md). The plan given is never changed.
 */
import path from "node:path";
import { nextYearLog, withLog } from "../../app/audit";
import { OutputGuard, writeWorkbookFile } from "../../app/node";
import { PLANNING_TEXTS, PlanningError, findingRows, planNextYear, planningNotes } from "../../app/planning";
import { describeLocation, isPeriodOfYear, problemMessage, type NextYearPlan, type Problem } from "../../core";
import { loadConsolidated } from "../consolidated-file";
import { CommandError, UsageError, type Bilingual, type CliContext, type CommonOptions } from "../context";
import { common, optionalString, parse, required } from "../options";
import { USER_OPTION, logContextOf, logToCarry } from "../log-file";
import { loadPlan, periodOf } from "../plan-file";
import { TEXTS } from "../texts";

export const PLAN_HELP: Bilingual = {
  sv: `puls plan next --plan PLAN [--year ÅR] --out FIL [--data SAMMANSTÄLLNING [--period ID]] [--user NAMN]

Gör nästa års plan av årets: samma organisation, mål och nyckeltal (samma id), nästa års perioder
i samma mönster som årets, all historik i Utfall och Jämförelse, förslag till målvärden med
kolumnen Förslag, och bladet Inför planeringen med den politiska analysens slutsatser och det
uppföljningen visar per mål. Bedömningar och Politisk analys är tomma för det nya året.
Planens Logg följer med, med den nya planen och varje målvärdesförslag loggade.
Planen som anges ändras aldrig.

  --plan PLAN       årets planarbetsbok
  --year ÅR         året den nya planen gäller (standard: planens år + 1)
  --out FIL         den nya planen (skrivs klart under ett tillfälligt namn, sedan byts namnet)
  --data FIL        en sammanställning från puls collect, vars utfall följer med som historik
  --period ID       sammanställningens period (standard: planens aktuella period)
  --user NAMN       vem som gör planen, för loggen (standard: datorns användare)

Exempel:
  puls plan next --plan plan-2026.xlsx --year 2027 --out plan-2027.xlsx
  puls plan next --plan plan-2026.xlsx --data sammanstallning-2026-D.xlsx --out plan-2027.xlsx`,
  en: `puls plan next --plan PLAN [--year YEAR] --out FILE [--data CONSOLIDATED [--period ID]] [--user NAME]

Makes next year's plan from this year's: the same organisation, goals and indicators (same ids),
next year's periods in this year's pattern, all history in Utfall and Jämförelse, proposed targets
with a Förslag column, and the sheet Inför planeringen with the political analysis's conclusions
and what the follow-up shows, per goal. Bedömningar and Politisk analys are empty for the new
year. The plan's Logg is carried over, with the new plan and each target proposal logged. The
plan given is never changed.

  --plan PLAN       this year's plan workbook
  --year YEAR       the year of the new plan (default: the plan's year + 1)
  --out FILE        the new plan (written under a temporary name, then renamed)
  --data FILE       a consolidated workbook from puls collect, whose outcomes are carried as history
  --period ID       the consolidated workbook's period (default: the plan's current period)
  --user NAME       who makes the plan, for the log (default: the computer's user)

Examples:
  puls plan next --plan plan-2026.xlsx --year 2027 --out plan-2027.xlsx
  puls plan next --plan plan-2026.xlsx --data consolidated-2026-D.xlsx --out plan-2027.xlsx`,
};

const SHOWN_FINDINGS = 15;

/** The ids of the new year's periods. */
const newPeriods = ({ plan }: NextYearPlan): string[] => plan.periods.filter((period) => isPeriodOfYear(period.id, plan.settings.year)).map((period) => period.id);

export async function plan(args: readonly string[], context: CliContext): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "next") throw new UsageError({ sv: `Okänd åtgärd "${action ?? ""}": skriv puls plan next.`, en: `Unknown action "${action ?? ""}": write puls plan next.` });
  const { values } = parse(rest, { plan: { type: "string" }, year: { type: "string" }, out: { type: "string" }, data: { type: "string" }, period: { type: "string" }, ...USER_OPTION });
  const options = common(values);
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const out = path.resolve(context.cwd, required(values.out, "out"));
  const dataFile = optionalString(values.data);
  await (await OutputGuard.of([planFile, ...(dataFile === undefined ? [] : [path.resolve(context.cwd, dataFile)])])).check(out);
  const yearText = optionalString(values.year);
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError({ sv: `--year tar ett årtal som 2027, inte "${yearText}".`, en: `--year takes a year like 2027, not "${yearText}".` });

  const { plan: current, problems, bytes } = await loadPlan(planFile);
  const collected = dataFile === undefined ? [] : (await loadConsolidated({ file: path.resolve(context.cwd, dataFile), shownAs: dataFile, plan: current, period: periodOf(current, optionalString(values.period)) }, context, options.lang)).actuals;
  let made: ReturnType<typeof planNextYear>;
  try {
    made = planNextYear(current, yearText === undefined ? current.settings.year + 1 : Number(yearText), collected);
  } catch (caught) {
    if (!(caught instanceof PlanningError)) throw caught;
    throw new CommandError({ sv: PLANNING_TEXTS.sv.errors[caught.code](caught.values), en: PLANNING_TEXTS.en.errors[caught.code](caught.values) });
  }
  const { result, workbook } = made;
  // The plan's log carried on (or an earlier run's at --out), with the new plan and each target proposal written into it.
  await writeWorkbookFile(out, withLog(workbook, nextYearLog(await logToCarry(out, bytes), result, logContextOf(values.user, context))));
  context.out(options.json ? JSON.stringify(asJson(result, out, problems), null, 2) : summary(result, out, problems, options));
  return 0;
}

function asJson(result: NextYearPlan, out: string, problems: readonly Problem[]) {
  return {
    out,
    year: result.plan.settings.year,
    from: result.from,
    followedUp: result.followedUp,
    periods: newPeriods(result),
    proposals: result.proposals.map(({ row, basis }) => ({ indicator: row.indicator, organisation: row.organisation, period: row.period, target: row.target, basis })),
    findings: result.findings,
    problems: problems.map((problem) => ({ severity: problem.severity, at: describeLocation(problem.at), message: problemMessage(problem, "sv") })),
  };
}

function summary(result: NextYearPlan, out: string, problems: readonly Problem[], options: CommonOptions): string {
  const texts = TEXTS[options.lang];
  const t = texts.planNext;
  const { plan } = result;
  const year = plan.settings.year;
  const count = (...kinds: string[]) => result.proposals.filter((proposal) => kinds.includes(proposal.basis.kind)).length;
  const years = [...new Set(plan.actuals.map((row) => row.period.slice(0, 4)))].sort();
  const rows = findingRows(result);
  const lines = [
    t.made(year, newPeriods(result).join(", "), plan.goals.length, plan.indicators.length, plan.organisation.length),
    t.history(plan.actuals.length, years.length === 0 ? "" : `${years[0] ?? ""}–${years[years.length - 1] ?? ""}`),
    t.proposals(year, result.proposals.length, count("raised"), count("missed"), count("met"), count("relative", "noOutcome")),
    t.findings(rows.length, result.findings.length),
    ...planningNotes(result).slice(0, 1).map((note) => `  ${note}`),
    ...rows.slice(0, SHOWN_FINDINGS).map((row) => `  ${row.goal} ${row.goalName}: ${row.kind}${row.about === "" ? "" : ` – ${row.about}`}${row.periods === "" ? "" : ` (${row.periods})`}`),
    ...(rows.length > SHOWN_FINDINGS ? [`  ${texts.more(rows.length - SHOWN_FINDINGS)}`] : []),
    ...(problems.length === 0 ? [] : [t.planProblems(problems.length), ...problems.slice(0, SHOWN_FINDINGS).map((problem) => `  ${problem.severity === "error" ? texts.error : texts.warning}: ${describeLocation(problem.at)}: ${problemMessage(problem, options.lang)}`)]),
    `${texts.wrote} ${out}`,
  ];
  return lines.join("\n");
}
