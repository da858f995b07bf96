/**
 * The overview at the top of step 4 (the pulse board of the chosen organisation): the indicators'
 * values per colour and the goals per assessment at that organisation and below, and its goal tree
 * from vision and priority area down to goal, indicator and unit. Chosen among the municipality
 * and the organisations with units below them (divisions, departments).
 */
import { Field, Select, Subtitle2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { ASSESSMENT_LABELS, STATUS_LABELS, goalTree, overviewCounts, type Assessment, type Evaluation, type Language, type Plan, type Status } from "../../core";
import { GoalTreeView } from "../parts/GoalTreeView";
import { ASSESSMENT_TONE, STATUS_TONE, Word } from "../parts/Word";
import type { WizardTexts } from "../wizard/texts";

export interface ReviewOverviewProps {
  readonly texts: WizardTexts;
  readonly language: Language;
  readonly plan: Plan;
  readonly evaluation: Evaluation;
}

const STATUSES: readonly Status[] = ["red", "yellow", "green", "missing"];
const ASSESSMENTS: readonly Assessment[] = ["notMet", "partlyMet", "met", "cannotAssess"];

export function ReviewOverview({ texts, language, plan, evaluation }: ReviewOverviewProps) {
  const choices = useMemo(() => plan.organisation.filter((unit) => unit.type !== "unit"), [plan]);
  const names = useMemo(() => new Map(plan.organisation.map((unit) => [unit.id, unit.name])), [plan]);
  const [chosen, setChosen] = useState(choices[0]?.id ?? "");
  const counts = useMemo(() => overviewCounts(plan, evaluation, chosen), [plan, evaluation, chosen]);
  const tree = useMemo(() => goalTree(plan, evaluation, chosen), [plan, evaluation, chosen]);
  const name = names.get(chosen) ?? chosen;
  return (
    <section className="overview stack" aria-labelledby="overview-title">
      <Subtitle2 as="h3" id="overview-title">{texts.overviewTitle}</Subtitle2>
      <Field label={texts.overviewOrganisation}>
        <Select value={chosen} onChange={(_, data) => setChosen(data.value)}>
          {choices.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
        </Select>
      </Field>
      <ul className="triage-counts" aria-label={texts.overviewStatuses}>
        {STATUSES.map((status) => (
          <li key={status} data-status={status}><Word tone={STATUS_TONE[status]}>{`${STATUS_LABELS[language][status]}: ${counts.statuses[status]}`}</Word></li>
        ))}
      </ul>
      <ul className="triage-counts" aria-label={texts.overviewGoals}>
        {ASSESSMENTS.map((assessment) => (
          <li key={assessment} data-assessment={assessment}><Word tone={ASSESSMENT_TONE[assessment]}>{`${ASSESSMENT_LABELS[language][assessment]}: ${counts.goals[assessment]}`}</Word></li>
        ))}
      </ul>
      <p className="hint">{texts.overviewTreeHint}</p>
      <GoalTreeView texts={texts} language={language} nodes={tree} names={names} label={texts.overviewTree(name)} />
    </section>
  );
}
