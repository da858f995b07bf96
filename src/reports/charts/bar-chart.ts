/**
 * The stacked bar of result goals by assessment per priority area (docs/reports.md §3). Every segment
 * carries its count and the legend names each colour, so the chart reads without colour.
 */
import { ASSESSMENT_LABELS, statusOfAssessment, type Assessment, type AssessmentCounts, type Language } from "../../core";
import { clip, rect, STATUS_COLOURS, svgDocument, text, type Chart } from "./svg";

const ORDER: readonly Assessment[] = ["met", "partlyMet", "notMet", "cannotAssess"];

export function assessmentBarChart(categories: readonly { readonly label: string; readonly counts: AssessmentCounts }[], title: string, language: Language): Chart {
  const width = 720;
  const labelWidth = 230;
  const barHeight = 28;
  const gap = 14;
  const top = 44;
  const height = top + categories.length * (barHeight + gap) + 50;
  const most = Math.max(1, ...categories.map(({ counts }) => ORDER.reduce((sum, key) => sum + counts[key], 0)));
  const scale = (width - labelWidth - 30) / most;
  const body: string[] = [text(10, 24, title, { size: 15, weight: "bold" })];
  categories.forEach(({ label, counts }, index) => {
    const y = top + index * (barHeight + gap);
    body.push(text(labelWidth - 8, y + barHeight / 2 + 4, clip(label, 32), { anchor: "end", size: 12 }));
    let x = labelWidth;
    for (const key of ORDER) {
      const count = counts[key];
      if (count === 0) continue;
      const segment = count * scale;
      body.push(rect(x, y, segment, barHeight, STATUS_COLOURS[statusOfAssessment(key)], "#ffffff"));
      body.push(text(x + segment / 2, y + barHeight / 2 + 5, String(count), { anchor: "middle", size: 13, weight: "bold", fill: key === "partlyMet" ? "#222" : "#ffffff" }));
      x += segment;
    }
  });
  // The legend: colour and word together.
  let x = 10;
  const legendY = height - 22;
  for (const key of ORDER) {
    const label = ASSESSMENT_LABELS[language][key];
    body.push(rect(x, legendY - 11, 14, 14, STATUS_COLOURS[statusOfAssessment(key)]));
    body.push(text(x + 20, legendY, label, { size: 12 }));
    x += 34 + label.length * 7.2;
  }
  const description = `${title}: ${categories.map(({ label, counts }) => `${label}: ${ORDER.map((key) => `${ASSESSMENT_LABELS[language][key]} ${counts[key]}`).join(", ")}`).join("; ")}`;
  return { svg: svgDocument(width, height, body), width, height, description };
}
