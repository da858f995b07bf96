/**
 * Writing a period's reports to a folder: each file written atomically, the folder made if
 * needed. Returns the paths written.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildReports, type ReportFile, type ReportRequest } from "../reports/build-reports";
import { writeAtomically } from "./files";
import { renderPng } from "./render-png";

export interface WrittenReport extends ReportFile {
  readonly path: string;
}

export async function writeReports(folder: string, request: Omit<ReportRequest, "renderChart" | "onFile">, onFile?: (file: WrittenReport) => void): Promise<WrittenReport[]> {
  await mkdir(folder, { recursive: true });
  const written: WrittenReport[] = [];
  const files = await buildReports({ ...request, renderChart: renderPng });
  for (const file of files) {
    const target = path.join(folder, file.fileName);
    await writeAtomically(target, (temporary) => writeFile(temporary, file.bytes));
    const done = { ...file, path: target };
    written.push(done);
    onFile?.(done);
  }
  return written;
}
