/**
 * @jest-environment jsdom
 */
import { FUNCTION_CATALOGUE } from "../../src/core";
import { detectHost } from "../../src/taskpane/host";
import { loadFunctionsWhenAvailable } from "../../src/taskpane/load-functions";
import { renderPage } from "../../src/taskpane/page";

// Office.HostType is an enum declared by office.js at run time; stand in its Excel member.
const EXCEL = "Excel" as unknown as Office.HostType;
const hostTypes = { Excel: EXCEL } as unknown as typeof Office.HostType;

function office(host: Office.HostType | null): Pick<typeof Office, "onReady" | "HostType"> {
  return { HostType: hostTypes, onReady: () => Promise.resolve({ host, platform: null }) } as unknown as Pick<typeof Office, "onReady" | "HostType">;
}

describe("where the task pane runs", () => {
  it("is a browser when office.js did not load", async () => {
    await expect(detectHost({})).resolves.toBe("browser");
  });

  it("is a browser when Office reports no host, as it does outside Office", async () => {
    await expect(detectHost({ Office: office(null) })).resolves.toBe("browser");
  });

  it("is Excel when Office reports Excel", async () => {
    await expect(detectHost({ Office: office(EXCEL) })).resolves.toBe("excel");
  });
});

describe("loading the functions into the shared runtime", () => {
  it("adds functions.js only where the CustomFunctions runtime exists", () => {
    expect(loadFunctionsWhenAvailable(document, false)).toBe(false);
    expect(document.querySelectorAll('script[src="functions.js"]')).toHaveLength(0);
    expect(loadFunctionsWhenAvailable(document, true)).toBe(true);
    expect(document.querySelectorAll('script[src="functions.js"]')).toHaveLength(1);
  });
});

describe("the first page", () => {
  function rendered(host: "excel" | "browser"): HTMLElement {
    const root = document.createElement("main");
    renderPage(document, root, host);
    return root;
  }

  it("names Puls and says what it does", () => {
    const root = rendered("browser");
    expect(root.querySelector("h1")?.textContent).toBe("Puls");
    expect(root.textContent).toContain("Måluppföljning för kommuner");
  });

  it("lists every function with its Swedish and English name and an example with its result", () => {
    const items = Array.from(rendered("excel").querySelectorAll("ul.functions > li"));
    expect(items).toHaveLength(FUNCTION_CATALOGUE.length);
    const texts = items.map((item) => item.textContent ?? "");
    expect(texts[0]).toContain("PULS.MÅLUPPFYLLELSE");
    expect(texts[0]).toContain("PULS.ATTAINMENT");
    expect(texts[0]).toContain("=PULS.MÅLUPPFYLLELSE(25;27) → 0,926");
    expect(texts[1]).toContain("=PULS.STATUS(0,72;0,8) → Gul");
    expect(texts[5]).toContain('=PULS.SAMMANVÄG({"Grön";"Grön";"Gul";"Gul"}) → Uppfyllt');
  });

  it("tells a browser user that the functions are used inside Excel", () => {
    expect(rendered("browser").textContent).toContain("utanför Excel");
    expect(rendered("excel").textContent).toContain("Du kör Puls i Excel");
  });

  it("is honest that the wizard does not exist yet", () => {
    expect(rendered("excel").textContent).toContain("Den finns inte i den här versionen.");
  });
});
