/**
 * The wizard: six steps from plan to reports. It holds the session and hands each step what it
 * shows and what it may do; the work itself is the library's (collection, assessments, reports),
 * and what touches Excel or files is the host's.
 */
import { Body1, Button, Field, FluentProvider, Select, Spinner, Title3, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AssessmentEntry, Language, Location } from "../../core";
import type { ReportKind } from "../../reports/texts";
import { collectSources, type UnitSource } from "../../workbook/collect/collect-sources";
import { collectionSheetsForPlan } from "../../workbook/collect/write-consolidated";
import { planWorkbook } from "../../workbook/plan/write-plan";
import { buildSharedTemplate } from "../../workbook/template/build-template";
import { ASSESSMENTS_SHEET } from "../../workbook/plan/plan-sheets";
import { renderPngInBrowser } from "../browser/canvas-png";
import { isSelectable } from "../excel/select-cell";
import { Notice, type NoticeText } from "../parts/Notice";
import { StepNav } from "../parts/StepNav";
import { AssessStep } from "../steps/AssessStep";
import { CollectStep, type CollectProgress } from "../steps/CollectStep";
import { PlanStep } from "../steps/PlanStep";
import { ReportsStep } from "../steps/ReportsStep";
import { ReviewStep } from "../steps/ReviewStep";
import { TemplatesStep } from "../steps/TemplatesStep";
import type { WizardHost } from "./host-port";
import { loadHeavyWork } from "./load-heavy-work";
import { pauseEvery } from "./pause";
import { reportSheetsForWorkbook } from "./report-sheets";
import { EMPTY_SESSION, STEP_COUNT, assessed, collectOpenWorkbook, memoryKey, parseMemory, planOfBytes, planOfGrid, reportingUnits, withPlan, type LoadedPlan, type Session } from "./session";
import { WIZARD_TEXTS } from "./texts";

export interface AppProps {
  readonly host: WizardHost;
  readonly initialLanguage: Language;
  /** Today's date (ISO), for collection and assessments. */
  readonly today: () => string;
}

/** The key the wizard's memory has: the workbook's own (Excel) or the plan's (browser). */
const keyFor = (host: WizardHost, loaded: LoadedPlan) => (host.kind === "excel" ? "wizard" : memoryKey(loaded.plan));

const fileSource = (file: File): UnitSource => ({
  name: file.name,
  read: async () => ({ bytes: new Uint8Array(await file.arrayBuffer()), modified: new Date(file.lastModified).toISOString().slice(0, 19) }),
});

const stripXlsx = (name: string) => name.replace(/\.xlsx$/i, "");

export function App({ host, initialLanguage, today }: AppProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const texts = WIZARD_TEXTS[language];
  const [step, setStep] = useState(0);
  const [session, setSession] = useState<Session>(EMPTY_SESSION);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [chosen, setChosen] = useState<readonly File[]>([]);
  const [progress, setProgress] = useState<CollectProgress | null>(null);
  const [collectedAt, setCollectedAt] = useState(today());
  const heading = useRef<HTMLHeadingElement>(null);

  /** Runs a piece of work with the pane marked busy; its error becomes the notice. */
  const work = useCallback(
    async (task: () => Promise<NoticeText | null>): Promise<boolean> => {
      setBusy(true);
      setNotice(null);
      try {
        setNotice(await task());
        return true;
      } catch (caught) {
        setNotice({ kind: "error", text: caught instanceof Error ? caught.message : String(caught) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  // Remember where the user is: the step, the period, and the assessments set here.
  useEffect(() => {
    if (session.plan === null) return;
    void host.remember(keyFor(host, session.plan), JSON.stringify({ step, period: session.period, assessments: session.assessments })).catch(() => undefined);
  }, [host, step, session.plan, session.period, session.assessments]);

  const goTo = (next: number) => {
    setStep(next);
    setNotice(null);
    // Focus moves to the new step's heading, so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => heading.current?.focus());
  };

  const usePlan = async (loaded: LoadedPlan) => {
    const memory = parseMemory(await host.recall(keyFor(host, loaded)).catch(() => null));
    setSession(withPlan(loaded, memory));
    setChosen([]);
    setProgress(null);
    if (memory !== null && memory.step > 0) setStep(memory.step);
  };

  // Inside Excel, a workbook the wizard has worked on before opens where the user left it.
  useEffect(() => {
    const workbook = host.workbook;
    if (workbook === null) return;
    void (async () => {
      const memory = parseMemory(await host.recall("wizard").catch(() => null));
      if (memory === null) return;
      await work(async () => {
        await usePlan(planOfGrid(await workbook.read(), workbook.name, true));
        return null;
      });
    })();
    // Once, on start (the host does not change).
  }, []);

  const loaded = session.plan;
  const plan = loaded?.plan ?? null;
  const units = useMemo(() => (plan === null ? [] : reportingUnits(plan)), [plan]);
  const createdAt = () => `${today()}T00:00:00`;
  const reportOrder = (kind: ReportKind) => ({ plan: plan as NonNullable<typeof plan>, period: session.period, consolidation: session.consolidation, kind, language, renderChart: renderPngInBrowser });

  const steps = [
    <PlanStep
      key="plan"
      texts={texts}
      language={language}
      session={session}
      inExcel={host.workbook !== null}
      onOpenWorkbook={() =>
        void work(async () => {
          const workbook = host.workbook;
          if (workbook === null) return null;
          await usePlan(planOfGrid(await workbook.read(), workbook.name, true));
          return null;
        })
      }
      onPlanFile={(file) =>
        void work(async () => {
          const bytes = new Uint8Array(await file.arrayBuffer());
          let read: LoadedPlan;
          try {
            read = planOfBytes(bytes, file.name);
          } catch {
            return { kind: "error", text: texts.planUnreadable(file.name) };
          }
          await usePlan(read);
          return null;
        })
      }
      onPeriod={(period) => setSession({ ...session, period, consolidation: null })}
    />,
    plan === null ? null : (
      <TemplatesStep
        key="templates"
        texts={texts}
        units={units.length}
        period={session.period}
        inExcel={host.workbook !== null}
        busy={busy}
        onZip={() =>
          void work(async () => {
            const heavy = await loadHeavyWork();
            const name = `${texts.steps[1]} ${session.period}.zip`;
            host.save(name, await heavy.templatesZip(plan, session.period, units, createdAt(), (done, total) => setProgress({ done, total, current: "" })));
            setProgress(null);
            return { kind: "success", text: texts.saved(name) };
          })
        }
        onShared={() =>
          void work(async () => {
            const heavy = await loadHeavyWork();
            const name = `${session.period} ${language === "sv" ? "alla enheter" : "all units"}.xlsx`;
            host.save(name, await heavy.sharedTemplateBytes(plan, session.period, units, createdAt()));
            return { kind: "success", text: texts.saved(name) };
          })
        }
        onSheets={() =>
          void work(async () => {
            const written = (await host.workbook?.writeSheets(buildSharedTemplate(plan, session.period, units, createdAt()).sheets)) ?? [];
            return { kind: "success", text: texts.templatesWritten(written.length - 1) };
          })
        }
      />
    ),
    plan === null ? null : (
      <CollectStep
        key="collect"
        texts={texts}
        chosen={chosen}
        inExcel={host.workbook !== null}
        busy={busy}
        progress={progress}
        collectedAt={collectedAt}
        collected={session.consolidation !== null}
        onFiles={setChosen}
        onDate={setCollectedAt}
        onCollect={() =>
          void work(async () => {
            const consolidation = await collectSources(plan, session.period, chosen.map(fileSource), {
              collectedAt: `${collectedAt}T12:00:00`,
              onFile: (done, total, current) => setProgress({ done, total, current }),
              pause: pauseEvery(50),
            });
            setSession((now) => ({ ...now, consolidation }));
            return { kind: "success", text: texts.collectDone(chosen.length, consolidation.problems.length) };
          })
        }
        onCollectSheets={() =>
          void work(async () => {
            const workbook = host.workbook;
            if (workbook === null) return null;
            const consolidation = collectOpenWorkbook(plan, session.period, await workbook.read(), workbook.name, `${collectedAt}T12:00:00`);
            setSession((now) => ({ ...now, consolidation }));
            const submitted = consolidation.reporting.filter((row) => row.state !== "missing").length;
            return { kind: "success", text: texts.collectSheetsDone(submitted, consolidation.problems.length) };
          })
        }
        onDownload={() =>
          void work(async () => {
            if (session.consolidation === null) return null;
            const heavy = await loadHeavyWork();
            const name = `${language === "sv" ? "Sammanställning" : "Consolidated"} ${session.period}.xlsx`;
            host.save(name, await heavy.consolidatedBytes(plan, session.consolidation));
            return { kind: "success", text: texts.saved(name) };
          })
        }
        onWrite={() =>
          void work(async () => {
            if (session.consolidation === null || host.workbook === null) return null;
            const written = await host.workbook.writeSheets(collectionSheetsForPlan(plan, session.consolidation));
            return { kind: "success", text: texts.consolidatedWritten(written.length) };
          })
        }
      />
    ),
    plan === null || session.consolidation === null ? null : (
      <ReviewStep
        key="review"
        texts={texts}
        language={language}
        plan={plan}
        consolidation={session.consolidation}
        canShow={(location: Location) => host.workbook !== null && isSelectable(location, host.workbook.name)}
        onShow={(location: Location) => void work(async () => (await host.workbook?.selectCell(location), null))}
      />
    ),
    plan === null || session.consolidation === null ? null : (
      <AssessStep
        key="assess"
        texts={texts}
        language={language}
        plan={plan}
        evaluation={session.consolidation.evaluation}
        today={today()}
        storedWhere={host.workbook === null ? texts.assessStoredBrowser : texts.assessStoredExcel}
        busy={busy}
        onSave={async (entry: AssessmentEntry) => {
          const next = assessed(session, entry);
          const stored = await work(async () => {
            if (host.workbook !== null && next.plan !== null) {
              const sheet = planWorkbook(next.plan.plan).sheets.find((s) => s.name === ASSESSMENTS_SHEET.names[0]);
              if (sheet !== undefined) await host.workbook.writeSheets([sheet]);
            }
            return { kind: "success", text: texts.assessSaved };
          });
          // Kept in the session only when stored: an assessment Excel did not take is not shown as saved.
          if (stored) setSession(next);
          return stored;
        }}
        onDownloadPlan={() =>
          void work(async () => {
            const heavy = await loadHeavyWork();
            const name = `${stripXlsx(loaded?.name ?? "plan")} ${language === "sv" ? "med bedömningar" : "with assessments"}.xlsx`;
            host.save(name, await heavy.planBytes(plan, session.consolidation));
            return { kind: "success", text: texts.saved(name) };
          })
        }
      />
    ),
    plan === null ? null : (
      <ReportsStep
        key="reports"
        texts={texts}
        period={session.period}
        collected={session.consolidation !== null}
        inExcel={host.workbook !== null}
        canOpenNew={host.workbook?.openAsNewWorkbook !== null && host.workbook !== null}
        busy={busy}
        onFiles={(kind: ReportKind) =>
          void work(async () => {
            const heavy = await loadHeavyWork();
            const files = await heavy.reportFiles(reportOrder(kind));
            for (const file of files) host.save(file.fileName, file.bytes);
            return { kind: "success", text: texts.saved(files.map((f) => f.fileName).join(", ")) };
          })
        }
        onWorkbook={(kind: ReportKind) =>
          void work(async () => {
            const heavy = await loadHeavyWork();
            const book = await heavy.reportWorkbook(reportOrder(kind));
            const written = (await host.workbook?.writeSheets(reportSheetsForWorkbook(kind, book))) ?? [];
            return { kind: "success", text: texts.reportWritten(written.length) };
          })
        }
        onNewWorkbook={(kind: ReportKind) =>
          void work(async () => {
            const heavy = await loadHeavyWork();
            const files = await heavy.reportFiles(reportOrder(kind));
            const workbook = files.find((f) => f.format === "xlsx");
            if (workbook !== undefined) await host.workbook?.openAsNewWorkbook?.(workbook.bytes);
            return null;
          })
        }
      />
    ),
  ];
  const needs = step === 0 ? null : plan === null ? texts.needPlan : (step === 3 || step === 4) && session.consolidation === null ? texts.needCollection : null;

  return (
    <FluentProvider theme={webLightTheme} className="app" lang={language}>
      <header className="top">
        <Title3 as="h1">{texts.appTitle}</Title3>
        <Field label={texts.language} orientation="horizontal" size="small">
          <Select size="small" value={language} onChange={(_, data) => setLanguage(data.value === "en" ? "en" : "sv")}>
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </Select>
        </Field>
      </header>
      <Body1 as="p" className="lead">{texts.lead}</Body1>
      <Body1 as="p" className="host">{host.workbook === null ? texts.hostBrowser : texts.hostExcel}</Body1>
      <StepNav texts={texts} step={step} onStep={goTo} />
      <main>
        <h2 id="step-title" ref={heading} tabIndex={-1} className="step-title">
          <span className="step-of">{texts.stepOf(step + 1, STEP_COUNT)}</span> {texts.steps[step]}
        </h2>
        {busy ? <Spinner size="tiny" label={texts.working} /> : null}
        <Notice notice={notice} />
        {needs === null ? steps[step] : <Body1 as="p">{needs}</Body1>}
        <div className="row nav-buttons">
          <Button disabled={step === 0} onClick={() => goTo(step - 1)}>{texts.previous}</Button>
          <Button appearance="primary" disabled={step === STEP_COUNT - 1} onClick={() => goTo(step + 1)}>{texts.next}</Button>
        </div>
      </main>
    </FluentProvider>
  );
}
