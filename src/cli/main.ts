/**
 * The `puls` command: dispatches to one file per command, turns errors into one clear sentence
 * (a stack trace only with --debug) and sets the exit code: 0 when the run completed (even with
 * data problems, which are reported), 1 when it could not run, 2 for usage errors.
 */
import { CommandError, UsageError, languageOf, type Bilingual, type CliContext } from "./context";
import { fileSystemError, refusedOutput } from "./file-texts";
import { OutputRefusedError } from "../app/node/guard";
import { TEXTS } from "./texts";

type Command = (args: readonly string[], context: CliContext) => Promise<number>;

/**
 * Each command's module is loaded only when that command runs (or shows its help): the modules
 * bring exceljs, docx and the chart renderer, which `puls --help` and the other commands should
 * not wait for.
 */
const COMMANDS: Readonly<Record<string, () => Promise<{ run: Command; help: Bilingual }>>> = {
  init: async () => import("./commands/init").then((m) => ({ run: m.init, help: m.INIT_HELP })),
  templates: async () => import("./commands/templates").then((m) => ({ run: m.templates, help: m.TEMPLATES_HELP })),
  collect: async () => import("./commands/collect").then((m) => ({ run: m.collect, help: m.COLLECT_HELP })),
  status: async () => import("./commands/status").then((m) => ({ run: m.status, help: m.STATUS_HELP })),
  report: async () => import("./commands/report").then((m) => ({ run: m.report, help: m.REPORT_HELP })),
  remind: async () => import("./commands/remind").then((m) => ({ run: m.remind, help: m.REMIND_HELP })),
  pulstavla: async () => import("./commands/pulstavla").then((m) => ({ run: m.pulstavla, help: m.PULSTAVLA_HELP })),
  kolada: async () => import("./commands/kolada").then((m) => ({ run: m.kolada, help: m.KOLADA_HELP })),
  plan: async () => import("./commands/plan").then((m) => ({ run: m.plan, help: m.PLAN_HELP })),
  demo: async () => import("./commands/demo").then((m) => ({ run: m.demo, help: m.DEMO_HELP })),
};

export const MAIN_HELP: Bilingual = {
  sv: `puls – måluppföljning för kommuner

Användning: puls KOMMANDO [flaggor]

Kommandon:
  init        skapa en ny planarbetsbok (tom eller exempelkommunens)
  templates   skapa inrapporteringsmallar för en period
  collect     samla in och sammanställ enheternas arbetsböcker
  status      visa en sammanfattning av en period
  report      skriv verksamhetsrapport, politisk analys, årsredovisning eller delårsrapport
  remind      lista enheter som inte lämnat in, med e-post, som CSV och mailto-länk
  pulstavla   skriv pulstavlorna för kommunen och förvaltningarna (arbetsbok och PDF)
  kolada      läs in Koladas data till planens Jämförelse (import, fetch, units, groups)
  plan        gör nästa års plan av årets, med förslag till målvärden (plan next)
  demo        kör hela uppföljningen på exempelkommunen

Gemensamma flaggor: --lang sv|en, --json, --debug, --help
Hjälp för ett kommando: puls KOMMANDO --help

Exempel:
  puls demo --out out/demo
  puls collect --plan plan.xlsx --period 2026-D --out sammanstallning.xlsx inlamnat/
  puls report alla --plan plan.xlsx --data sammanstallning.xlsx --out rapporter
  puls plan next --plan plan.xlsx --data sammanstallning.xlsx --out plan-2027.xlsx`,
  en: `puls – goal and KPI follow-up for municipalities

Usage: puls COMMAND [options]

Commands:
  init        make a new plan workbook (empty or the example municipality's)
  templates   make report templates for a period
  collect     collect and consolidate the units' workbooks
  status      show a summary of a period
  report      write the operational report, political analysis, annual or interim report
  remind      list the units that have not handed in, with e-mails, as CSV and a mailto link
  pulstavla   write the pulse boards of the municipality and the divisions (workbook and PDF)
  kolada      read Kolada's data into the plan's peers (import, fetch, units, groups)
  plan        make next year's plan from this year's, with proposed targets (plan next)
  demo        run the whole follow-up on the example municipality

Common options: --lang sv|en, --json, --debug, --help
Help for a command: puls COMMAND --help

Examples:
  puls demo --out out/demo
  puls collect --plan plan.xlsx --period 2026-D --out consolidated.xlsx submitted/
  puls report alla --plan plan.xlsx --data consolidated.xlsx --out reports
  puls plan next --plan plan.xlsx --data consolidated.xlsx --out plan-2027.xlsx`,
};

export async function main(argv: readonly string[], context: CliContext): Promise<number> {
  const [name, ...args] = argv;
  const lang = languageOf(argv);
  if (name === undefined || name === "help" || name.startsWith("-")) {
    // Help when asked for; otherwise no command was given, which is a usage mistake.
    context.out(MAIN_HELP[lang]);
    return name === "help" || argv.includes("--help") || argv.includes("-h") ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    context.err(`${TEXTS[lang].unknownCommand}: ${name}\n\n${MAIN_HELP[lang]}\n`);
    return 2;
  }
  let help: Bilingual | undefined;
  try {
    // Inside the try: a module that fails to load (a broken install, a missing native renderer)
    // is reported in one sentence like any other failure.
    const command = await load();
    help = command.help;
    if (args.includes("--help") || args.includes("-h")) {
      context.out(command.help[lang]);
      return 0;
    }
    return await command.run(args, context);
  } catch (caught) {
    if (caught instanceof UsageError) {
      context.err(`${caught.text[lang]}\n\n${help?.[lang] ?? ""}\n`);
      return 2;
    }
    if (caught instanceof CommandError) {
      context.err(`${caught.text[lang]}\n`);
      return 1;
    }
    if (caught instanceof OutputRefusedError) {
      context.err(`${refusedOutput(caught.refusal, lang)}\n`);
      return 2;
    }
    const fileSystem = fileSystemError(caught, lang);
    if (fileSystem !== undefined && !args.includes("--debug")) {
      context.err(`${fileSystem}\n`);
      return 1;
    }
    const debug = args.includes("--debug");
    context.err(`${TEXTS[lang].couldNotFinish(name, caught instanceof Error ? caught.message : String(caught), debug)}\n`);
    if (debug && caught instanceof Error && caught.stack !== undefined) context.err(`${caught.stack}\n`);
    return 1;
  }
}
