/**
 * `puls remind`: who has not handed in the period, with their managers' names and e-mails from
 * the plan's Organisation; as a list, a CSV for Excel and one mailto link (docs/workbooks.md §3).
 */
import path from "node:path";
import { collectPeriod, collectionTime } from "../../app/collect";
import { OutputGuard, collectionThreads, expandInputs, fileSources, folderSink } from "../../app/node";
import { REMINDER_STATE_LABELS, remindersCsv, remindersOf, type Reminders } from "../../app/remind";
import { dayOf, type Language, type ReportingStatusRow } from "../../core";
import { loadConsolidated } from "../consolidated-file";
import { CommandError, UsageError, type Bilingual, type CliContext } from "../context";
import { common, optionalString, parse, required } from "../options";
import { loadPlan, periodOf } from "../plan-file";

export const REMIND_HELP: Bilingual = {
  sv: `puls remind --plan PLAN --data INLÄMNAT [--period ID] [--out MAPP] [--date ÅÅÅÅ-MM-DD]

Listar varje enhet som ska rapportera perioden men inte har lämnat in, med ansvarigs namn och
e-post från planens blad Organisation (kolumnerna Ansvarig och E-post), och om sista dagen har
passerat. Skriver en mailto-länk till alla med e-post (som hemlig kopia, med ämne och text om
perioden och sista dagen); enheter utan e-post nämns för sig. Med --out skrivs listan också som
CSV för Excel (Påminnelser PERIOD.csv) och länken och texten som Påminnelse PERIOD.txt.

  --plan PLAN       planarbetsboken
  --data INLÄMNAT   mappen med enheternas inlämnade arbetsböcker, eller en sammanställning från puls collect
  --period ID       perioden (standard: planens aktuella period)
  --out MAPP        mappen som CSV-filen och länken skrivs till (skapas vid behov)
  --date DATUM      dagen som sista dagen jämförs med (standard: i dag)

Exempel:
  puls remind --plan plan.xlsx --data inlamnat/
  puls remind --plan plan.xlsx --data sammanstallning.xlsx --out paminnelser`,
  en: `puls remind --plan PLAN --data SUBMITTED [--period ID] [--out FOLDER] [--date YYYY-MM-DD]

Lists every unit that should report the period but has not handed in, with its manager's name and
e-mail from the plan's Organisation sheet (columns Ansvarig and E-post), and whether the deadline
has passed. Writes one mailto link to all with an e-mail (as BCC, with a Swedish subject and text
on the period and the deadline); units without an e-mail are named apart. With --out the list is
also written as a CSV for Excel (Påminnelser PERIOD.csv) and the link and text as Påminnelse PERIOD.txt.

  --plan PLAN        the plan workbook
  --data SUBMITTED   the folder of the units' submitted workbooks, or a consolidated workbook from puls collect
  --period ID        the period (default: the plan's current period)
  --out FOLDER       the folder the CSV and the link are written to (made if needed)
  --date DATE        the day the deadline is held against (default: today)

Examples:
  puls remind --plan plan.xlsx --data submitted/
  puls remind --plan plan.xlsx --data consolidated.xlsx --out reminders`,
};

const SAY = {
  sv: {
    none: (period: string) => `Alla enheter har lämnat in för ${period}.`,
    heading: (count: number, period: string, deadline: string | null) => `${count} enheter har inte lämnat in för ${period}${deadline === null ? "" : ` (sista dag ${deadline})`}:`,
    noEmail: "saknar e-post",
    noManager: "ansvarig saknas",
    withoutEmail: (names: string) => `Utan e-post (nås inte av länken): ${names}`,
    link: "Länk till ett e-postmeddelande till alla (hemlig kopia):",
    noLink: "Ingen av dem har e-post i planen: fyll i kolumnen E-post på bladet Organisation.",
    wrote: "Skrev",
  },
  en: {
    none: (period: string) => `Every unit has handed in for ${period}.`,
    heading: (count: number, period: string, deadline: string | null) => `${count} units have not handed in for ${period}${deadline === null ? "" : ` (deadline ${deadline})`}:`,
    noEmail: "no e-mail",
    noManager: "no manager",
    withoutEmail: (names: string) => `Without e-mail (not reached by the link): ${names}`,
    link: "Link to one e-mail to them all (BCC):",
    noLink: "None of them has an e-mail in the plan: fill in the E-post column on the Organisation sheet.",
    wrote: "Wrote",
  },
} as const satisfies Record<Language, unknown>;

const STATES_EN: Readonly<Record<string, string>> = { waiting: "not handed in", late: "late" };

function lines(list: Reminders, language: Language): string[] {
  const t = SAY[language];
  if (list.units.length === 0) return [t.none(list.period)];
  const state = (unit: Reminders["units"][number]) => (language === "sv" ? REMINDER_STATE_LABELS[unit.state] : (STATES_EN[unit.state] ?? unit.state));
  return [
    t.heading(list.units.length, list.period, list.deadline),
    ...list.units.map((unit) => `  ${unit.organisation} ${unit.name} – ${unit.manager === "" ? t.noManager : unit.manager}, ${unit.email === "" ? t.noEmail : unit.email} (${state(unit)})`),
    ...(list.withoutEmail.length === 0 ? [] : [t.withoutEmail(list.withoutEmail.map((unit) => `${unit.organisation} ${unit.name}`).join(", "))]),
    ...(list.mailto === "" ? [t.noLink] : ["", t.link, list.mailto]),
  ];
}

export async function remind(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { plan: { type: "string" }, data: { type: "string" }, period: { type: "string" }, out: { type: "string" }, date: { type: "string" } });
  const options = common(values);
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const data = required(values.data, "data");
  const date = optionalString(values.date);
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError({ sv: `--date tar ett datum som 2026-09-21, inte "${date}".`, en: `--date takes a date like 2026-09-21, not "${date}".` });
  const outText = optionalString(values.out);
  const folder = outText === undefined ? undefined : path.resolve(context.cwd, outText);
  const { files, folders, notFound } = await expandInputs([path.resolve(context.cwd, data)]);
  if (notFound.length > 0) throw new CommandError({ sv: `Hittade inget i ${data}.`, en: `Found nothing in ${data}.` });
  const guard = await OutputGuard.of([planFile, ...files], folders);
  if (folder !== undefined) await guard.check(folder, { folder: true });
  const { plan } = await loadPlan(planFile);
  const period = periodOf(plan, optionalString(values.period));
  const at = collectionTime(date, context.now());
  // A folder is collected (read, never changed) for its reporting status; a file is a consolidated workbook.
  let reporting: readonly ReportingStatusRow[];
  if (folders.length > 0) reporting = (await collectPeriod({ plan, period, sources: fileSources(files), collectedAt: at, parallel: collectionThreads() })).reporting;
  else reporting = (await loadConsolidated({ file: path.resolve(context.cwd, data), shownAs: data, plan, period }, context, options.lang)).reporting;
  const list = remindersOf(plan, period, reporting, dayOf(at));
  const written: string[] = [];
  if (folder !== undefined) {
    const sink = folderSink(folder, guard);
    const csv = `Påminnelser ${period}.csv`;
    const text = `Påminnelse ${period}.txt`;
    await sink.write(csv, { bytes: new TextEncoder().encode(remindersCsv(list)) });
    await sink.write(text, { bytes: new TextEncoder().encode(`${list.mailto}\r\n\r\nÄmne: ${list.subject}\r\n\r\n${list.body.replace(/\n/g, "\r\n")}\r\n`) });
    written.push(path.join(folder, csv), path.join(folder, text));
  }
  if (options.json) context.out(JSON.stringify({ ...list, files: written }, null, 2));
  else context.out([...lines(list, options.lang), ...written.map((file) => `${SAY[options.lang].wrote} ${file}`)].join("\n"));
  return 0;
}
