/**
 * Step 4, Granska: first the overview (the chosen organisation's pulse board: values per colour,
 * goals per assessment, the goal tree down to unit), then the triage (units per state, the missing
 * units by name with the reminder list, the late ones, the errors unit by unit), then the
 * reporting status of every unit and every problem, filterable by severity and by text. Every problem names its unit. Inside Excel, a problem in a cell of the
 * open workbook can be shown (selected).
 */
import { Body1, Button, Subtitle2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { describeLocation, handedInText, problemMessage, type Language, type Location, type Plan, type Problem } from "../../core";
import type { CollectedPeriod } from "../../core";
import { sortedProblems } from "../../app/collect";
import { remindersOf } from "../../app/remind";
import { ReminderList } from "../parts/ReminderList";
import { ReviewOverview } from "./ReviewOverview";
import { FilterBar, matchesSearch } from "../parts/FilterBar";
import { STATE_TONE, Word } from "../parts/Word";
import { triageOf } from "../wizard/triage";
import type { WizardTexts } from "../wizard/texts";

export interface ReviewStepProps {
  readonly texts: WizardTexts;
  readonly language: Language;
  readonly plan: Plan;
  readonly consolidation: CollectedPeriod;
  readonly canShow: (location: Location) => boolean;
  readonly onShow: (location: Location) => void;
  /** Today (ISO), against which the deadline has passed or not. */
  readonly today: string;
  readonly copy: (text: string) => Promise<void>;
}

type Filter = "all" | "error" | "warning";

/** Rows shown at once: hundreds of problems stay quick to render and to read. */
const PAGE = 100;

export function ReviewStep({ texts, language, plan, consolidation, canShow, onShow, today, copy }: ReviewStepProps) {
  const [filter, setFilter] = useState<Filter>("all");
  const [search, setSearch] = useState("");
  const [shown, setShown] = useState(PAGE);
  const names = useMemo(() => new Map(plan.organisation.map((o) => [o.id, o.name])), [plan]);
  const triage = useMemo(() => triageOf(plan, consolidation), [plan, consolidation]);
  const deadline = plan.settings.deadline;
  const reminders = useMemo(() => remindersOf(plan, consolidation.period, consolidation.reporting, today), [plan, consolidation, today]);
  // Each problem says its unit (a missing unit's "has not handed in" would otherwise be one line many times over).
  const placeOf = (problem: Problem) => [names.get(problem.organisation ?? "") ?? problem.organisation, describeLocation(problem.at)].filter((part) => part !== undefined && part !== "").join(", ");
  const all = useMemo(() => sortedProblems(consolidation.problems).map((problem) => ({ problem, where: placeOf(problem), message: problemMessage(problem, language) })), [consolidation, language, names]);
  const matches = ({ problem, where, message }: { problem: Problem; where: string; message: string }) =>
    (filter === "all" || problem.severity === filter) && matchesSearch(`${where} ${message} ${names.get(problem.organisation ?? "") ?? ""}`, search);
  const filtered = all.filter(matches);
  return (
    <section aria-labelledby="step-title" className="stack">
      <ReviewOverview texts={texts} language={language} plan={plan} evaluation={consolidation.evaluation} />
      <Subtitle2 as="h3">{texts.reviewTriage}</Subtitle2>
      <ul className="triage-counts" aria-label={texts.reviewCountsLabel}>
        {(["missing", "submittedWithErrors", "late", "submitted"] as const).map((state) => (
          <li key={state} data-state={state}>
            <Word tone={STATE_TONE[state]}>{`${texts.stateWords[state]}: ${triage.counts[state]}`}</Word>
          </li>
        ))}
      </ul>
      {triage.missing.length === 0 ? null : (
        <div className="triage-missing">
          <Body1 as="p"><strong>{texts.reviewMissing(triage.missing.length)}</strong></Body1>
          <ReminderList texts={texts} reminders={reminders} today={today} copy={copy} />
        </div>
      )}
      {triage.late.length === 0 ? null : (
        <div className="triage-late">
          <Body1 as="p"><strong>{texts.reviewLate(triage.late.length)}</strong></Body1>
          <ul className="named">
            {triage.late.map((row) => (
              <li key={row.organisation}>
                {names.get(row.organisation) ?? row.organisation}
                {row.handedIn === undefined || row.handedIn === null ? null : <span className="where">{`, ${handedInText(row.handedIn, language)}`}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {triage.byUnit.length === 0 ? null : (
        <>
          <Subtitle2 as="h3">{texts.reviewByUnit}</Subtitle2>
          <div className="by-unit">
            {triage.byUnit.map((unit) => (
              <details key={unit.organisation} className="unit-problems" data-unit={unit.organisation}>
                <summary>
                  {unit.organisation === "" ? texts.reviewNoUnit : unit.name} <span className="where">{texts.reviewUnitCounts(unit.errors, unit.warnings)}</span>
                </summary>
                <ul className="named">
                  {unit.problems.map((problem, index) => (
                    <li key={index}>
                      <strong>{texts.severity[problem.severity]}</strong> <span className="where">{describeLocation(problem.at)}</span> {problemMessage(problem, language)}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </div>
        </>
      )}
      <Subtitle2 as="h3">{texts.reviewStatus}</Subtitle2>
      <Body1 as="p" className="hint">{texts.reviewLateMeans(deadline)}</Body1>
      <table className="grid whole-words">
        <thead>
          <tr>
            <th scope="col">{texts.unitColumn}</th>
            <th scope="col">{texts.stateColumn}</th>
            <th scope="col">{texts.filledColumn}</th>
          </tr>
        </thead>
        <tbody>
          {triage.rows.map((row) => (
            <tr key={row.organisation} data-state={row.state}>
              <td>{names.get(row.organisation) ?? row.organisation}</td>
              <td>
                <Word tone={STATE_TONE[row.state]}>{texts.stateWords[row.state]}</Word>
                {row.handedIn === undefined || row.handedIn === null ? null : <span className="where"> {handedInText(row.handedIn, language)}</span>}
              </td>
              <td>{`${row.filled}/${row.expected}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Subtitle2 as="h3">{texts.reviewAllProblems}</Subtitle2>
      <FilterBar
        label={texts.reviewFilter}
        options={[
          { value: "all", text: texts.reviewAll },
          { value: "error", text: texts.reviewErrors },
          { value: "warning", text: texts.reviewWarnings },
        ]}
        value={filter}
        onChange={setFilter}
        searchLabel={texts.reviewSearch}
        search={search}
        onSearch={setSearch}
      />
      <Body1 as="p" aria-live="polite">{texts.reviewCounts(Math.min(shown, filtered.length), filtered.length)}</Body1>
      {filtered.length === 0 ? <Body1 as="p">{texts.reviewNone}</Body1> : null}
      <ul className="problems" aria-label={texts.reviewProblems}>
        {filtered.slice(0, shown).map(({ problem, where, message }, index) => (
          <li key={index} data-severity={problem.severity}>
            <Word tone={problem.severity === "error" ? "bad" : "middle"}>{texts.severity[problem.severity]}</Word> <span className="where">{where}</span>
            <div>{message}</div>
            {canShow(problem.at) ? (
              <Button size="small" appearance="secondary" onClick={() => onShow(problem.at)}>
                {texts.reviewShowCell}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {filtered.length > shown ? <Button onClick={() => setShown(shown + PAGE)}>{`+ ${Math.min(PAGE, filtered.length - shown)}`}</Button> : null}
    </section>
  );
}
