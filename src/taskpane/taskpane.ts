/**
 * The task pane's entry point: the one place where the page starts (after the document has
 * parsed; the script is deferred). The modules it uses do nothing when imported.
 */
import { detectHost } from "./host";
import { loadFunctionsWhenAvailable } from "./load-functions";
import { startWizard } from "./start";

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (root === null) return;
  const globals = globalThis as { Office?: typeof Office; CustomFunctions?: unknown };
  const host = await detectHost({ Office: globals.Office });
  if (host === "excel") loadFunctionsWhenAvailable(document, globals.CustomFunctions !== undefined);
  startWizard(root, host);
}

void start();
