/**
 * The wizard: seven steps from plan to reports and on to next year's plan. It holds the session and what the user has chosen,
 * hands each step what it shows, and runs the step's actions (wizard/actions.ts) with the pane
 * marked busy; what touches Excel or files is the host's.
 */
import { Body1, Button, Caption1, Field, FluentProvider, ProgressBar, Select, Spinner, Title3 } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { PlanLoadError } from "../../app/plan";
import { councilReportOf, obstacleSentence, reportAllowancesOf } from "../../app/report-allowances";
import { reportInputOf, type Language } from "../../core";
import { justificationProposals } from "../../app/checklist";
import { isSelectable } from "../excel/select-cell";
import { Notice, type NoticeText } from "../parts/Notice";
import { StepNav } from "../parts/StepNav";
import { AssessStep } from "../steps/AssessStep";
import { CollectStep } from "../steps/CollectStep";
import { PlanNextStep } from "../steps/PlanNextStep";
import { PlanStep } from "../steps/PlanStep";
import { ReportsStep } from "../steps/ReportsStep";
import { ReviewStep } from "../steps/ReviewStep";
import { TemplatesStep } from "../steps/TemplatesStep";
import { FLUENT_THEMES, type PaneTheme } from "../theme";
import { wizardActions, type WorkProgress } from "./actions";
import { Cancelled } from "./cancel";
import { NO_FILES, refusalOf, withPicked, withoutFile, type PickedFiles } from "./picked-files";
import type { WizardHost } from "./host-port";
import { EMPTY_SESSION, memoryKey, parseMemory, planOfBytes, planOfGrid, reportingUnits, withPlan, type LoadedPlan, type Session } from "./session";
import { FIRST_STEP, WIZARD_STEPS, needsCollection, stepAfter, stepBefore, stepNumber, type WizardStep } from "./steps";
import { loadFileWriters } from "./load-file-writers";
import { WIZARD_TEXTS } from "./texts";

export interface AppProps {
  readonly host: WizardHost;
  readonly initialLanguage: Language;
  /** Today's date (ISO), for collection and assessments. */
  readonly today: () => string;
  /** Office's theme as the pane follows it (light outside Office). */
  readonly theme?: PaneTheme;
}

/** What a piece of work asks of the pane once it is done. */
interface WorkOptions {
  /** Focus moves to its notice (the result), so keyboard and screen-reader users land on it. */
  readonly focusNotice?: boolean;
}

/** Where the controller's name for the log is remembered. */
const USER_KEY = "user";

/** The reminder list onto the clipboard; refused (and said so) where the host gives no clipboard. */
const copyText = (text: string): Promise<void> =>
  typeof navigator === "undefined" || navigator.clipboard === undefined ? Promise.reject(new Error("no clipboard")) : navigator.clipboard.writeText(text);

/** The key the wizard's memory has: the workbook's own (Excel) or the plan's (browser). */
const keyFor = (host: WizardHost, loaded: LoadedPlan) => (host.kind === "excel" ? "wizard" : memoryKey(loaded.plan));

export function App({ host, initialLanguage, today, theme = "light" }: AppProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const texts = WIZARD_TEXTS[language];
  const [step, setStep] = useState<WizardStep>(FIRST_STEP);
  const [session, setSession] = useState<Session>(EMPTY_SESSION);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [picked, setPicked] = useState<PickedFiles>(NO_FILES);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [collectedAt, setCollectedAt] = useState(today());
  // The controller's name for the audit log, given once and remembered (the workbook's settings in Excel, the browser's storage outside).
  const [user, setUser] = useState("");
  // Steps whose work was done in this session (templates made, a report made …), marked in the step row.
  const [worked, setWorked] = useState<ReadonlySet<WizardStep>>(new Set());
  // Set when the controller switched to the files' period: the same files are collected again.
  const [collectAgain, setCollectAgain] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const noticeBox = useRef<HTMLDivElement>(null);
  const running = useRef<AbortController | null>(null);

  // Set when the notice a piece of work ends with is to take focus: focused once it has rendered
  // (the effect below), as a frame's wait alone can come before React's render.
  const focusNotice = useRef(false);
  /**
   * Runs a piece of work with the pane marked busy (what would change it is disabled meanwhile)
   * and cancellable; its error becomes the notice. True when it succeeded.
   */
  const work = useCallback(async (task: (signal: AbortSignal) => Promise<NoticeText | null>, options: WorkOptions = {}): Promise<boolean> => {
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setNotice(null);
    let succeeded = false;
    let ended: NoticeText | null = null;
    try {
      ended = await task(controller.signal);
      succeeded = true;
    } catch (caught) {
      ended = caught instanceof Cancelled ? { kind: "info", text: WIZARD_TEXTS[languageRef.current].cancelled } : { kind: "error", text: caught instanceof Error ? caught.message : String(caught) };
    } finally {
      running.current = null;
      setBusy(false);
      setProgress(null);
    }
    focusNotice.current = ended !== null && (options.focusNotice === true || !succeeded);
    setNotice(ended);
    return succeeded;
  }, []);
  useEffect(() => {
    if (!focusNotice.current || notice === null) return;
    focusNotice.current = false;
    noticeBox.current?.focus();
  }, [notice]);
  const languageRef = useRef(language);
  languageRef.current = language;
  const markWorked = (done: WizardStep) => setWorked((now) => new Set([...now, done]));

  // Remember where the user is: the step, the period, and the assessments set here.
  useEffect(() => {
    if (session.plan === null) return;
    void host.remember(keyFor(host, session.plan), JSON.stringify({ step, period: session.period, assessments: session.assessments })).catch(() => undefined);
  }, [host, step, session.plan, session.period, session.assessments]);

  const goTo = (next: WizardStep) => {
    setStep(next);
    setNotice(null);
    // Focus moves to the new step's heading, so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => heading.current?.focus());
  };

  const usePlan = async (loaded: LoadedPlan) => {
    const memory = parseMemory(await host.recall(keyFor(host, loaded)).catch(() => null));
    setSession(withPlan(loaded, memory));
    setPicked(NO_FILES);
    setProgress(null);
    if (memory !== null && memory.step !== FIRST_STEP) setStep(memory.step);
  };

  /** A workbook that is not a plan, said as what it is; anything else is thrown on. */
  const refusal = (caught: unknown, name: string): NoticeText => {
    if (!(caught instanceof PlanLoadError)) throw caught;
    return { kind: "error", text: caught.failure === "unreadable" ? texts.planUnreadable(name) : texts.notAPlan(name, caught.workbook) };
  };

  const openWorkbookAsPlan = async (): Promise<NoticeText | null> => {
    const workbook = host.workbook;
    if (workbook === null) return null;
    let read: LoadedPlan;
    try {
      read = planOfGrid(await workbook.read(), workbook.name);
    } catch (caught) {
      // The plan already open, and any collection, stay as they were.
      return refusal(caught, workbook.name);
    }
    await usePlan(read);
    return null;
  };

  useEffect(() => {
    void host.recall(USER_KEY).then((name) => name !== null && setUser(name), () => undefined);
    // Once, on start (the host does not change).
  }, []);
  const changeUser = (name: string) => {
    setUser(name);
    void host.remember(USER_KEY, name).catch(() => undefined);
  };

  // Inside Excel, a workbook the wizard has worked on before opens where the user left it.
  useEffect(() => {
    if (host.workbook === null) return;
    void (async () => {
      if (parseMemory(await host.recall("wizard").catch(() => null)) !== null) await work(openWorkbookAsPlan);
    })();
    // Once, on start (the host does not change).
  }, []);

  const loaded = session.plan;
  const plan = loaded?.plan ?? null;
  const units = useMemo(() => (plan === null ? [] : reportingUnits(plan)), [plan]);
  // Puls's proposed justification of each goal, for the controller to accept or rewrite in step 5.
  const proposals = useMemo(() => (plan === null || session.consolidation === null ? new Map<string, string>() : justificationProposals(reportInputOf(plan, session.consolidation), language)), [plan, session.consolidation, language]);
  // Which reports the period allows: the step offers the others only as drafts, saying why.
  const allowances = useMemo(() => (plan === null ? [] : reportAllowancesOf(plan, session.period, session.consolidation)), [plan, session.period, session.consolidation]);
  const draftOnly = useMemo(
    () => Object.fromEntries(allowances.filter((allowance) => allowance.obstacles.length > 0).map((allowance) => [allowance.kind, allowance.obstacles.map((obstacle) => obstacleSentence(obstacle, language)).join(" ")])),
    [allowances, language],
  );
  const switchPeriod = (period: string) => {
    setSession((now) => ({ ...now, period, consolidation: null, nextYear: null }));
    setCollectAgain(true);
  };
  const actions =
    plan === null || loaded === null
      ? null
      : wizardActions({ host, texts, language, session, plan, planName: loaded.name, units, update: setSession, onProgress: setProgress, allowances, onSwitchPeriod: switchPeriod, user });
  const inExcel = host.workbook !== null;
  const run = (task: (signal: AbortSignal) => Promise<NoticeText | null>, options?: WorkOptions) => void work(task, options);
  /** Runs a step's work and marks the step done when it succeeds. */
  const runFor = (done: WizardStep, task: (signal: AbortSignal) => Promise<NoticeText | null>, options?: WorkOptions) =>
    void work(task, options).then((succeeded) => succeeded && markWorked(done));
  const collect = () => actions !== null && runFor("collect", (signal) => actions.collectFiles(picked.files, collectedAt, signal), { focusNotice: true });

  // After a switch to the files' period, the new period's actions collect the same files.
  useEffect(() => {
    if (!collectAgain || actions === null) return;
    setCollectAgain(false);
    collect();
  });

  // Each step's body; the keys make the record exhaustive, so no step can lack one.
  const bodies: Record<WizardStep, ReactNode> = {
    plan: <PlanStep
      key="plan"
      texts={texts}
      language={language}
      session={session}
      inExcel={inExcel}
      onOpenWorkbook={() => run(openWorkbookAsPlan)}
      busy={busy}
      onPlanFile={(file) =>
        run(async () => {
          const reason = refusalOf(file.name);
          if (reason !== null) return { kind: "error", text: texts.fileRefused(file.name, texts.refusals[reason]) };
          let read: LoadedPlan;
          try {
            read = planOfBytes(new Uint8Array(await file.arrayBuffer()), file.name);
          } catch (caught) {
            // The plan already open, and any collection, stay as they were.
            return refusal(caught, file.name);
          }
          await usePlan(read);
          return null;
        })
      }
      onNewPlan={(example) =>
        run(async () => {
          const bytes = await (await loadFileWriters()).newPlanBytes(example);
          const open = host.workbook?.openAsNewWorkbook ?? null;
          if (open !== null) {
            await open(bytes);
            return { kind: "success", text: texts.planNewOpened };
          }
          const name = texts.fileNames.newPlan(example);
          host.save(name, bytes);
          await usePlan(planOfBytes(bytes, name));
          return { kind: "success", text: texts.planNewSaved(name, example) };
        })
      }
      onPeriod={(period) => setSession({ ...session, period, consolidation: null, nextYear: null })}
    />,
    templates: actions === null ? null : (
      <TemplatesStep
        key="templates"
        texts={texts}
        units={units.length}
        period={session.period}
        inExcel={inExcel}
        busy={busy}
        onZip={() => runFor("templates", actions.templatesZip)}
        onShared={() => runFor("templates", actions.sharedTemplate)}
        onSheets={() => runFor("templates", actions.unitSheets)}
      />
    ),
    collect: actions === null ? null : (
      <CollectStep
        key="collect"
        texts={texts}
        picked={picked}
        period={session.period}
        periodName={plan?.periods.find((p) => p.id === session.period)?.name ?? ""}
        inExcel={inExcel}
        busy={busy}
        collectedAt={collectedAt}
        user={user}
        onUser={changeUser}
        collected={session.consolidation !== null}
        onFiles={(files) => setPicked((now) => withPicked(now, files))}
        onRemove={(file) => setPicked((now) => withoutFile(now, file))}
        onClear={() => setPicked(NO_FILES)}
        onDate={setCollectedAt}
        onCollect={collect}
        onCollectSheets={() => runFor("collect", () => actions.collectSheets(collectedAt), { focusNotice: true })}
        onDownload={() => run(actions.saveConsolidated)}
        onWrite={() => run(actions.writeConsolidated)}
      />
    ),
    review: actions === null || plan === null || session.consolidation === null ? null : (
      <ReviewStep
        key="review"
        texts={texts}
        language={language}
        plan={plan}
        consolidation={session.consolidation}
        canShow={(location) => host.workbook !== null && isSelectable(location, host.workbook.name)}
        onShow={(location) => run(() => actions.showCell(location))}
        today={today()}
        copy={copyText}
      />
    ),
    assess: actions === null || plan === null || session.consolidation === null ? null : (
      <AssessStep
        key="assess"
        texts={texts}
        language={language}
        plan={plan}
        evaluation={session.consolidation.evaluation}
        proposals={proposals}
        today={today()}
        storedWhere={inExcel ? texts.assessStoredExcel : texts.assessStoredBrowser}
        busy={busy}
        // An assessment Excel did not take is not shown as saved: the form stays open.
        onSave={(entry) => work(() => actions.assess(entry)).then((saved) => (saved && markWorked("assess"), saved))}
        onDownloadPlan={() => run(actions.savePlan)}
      />
    ),
    reports: actions === null || plan === null ? null : (
      <ReportsStep
        key="reports"
        texts={texts}
        period={session.period}
        collected={session.consolidation !== null}
        inExcel={inExcel}
        canOpenNew={host.workbook !== null && host.workbook.openAsNewWorkbook !== null}
        busy={busy}
        draftOnly={draftOnly}
        main={[councilReportOf(plan, session.period), "operational" as const].find((kind) => draftOnly[kind] === undefined) ?? null}
        onFiles={(kind) => runFor("reports", (signal) => actions.reportFiles(kind, signal))}
        onWorkbook={(kind) => runFor("reports", (signal) => actions.reportIntoWorkbook(kind, signal))}
        onNewWorkbook={(kind) => runFor("reports", (signal) => actions.reportAsNewWorkbook(kind, signal))}
      />
    ),
    nextYear: actions === null || plan === null ? null : (
      <PlanNextStep
        key={`next-${plan.settings.year}`}
        texts={texts}
        language={language}
        planYear={plan.settings.year}
        collectedPeriod={session.consolidation === null ? null : session.period}
        result={session.nextYear}
        busy={busy}
        onMake={(year) => run((signal) => actions.planNextYear(year, signal))}
      />
    ),
  };
  const needs = step === FIRST_STEP ? null : plan === null ? texts.needPlan : needsCollection(step) && session.consolidation === null ? texts.needCollection : null;
  const before = stepBefore(step);
  const after = stepAfter(step);

  // Done: the plan open, the collection made, next year's plan made; the others once their work succeeded.
  const done = new Set<WizardStep>(worked);
  if (plan !== null) done.add("plan");
  if (session.consolidation !== null) done.add("collect");
  if (session.nextYear !== null) done.add("nextYear");

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className="app" lang={language}>
      <header className="top">
        <div className="title-row">
          <Title3 as="h1">{texts.appTitle}</Title3>
          <Field label={texts.language} orientation="horizontal" size="small" className="language">
            <Select size="small" value={language} disabled={busy} onChange={(_, data) => setLanguage(data.value === "en" ? "en" : "sv")}>
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </Select>
          </Field>
        </div>
        <Caption1 as="p" className="host">{inExcel ? texts.hostExcel : texts.hostBrowser}</Caption1>
        <StepNav texts={texts} step={step} done={done} disabled={busy} onStep={goTo} />
      </header>
      <main>
        <h2 id="step-title" ref={heading} tabIndex={-1} className="step-title">
          <span className="step-of">{texts.stepOf(stepNumber(step), WIZARD_STEPS.length)}</span> {texts.steps[step]}
        </h2>
        {step === FIRST_STEP ? <Body1 as="p" className="lead">{texts.lead}</Body1> : null}
        {busy ? (
          <div className="row busy">
            <Spinner size="tiny" label={texts.working} />
            <Button size="small" onClick={() => running.current?.abort()}>{texts.cancel}</Button>
          </div>
        ) : null}
        {progress === null ? null : (
          <Field label={texts.collectProgress(progress.done, progress.total)} validationMessage={progress.current} validationState="none">
            <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} />
          </Field>
        )}
        <Notice ref={noticeBox} notice={notice} />
        {needs === null ? bodies[step] : <Body1 as="p">{needs}</Body1>}
        <div className="row nav-buttons">
          <Button disabled={busy || before === null} onClick={() => before !== null && goTo(before)}>{texts.previous}</Button>
          <Button disabled={busy || after === null || plan === null} onClick={() => after !== null && goTo(after)}>{texts.next}</Button>
        </div>
      </main>
    </FluentProvider>
  );
}
