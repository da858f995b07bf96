/**
 * What the XSD cannot check in an add-in manifest (see the schema set's README):
 * every `resid` names a defined resource; resource ids are at most 32 characters; short strings
 * at most 125 and long strings at most 250 characters; every URL is https; the shared runtime
 * uses one resid for the runtime, the functions' page, the function file and the task pane.
 */
import { DOMParser } from "@xmldom/xmldom";
import { SaxesParser } from "saxes";

// xmldom's nodes follow the DOM interfaces, so the DOM lib's Element type describes them.

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const MAX_RESOURCE_ID = 32;
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;

function elements(root: Element, namespace: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, localName) as unknown as ArrayLike<Element>);
}

function allElements(root: Element): Element[] {
  return Array.from(root.getElementsByTagName("*") as unknown as ArrayLike<Element>);
}

/** Each value of an element: its DefaultValue and the Value of each of its overrides. */
function values(element: Element): { text: string; where: string }[] {
  const found = [{ text: element.getAttribute("DefaultValue") ?? "", where: "DefaultValue" }];
  for (const child of allElements(element)) {
    if (child.localName === "Override") {
      found.push({ text: child.getAttribute("Value") ?? "", where: `Override ${child.getAttribute("Locale") ?? ""}` });
    }
  }
  return found;
}

function lineOf(element: Element): string {
  const line = (element as unknown as { lineNumber?: number }).lineNumber;
  return line === undefined ? "" : `line ${line}: `;
}

/** Why the text is not well-formed XML, or undefined when it is. xmldom repairs unclosed tags silently; saxes does not. */
function wellFormednessError(text: string): string | undefined {
  try {
    new SaxesParser({ xmlns: true, position: true }).write(text).close();
    return undefined;
  } catch (error) {
    return `not well-formed XML: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The problems the project's own checks find in a manifest; empty when there are none. */
export function ownChecks(manifestText: string): string[] {
  const notWellFormed = wellFormednessError(manifestText);
  if (notWellFormed !== undefined) return [notWellFormed];
  const problems: string[] = [];
  const parseErrors: string[] = [];
  const document = new DOMParser({
    errorHandler: (level: string, message: unknown) => {
      if (level !== "warning") parseErrors.push(`not well-formed XML: ${String(message)}`);
    },
  }).parseFromString(manifestText, "text/xml");
  const root = document.documentElement as unknown as Element | null;
  if (parseErrors.length > 0 || root === null) return parseErrors.length > 0 ? parseErrors : ["not XML"];

  const resources = new Map<string, string>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const resource of elements(root, BT, kind)) {
      const id = resource.getAttribute("id");
      if (id === null || id === "") continue; // an icon's <bt:Image resid="…"> refers to a resource; it defines none
      if (resources.has(id)) problems.push(`${lineOf(resource)}resource id "${id}" is defined twice`);
      resources.set(id, kind);
      if (id.length > MAX_RESOURCE_ID) problems.push(`${lineOf(resource)}resource id "${id}" is longer than ${MAX_RESOURCE_ID} characters`);
    }
  }

  for (const element of allElements(root)) {
    const resid = element.getAttribute("resid");
    if (resid !== null && resid !== "" && !resources.has(resid)) {
      problems.push(`${lineOf(element)}<${element.localName} resid="${resid}"> names no resource in <Resources>`);
    }
  }

  const stringLimits: [Element[], number, string][] = [
    [elements(root, BT, "ShortStrings").flatMap((group) => elements(group, BT, "String")), MAX_SHORT_STRING, "short string"],
    [elements(root, BT, "LongStrings").flatMap((group) => elements(group, BT, "String")), MAX_LONG_STRING, "long string"],
    [allElements(root).filter((e) => e.localName === "DisplayName"), MAX_SHORT_STRING, "DisplayName"],
    [allElements(root).filter((e) => e.localName === "Description" && e.hasAttribute("DefaultValue")), MAX_LONG_STRING, "Description"],
  ];
  for (const [group, limit, label] of stringLimits) {
    for (const element of group) {
      for (const { text, where } of values(element)) {
        if (text.length > limit) {
          problems.push(`${lineOf(element)}${label} ${element.getAttribute("id") ?? ""} ${where} has ${text.length} characters (at most ${limit})`);
        }
      }
    }
  }

  const urlElements = [
    ...elements(root, BT, "Url"),
    ...elements(root, BT, "Image").filter((image) => image.hasAttribute("DefaultValue")),
    ...allElements(root).filter((e) => ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(e.localName ?? "") && e.hasAttribute("DefaultValue")),
  ];
  for (const element of urlElements) {
    for (const { text, where } of values(element)) {
      if (!text.startsWith("https://")) problems.push(`${lineOf(element)}<${element.localName}> ${where} "${text}" is not an https URL`);
    }
  }
  for (const domain of allElements(root).filter((e) => e.localName === "AppDomain")) {
    const text = domain.textContent?.trim() ?? "";
    if (!text.startsWith("https://")) problems.push(`${lineOf(domain)}<AppDomain> "${text}" is not an https URL`);
  }

  problems.push(...sharedRuntimeProblems(root));
  return problems;
}

function firstDescendant(element: Element | undefined, localName: string): Element | undefined {
  return element === undefined ? undefined : allElements(element).find((e) => e.localName === localName);
}

function sharedRuntimeProblems(root: Element): string[] {
  const runtime = firstDescendant(root, "Runtime");
  if (runtime === undefined) return ["no <Runtimes><Runtime>: the custom functions and the task pane need a shared runtime"];
  const resid = runtime.getAttribute("resid");
  const problems: string[] = [];
  if (runtime.getAttribute("lifetime") !== "long") problems.push(`${lineOf(runtime)}<Runtime> must have lifetime="long" for the shared runtime`);
  const showTaskpane = allElements(root).find((e) => e.localName === "Action" && (e.getAttribute("xsi:type") ?? "").endsWith("ShowTaskpane"));
  const users: [string, Element | undefined][] = [
    ["the custom functions' <Page>", firstDescendant(firstDescendant(root, "Page"), "SourceLocation")],
    ["<FunctionFile>", firstDescendant(root, "FunctionFile")],
    ["the task pane button's <SourceLocation>", firstDescendant(showTaskpane, "SourceLocation")],
  ];
  for (const [label, element] of users) {
    if (element !== undefined && element.getAttribute("resid") !== resid) {
      problems.push(`${lineOf(element)}${label} must use the runtime's resid "${resid ?? ""}" to share one runtime`);
    }
  }
  const setNames = allElements(root).filter((e) => e.localName === "Set").map((e) => e.getAttribute("Name"));
  if (!setNames.includes("SharedRuntime")) problems.push('<Requirements> lacks <Set Name="SharedRuntime" MinVersion="1.1"/>');
  return problems;
}
