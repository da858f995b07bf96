/**
 * Starting the wizard for the host the page runs in: inside Excel with the Office.js adapter, in a
 * plain browser on files.
 */
import { createRoot } from "react-dom/client";
import type { Language } from "../core";
import { browserHost } from "./browser/browser-host";
import { capabilitiesOf } from "./excel/capabilities";
import { excelHost } from "./excel/excel-host";
import { workbookNameOf } from "./excel/workbook-name";
import type { Host } from "./host";
import { paneThemeOf } from "./theme";
import { App } from "./wizard/App";
import type { WizardHost } from "./wizard/host-port";
import { WIZARD_TEXTS, languageOf } from "./wizard/texts";

/** Today as an ISO date in the user's own time zone (not UTC: late evening is still today). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function excelWizardHost(language: Language): WizardHost {
  const name = workbookNameOf(Office.context.document.url, WIZARD_TEXTS[language].workbookFallback);
  const capabilities = capabilitiesOf((set, version) => Office.context.requirements.isSetSupported(set, version));
  return excelHost({ run: (batch) => Excel.run(batch), createWorkbook: (base64) => Excel.createWorkbook(base64) }, capabilities, name, language, document);
}

export function startWizard(root: HTMLElement, host: Host): void {
  // In a plain browser Puls speaks Swedish, the product's language; the switch in the pane changes it.
  const language: Language = host === "excel" ? languageOf(Office.context.displayLanguage) : "sv";
  const wizardHost = host === "excel" ? excelWizardHost(language) : browserHost(window);
  // Office's theme inside Excel (dark and high contrast too); the system's forced colours anywhere.
  const forced = window.matchMedia?.("(forced-colors: active)").matches ?? false;
  const theme = paneThemeOf(host === "excel" ? Office.context.officeTheme : undefined, forced);
  createRoot(root).render(<App host={wizardHost} initialLanguage={language} today={today} theme={theme} />);
}
