/**
 * The goal tree (core's goalTree) as nested disclosures: vision, priority area, result goal and the
 * goals of divisions and units, each with its assessment as a word and a colour; under a goal its
 * indicators with their status, and under an indicator the units below with outcome (its target
 * under it: three columns fit a 320 px pane five levels deep) and status. Native <details>
 * elements: keyboard and screen readers know them. `extra` puts something beside a goal (the assessment step's
 * form and its confirmation).
 */
import type { ReactNode } from "react";
import { ASSESSMENT_LABELS, STATUS_LABELS, type GoalNode, type IndicatorNode, type Language, type StatusRow } from "../../core";
import { formatMeasured, formatTarget } from "../../app/reports";
import { ASSESSMENT_TONE, STATUS_TONE, Word } from "./Word";
import type { WizardTexts } from "../wizard/texts";

export interface GoalTreeViewProps {
  readonly texts: WizardTexts;
  readonly language: Language;
  readonly nodes: readonly GoalNode[];
  readonly names: ReadonlyMap<string, string>;
  readonly label: string;
  /** Levels shown open at first (the vision and areas, so the result goals are one click away). */
  readonly openLevels?: ReadonlySet<GoalNode["goal"]["level"]>;
  readonly extra?: (node: GoalNode) => ReactNode;
}

const OPEN_AT_FIRST: ReadonlySet<GoalNode["goal"]["level"]> = new Set(["vision", "priorityArea"]);

export function GoalTreeView(props: GoalTreeViewProps) {
  return (
    <ul className="goal-tree" aria-label={props.label}>
      {props.nodes.map((node) => <GoalItem key={`${node.goal.id}|${node.goal.organisation}`} node={node} {...props} />)}
    </ul>
  );
}

function GoalItem({ node, ...props }: GoalTreeViewProps & { readonly node: GoalNode }) {
  const { texts, language, names } = props;
  const { goal, assessment } = node;
  const inside = node.children.length > 0 || node.indicators.length > 0;
  const head = (
    <>
      <span className="goal-name"><strong>{goal.id}</strong> {goal.name}</span>{" "}
      <span className="where">{`${texts.goalLevels[goal.level]}, ${names.get(goal.organisation) ?? goal.organisation}`}</span>{" "}
      {assessment === null ? null : <Word tone={ASSESSMENT_TONE[assessment.effective]}>{ASSESSMENT_LABELS[language][assessment.effective]}</Word>}
    </>
  );
  return (
    <li data-goal={goal.id}>
      {inside ? (
        <details open={(props.openLevels ?? OPEN_AT_FIRST).has(goal.level)}>
          <summary>{head}</summary>
          {props.extra?.(node)}
          {node.indicators.length === 0 ? null : (
            <ul className="tree-indicators" aria-label={texts.treeIndicators(goal.id)}>
              {node.indicators.map((indicator) => <IndicatorItem key={indicator.indicator.id} node={indicator} {...props} />)}
            </ul>
          )}
          {node.children.length === 0 ? null : <GoalTreeView {...props} nodes={node.children} label={texts.treeGoalsUnder(goal.id)} />}
        </details>
      ) : (
        <>
          <div className="tree-leaf">{head}</div>
          {props.extra?.(node)}
        </>
      )}
    </li>
  );
}

function statusWord(row: StatusRow | null, language: Language) {
  return row === null ? null : <Word tone={STATUS_TONE[row.status]}>{STATUS_LABELS[language][row.status]}</Word>;
}

function IndicatorItem({ node, texts, language, names }: GoalTreeViewProps & { readonly node: IndicatorNode }) {
  const { indicator, own, below } = node;
  const head = (
    <>
      <span>{indicator.name}</span> {own === null ? null : <span className="where">{formatMeasured(own.actual, indicator.unit, language)}</span>} {statusWord(own, language)}
    </>
  );
  if (below.length === 0) return <li className="tree-leaf">{head}</li>;
  return (
    <li>
      <details>
        <summary>{head}</summary>
        <table className="grid whole-words tree-units">
          <caption className="visually-hidden">{texts.treeUnitsOf(indicator.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.unitColumn}</th>
              <th scope="col">{texts.treeActual}</th>
              <th scope="col">{texts.treeStatus}</th>
            </tr>
          </thead>
          <tbody>
            {below.map((row) => (
              <tr key={row.organisation}>
                <th scope="row">{names.get(row.organisation) ?? row.organisation}</th>
                <td>
                  {formatMeasured(row.actual, indicator.unit, language)}
                  <span className="where target">{texts.treeTarget(formatTarget(row.target, indicator.unit, language))}</span>
                </td>
                <td>{statusWord(row, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </li>
  );
}
