/**
 * Step 5, Bedöm mål: each goal with its computed assessment, score and coverage (each term
 * explained in a line), as the result goals, the goals with an own assessment, or all goals as the
 * tree from vision to division goal. The controller can set an own assessment, which must be
 * justified, or cancel the form; it is stored in Bedömningar, and the confirmation stands beside
 * the goal edited.
 */
import { Body1, Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { ASSESSMENT_LABELS, assessmentEntryProblem, goalTree, type Assessment, type AssessmentEntry, type Evaluation, type GoalAssessment, type GoalNode, type Language, type Plan } from "../../core";
import { GoalTreeView } from "../parts/GoalTreeView";
import { FilterBar, matchesSearch } from "../parts/FilterBar";
import { formatPercent } from "../../app/reports";
import { proposalKey } from "../../app/checklist";
import { ASSESSMENT_TONE, Word } from "../parts/Word";
import type { WizardTexts } from "../wizard/texts";

export interface AssessStepProps {
  readonly texts: WizardTexts;
  readonly language: Language;
  readonly plan: Plan;
  readonly evaluation: Evaluation;
  /** Puls's proposed justifications, by proposalKey (goal and organisation). */
  readonly proposals: ReadonlyMap<string, string>;
  readonly today: string;
  readonly storedWhere: string;
  readonly busy: boolean;
  readonly onSave: (entry: AssessmentEntry) => Promise<boolean>;
  readonly onDownloadPlan: () => void;
}


interface EditorProps {
  readonly texts: WizardTexts;
  readonly language: Language;
  readonly goal: GoalAssessment;
  readonly proposal: string;
  readonly today: string;
  readonly busy: boolean;
  readonly onSave: AssessStepProps["onSave"];
  /** Closed after a save: the confirmation stands in its place. */
  readonly onSaved: () => void;
  /** Closed unsaved (Avbryt): nothing is stored. */
  readonly onClose: () => void;
}

function Editor({ texts, language, goal, proposal, today, busy, onSave, onSaved, onClose }: EditorProps) {
  // Without an own assessment, the form starts from the computed verdict and Puls's proposal: accepting it is one click.
  const [assessment, setAssessment] = useState<Assessment | "">(goal.manual?.assessment ?? (proposal === "" ? "" : goal.computed.assessment));
  const [justification, setJustification] = useState(goal.manual?.justification ?? proposal);
  const [assessedBy, setAssessedBy] = useState(goal.manual?.assessedBy ?? "");
  const [tried, setTried] = useState(false);
  const entry: AssessmentEntry | null = assessment === "" ? null : { goal: goal.goal, organisation: goal.organisation, period: goal.period, assessment, justification, assessedBy, date: today };
  const problem = entry === null ? null : assessmentEntryProblem(entry);
  const save = async () => {
    setTried(true);
    if (entry === null || problem !== null) return;
    if (await onSave(entry)) onSaved();
  };
  return (
    <div className="editor">
      <Field label={texts.assessOwn} required validationMessage={tried && entry === null ? texts.assessNoChoice : undefined}>
        <Select value={assessment} onChange={(_, data) => setAssessment(data.value as Assessment | "")}>
          <option value="">{texts.assessNoChoice}</option>
          {(Object.keys(ASSESSMENT_LABELS.sv) as Assessment[]).map((key) => (
            <option key={key} value={key}>{ASSESSMENT_LABELS[language][key]}</option>
          ))}
        </Select>
      </Field>
      <Field label={texts.assessJustification} required hint={goal.manual === null && proposal !== "" ? texts.assessProposal : undefined} validationMessage={tried && problem !== null ? problem[language] : undefined}>
        <Textarea value={justification} resize="vertical" onChange={(_, data) => setJustification(data.value)} />
      </Field>
      <Field label={texts.assessBy}>
        <Input value={assessedBy} onChange={(_, data) => setAssessedBy(data.value)} />
      </Field>
      <div className="row">
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>{texts.assessSave}</Button>
        <Button disabled={busy} onClick={onClose}>{texts.assessCancel}</Button>
      </div>
    </div>
  );
}

type GoalFilter = "all" | "result" | "own";

/** In step 5 the whole tree is open: the goals to assess are the point of it. */
const ALL_OPEN: ReadonlySet<GoalNode["goal"]["level"]> = new Set(["vision", "priorityArea", "resultGoal", "administrationGoal", "divisionGoal"]);

export function AssessStep({ texts, language, plan, evaluation, proposals, today, storedWhere, busy, onSave, onDownloadPlan }: AssessStepProps) {
  const [open, setOpen] = useState<string | null>(null);
  // The goal whose assessment was just saved: its confirmation stands beside it.
  const [saved, setSaved] = useState<string | null>(null);
  const [filter, setFilter] = useState<GoalFilter>("result");
  const [search, setSearch] = useState("");
  const goals = useMemo(() => new Map(plan.goals.map((g) => [g.id, g])), [plan]);
  const orgs = useMemo(() => new Map(plan.organisation.map((o) => [o.id, o.name])), [plan]);
  const key = (g: GoalAssessment) => `${g.goal}|${g.organisation}`;
  const shown = evaluation.goals.filter(
    (goal) =>
      (filter === "all" || (filter === "result" ? goals.get(goal.goal)?.level === "resultGoal" : goal.manual !== null)) &&
      matchesSearch(`${goal.goal} ${goals.get(goal.goal)?.name ?? ""} ${orgs.get(goal.organisation) ?? ""}`, search),
  );
  const tree = useMemo(() => goalTree(plan, evaluation, null), [plan, evaluation]);
  /** A goal's facts, its form or the button that opens it, and the confirmation of a save beside it. */
  const card = (goal: GoalAssessment | null) =>
    goal === null ? null : (
      <div className="goal-card" data-card={key(goal)}>
        <dl className="facts">
          <dt>{texts.assessComputed}</dt>
          <dd><Word tone={ASSESSMENT_TONE[goal.computed.assessment]}>{ASSESSMENT_LABELS[language][goal.computed.assessment]}</Word></dd>
          <dt>{texts.assessScore}</dt>
          <dd>{formatPercent(goal.computed.score, language, 0)}</dd>
          <dt>{texts.assessCoverage}</dt>
          <dd>{formatPercent(goal.computed.coverage, language, 0)}</dd>
          {goal.manual === null ? null : (
            <>
              <dt>{texts.assessEffective}</dt>
              <dd><Word tone={ASSESSMENT_TONE[goal.effective]}>{ASSESSMENT_LABELS[language][goal.effective]}</Word></dd>
              <dt>{texts.assessJustification}</dt>
              <dd>{goal.manual.justification}</dd>
            </>
          )}
        </dl>
        {open === key(goal) ? (
          <Editor
            texts={texts}
            language={language}
            goal={goal}
            proposal={proposals.get(proposalKey(goal.goal, goal.organisation)) ?? ""}
            today={today}
            busy={busy}
            onSave={onSave}
            onSaved={() => {
              setOpen(null);
              setSaved(key(goal));
            }}
            onClose={() => setOpen(null)}
          />
        ) : (
          <Button size="small" onClick={() => { setOpen(key(goal)); setSaved(null); }} aria-label={`${texts.assessOwn}: ${goal.goal} ${orgs.get(goal.organisation) ?? ""}`}>
            {texts.assessOwn}
          </Button>
        )}
        {saved === key(goal) ? <Body1 as="p" role="status" className="saved">{texts.assessSaved}</Body1> : null}
      </div>
    );
  return (
    <section aria-labelledby="step-title" className="stack">
      <Body1 as="p">{texts.assessLead}</Body1>
      <dl className="facts terms" aria-label={texts.assessTermsLabel}>
        <dt>{texts.assessComputed}</dt>
        <dd>{texts.assessComputedMeans}</dd>
        <dt>{texts.assessScore}</dt>
        <dd>{texts.assessScoreMeans}</dd>
        <dt>{texts.assessCoverage}</dt>
        <dd>{texts.assessCoverageMeans}</dd>
        <dt>{texts.assessEffective}</dt>
        <dd>{texts.assessEffectiveMeans}</dd>
      </dl>
      <Body1 as="p" className="hint">{storedWhere}</Body1>
      <FilterBar
        label={texts.assessFilter}
        options={[
          { value: "result", text: texts.assessResultGoals },
          { value: "own", text: texts.assessOnlyOwn },
          { value: "all", text: texts.assessAllGoals },
        ]}
        value={filter}
        onChange={setFilter}
        searchLabel={texts.assessSearch}
        search={search}
        onSearch={setSearch}
      />
      <Body1 as="p" aria-live="polite">{texts.reviewCounts(shown.length, evaluation.goals.length)}</Body1>
      {filter === "all" && search === "" ? (
        <GoalTreeView texts={texts} language={language} nodes={tree} names={orgs} label={texts.assessTree} openLevels={ALL_OPEN} extra={(node: GoalNode) => card(node.assessment)} />
      ) : (
        <ul className="goals">
          {shown.map((goal) => (
            <li key={key(goal)} data-goal={goal.goal}>
              <div className="goal-name">
                <strong>{goal.goal}</strong> {goals.get(goal.goal)?.name ?? ""} <span className="where">{orgs.get(goal.organisation) ?? goal.organisation}</span>
              </div>
              {card(goal)}
            </li>
          ))}
        </ul>
      )}
      <Button disabled={busy} onClick={onDownloadPlan}>{texts.downloadPlan}</Button>
    </section>
  );
}
