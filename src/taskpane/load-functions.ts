/**
 * Registers the custom functions in the shared runtime.
 *
 * In the shared runtime the task pane's page is also the functions' runtime, so the page must
 * load functions.js. That file calls `CustomFunctions.associate`, which exists only inside
 * Excel; in a plain browser it would throw. So the page loads it only when Office reports Excel
 * and the CustomFunctions global is there.
 */

/** Adds functions.js to the page when the custom functions runtime is present; true when it did. */
export function loadFunctionsWhenAvailable(document: Document, customFunctionsPresent: boolean): boolean {
  if (!customFunctionsPresent) return false;
  const script = document.createElement("script");
  script.src = "functions.js";
  document.head.appendChild(script);
  return true;
}
