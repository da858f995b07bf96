/**
 * The task pane's first page: what Puls is, where it runs, and the functions it offers.
 *
 * Honest about what exists: the functions work now; the guided wizard (plan → templates →
 * collection → review → assessment → reports) is announced, not pretended. All text goes in with
 * `textContent`: nothing is ever inserted as HTML.
 */
import { FUNCTION_CATALOGUE, exampleFormula, exampleResult, type CatalogueEntry } from "../core";
import type { Host } from "./host";

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

const HOST_TEXT: Readonly<Record<Host, string>> = {
  excel: "Du kör Puls i Excel. Funktionerna finns under PULS i formelfältet, till exempel =PULS.STATUS(C2;D2).",
  browser:
    "Du har öppnat sidan i en webbläsare, utanför Excel. Funktionerna används i Excel när tillägget är installerat (se README).",
};

function functionItem(document: Document, entry: CatalogueEntry): HTMLLIElement {
  const item = element(document, "li");
  const names = element(document, "div", undefined, "names");
  names.append(element(document, "span", `PULS.${entry.swedish.name}`), element(document, "span", ` · PULS.${entry.id}`, "en"));
  const example = element(document, "div", undefined, "example");
  example.append(
    element(document, "code", exampleFormula(entry, "sv")),
    document.createTextNode(" → "),
    element(document, "code", exampleResult(entry, "sv")),
  );
  item.append(names, element(document, "div", entry.summary.sv), example);
  return item;
}

/** Replaces the contents of `root` with the page for the given host. */
export function renderPage(document: Document, root: HTMLElement, host: Host): void {
  const list = element(document, "ul", undefined, "functions");
  list.setAttribute("aria-label", "Funktioner");
  list.append(...FUNCTION_CATALOGUE.map((entry) => functionItem(document, entry)));
  root.replaceChildren(
    element(document, "h1", "Puls"),
    element(document, "p", "Måluppföljning för kommuner: måluppfyllelse, status, trend och sammanvägda bedömningar direkt i Excel.", "lead"),
    element(document, "p", HOST_TEXT[host], "host"),
    element(document, "h2", "Funktioner"),
    element(document, "p", "Svenska namn i svensk Excel, engelska namn (efter ·) i övriga språk. Tomma celler räknas som saknade värden, aldrig som noll."),
    list,
    element(document, "h2", "Kommer snart"),
    element(
      document,
      "p",
      "En guide från plan och period till färdiga rapporter: inrapporteringsmallar, insamling och granskning, målbedömning och rapporter. Den finns inte i den här versionen.",
      "notice",
    ),
  );
}
