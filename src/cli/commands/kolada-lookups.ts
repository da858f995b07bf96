/**
 * `puls kolada units` and `puls kolada groups`: Kolada's lists for the plan's municipality. units
 * proposes the plan's units' Kolada ids by name and writes them into a copy of the plan's
 * Organisation, saying what it matched and what it could not; groups lists RKA's groups of similar
 * municipalities and writes the one chosen (`--group`) as the plan's Jämförelsegrupp. Both read a
 * saved response instead (`--from`) where there is no network.
 */
import path from "node:path";
import {
  KOLADA_API,
  KoladaFetchError,
  KoladaFormatError,
  areaGoal,
  chooseGroup,
  fetchKoladaList,
  groupsUrl,
  koladaGroups,
  koladaUnits,
  planWithGroup,
  planWithUnitIds,
  unitsUrl,
  type KoladaGroup,
  type UnitMatching,
} from "../../app/kolada";
import { OutputGuard, readText, writeBytesFile } from "../../app/node";
import type { Plan } from "../../core";
import { CommandError, UsageError, type CliContext, type CommonOptions } from "../context";
import { common, optionalString, parse, required } from "../options";
import { loadPlan } from "../plan-file";
import { TEXTS } from "../texts";

/** The `values` of a saved Kolada list (one page, as the API returned it). */
async function savedList(file: string, shownAs: string): Promise<unknown[]> {
  const text = await readText(file);
  if (text === undefined) throw new CommandError({ sv: `${shownAs} gick inte att öppna: kontrollera sökvägen.`, en: `${shownAs} could not be opened: check the path.` });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new CommandError({ sv: `${shownAs} är inte giltig JSON: spara svaret från Kolada som det är (t.ex. med curl -o).`, en: `${shownAs} is not valid JSON: save Kolada's response as it is (e.g. with curl -o).` });
  }
  if (typeof body !== "object" || body === null || !("values" in body) || !Array.isArray(body.values)) {
    throw new CommandError({ sv: `${shownAs} har inget fält "values": filen ser inte ut som ett svar från Koladas API v3.`, en: `${shownAs} has no "values" field: the file does not look like a response from Kolada's API v3.` });
  }
  return body.values as unknown[];
}

/** Kolada's list at `url`, or the saved one `--from` names. */
async function listOf(url: string, from: string | undefined, context: CliContext): Promise<unknown[]> {
  if (from !== undefined) return savedList(path.resolve(context.cwd, from), from);
  try {
    return (await fetchKoladaList({ base: process.env.PULS_KOLADA_API ?? KOLADA_API }, [url])).records;
  } catch (caught) {
    if (caught instanceof KoladaFetchError || caught instanceof KoladaFormatError) throw new CommandError({ sv: caught.sv, en: caught.en });
    throw caught;
  }
}

function municipalityOf(plan: Plan): string {
  const code = plan.settings.municipalityCode;
  if (!/^\d{4}$/.test(code)) throw new CommandError({ sv: "Planen har ingen Kommunkod: fyll i Kommunkod (fyra siffror, t.ex. 1280) på bladet Inställningar.", en: "The plan has no Kommunkod: fill in Kommunkod (four digits, e.g. 1280) on the Inställningar sheet." });
  return code;
}

function matchingLines(matching: UnitMatching, options: CommonOptions): string[] {
  const t = TEXTS[options.lang].kolada;
  const matched: string[] = [];
  const missed: string[] = [];
  for (const { organisation: org, match } of matching.matches) {
    const name = `${org.id} ${org.name}`;
    if (match.kind === "exact" || match.kind === "normalised") matched.push(t.matched(name, match.unit.id, match.unit.title, match.kind));
    else if (match.kind === "kept") (match.known ? matched : missed).push(t.kept(name, match.id, match.known));
    else if (match.kind === "ambiguous") missed.push(t.ambiguous(name, match.candidates.map((unit) => `${unit.id} ${unit.title}`).join(", ")));
    else if (match.kind === "none") missed.push(t.notMatched(name, match.nearest.map((unit) => `${unit.id} ${unit.title}`).join(", ")));
  }
  const unused = matching.unmatchedKolada;
  const shown = unused.slice(0, 10).map((unit) => `${unit.id} ${unit.title}`).join(", ");
  return [
    t.matchedHeading(matched.length),
    ...matched,
    t.notMatchedHeading(missed.length),
    ...missed,
    ...(unused.length > 0 ? [t.unusedKolada(unused.length, `${shown}${unused.length > 10 ? " …" : ""}`)] : []),
  ];
}

export async function koladaUnitsCommand(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { plan: { type: "string" }, out: { type: "string" }, from: { type: "string" } });
  const options = common(values);
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const out = path.resolve(context.cwd, required(values.out, "out"));
  const from = optionalString(values.from);
  await (await OutputGuard.of([planFile, ...(from === undefined ? [] : [path.resolve(context.cwd, from)])])).check(out);
  const { plan, bytes } = await loadPlan(planFile);
  const municipality = municipalityOf(plan);
  const listed = koladaUnits(await listOf(unitsUrl(process.env.PULS_KOLADA_API ?? KOLADA_API, municipality), from, context));
  // Kolada answers for the municipality asked; a saved file may hold others' units too.
  const own = listed.items.filter((unit) => unit.municipality === "" || unit.municipality === municipality);
  const { bytes: written, matching } = await planWithUnitIds(bytes, plan, own);
  await writeBytesFile(out, written);
  if (options.json) {
    context.out(JSON.stringify({ out, municipality, koladaUnits: own.length, matches: matching.matches.map(({ organisation, match }) => ({ organisation: organisation.id, ...match })), unmatchedKolada: matching.unmatchedKolada }, null, 2));
    return 0;
  }
  context.out([TEXTS[options.lang].kolada.unitsFound(own.length, municipality), ...matchingLines(matching, options), `${TEXTS[options.lang].wrote} ${out}`].join("\n"));
  return 0;
}

/** The groups for the plan's municipality: those that name it, else those it is a member of. */
function groupsFor(plan: Plan, groups: readonly KoladaGroup[]): KoladaGroup[] {
  const name = plan.settings.municipality.trim().toLocaleLowerCase("sv-SE");
  const naming = name === "" ? [] : groups.filter((group) => group.title.toLocaleLowerCase("sv-SE").includes(name));
  return naming.length > 0 ? naming : groups.filter((group) => group.members.some((member) => member.code === plan.settings.municipalityCode));
}

/** The plan's priority areas (the goals a group per area is usually chosen for) with the group each is compared with now. */
function areaLines(plan: Plan, options: CommonOptions): string[] {
  const t = TEXTS[options.lang].kolada;
  const chosen = new Map((plan.areaPeerGroups ?? []).map((group) => [group.area, group]));
  const areas = plan.goals.filter((goal) => goal.level === "priorityArea" || chosen.has(goal.id));
  return areas.map((goal) => {
    const group = chosen.get(goal.id);
    const now = group !== undefined ? `${group.name || group.groupId} (${group.members.length})` : plan.settings.peerGroup.length > 0 ? t.planGroup(plan.settings.peerGroupName) : t.noGroup;
    return `  ${t.areaLabel(goal.id, goal.name)}: ${now}`;
  });
}

export async function koladaGroupsCommand(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = parse(args, { plan: { type: "string" }, out: { type: "string" }, from: { type: "string" }, title: { type: "string" }, group: { type: "string" }, area: { type: "string" } });
  const options = common(values);
  const t = TEXTS[options.lang].kolada;
  const planFile = path.resolve(context.cwd, required(values.plan, "plan"));
  const from = optionalString(values.from);
  const chosen = optionalString(values.group);
  const out = chosen === undefined ? undefined : path.resolve(context.cwd, required(values.out, "out"));
  if (out !== undefined) await (await OutputGuard.of([planFile, ...(from === undefined ? [] : [path.resolve(context.cwd, from)])])).check(out);
  const { plan, bytes } = await loadPlan(planFile);
  municipalityOf(plan);
  const areaNamed = optionalString(values.area);
  const area = areaNamed === undefined ? null : areaGoal(plan, areaNamed);
  if (area === undefined) {
    const areas = areaLines(plan, options).join("\n");
    throw new UsageError({ sv: `--area "${areaNamed}" är inget mål i planen. Områdena:\n${areas}`, en: `--area "${areaNamed}" is no goal of the plan. The areas:\n${areas}` });
  }
  const title = optionalString(values.title) ?? "Liknande kommuner";
  const listed = koladaGroups(await listOf(groupsUrl(process.env.PULS_KOLADA_API ?? KOLADA_API, title), from, context));
  const groups = groupsFor(plan, listed.items);
  if (groups.length === 0) {
    throw new CommandError({
      sv: `Kolada har ingen grupp med "${title}" i namnet för ${plan.settings.municipality || plan.settings.municipalityCode}: prova en annan --title, eller fyll i Jämförelsegrupp på bladet Inställningar för hand.`,
      en: `Kolada has no group with "${title}" in its name for ${plan.settings.municipality || plan.settings.municipalityCode}: try another --title, or fill in Jämförelsegrupp on the Inställningar sheet by hand.`,
    });
  }
  const list = [t.groupsHeading(groups.length, title), ...groups.map((group) => t.groupLine(group.id, group.title, group.members.length))];
  if (chosen === undefined || out === undefined) {
    context.out(options.json ? JSON.stringify({ groups }, null, 2) : [...list, "", t.areasHeading, ...areaLines(plan, options), "", t.chooseGroup].join("\n"));
    return 0;
  }
  const picked = chooseGroup(groups, chosen);
  if ("candidates" in picked) {
    const which = picked.candidates.length === 0 ? "ingen av grupperna" : `${picked.candidates.length} grupper`;
    const whichEn = picked.candidates.length === 0 ? "none of the groups" : `${picked.candidates.length} groups`;
    context.err(`${list.join("\n")}\n`);
    throw new UsageError({ sv: `--group "${chosen}" pekar ut ${which} ovan: ange gruppens id (t.ex. ${groups[0]?.id ?? "G124064"}).`, en: `--group "${chosen}" names ${whichEn} above: give the group's id (e.g. ${groups[0]?.id ?? "G124064"}).` });
  }
  const { group } = picked;
  const { bytes: written, codes, year } = await planWithGroup(bytes, plan, group, area);
  await writeBytesFile(out, written);
  if (options.json) {
    context.out(JSON.stringify({ out, group: { id: group.id, title: group.title, year, codes }, area: area?.id ?? null }, null, 2));
    return 0;
  }
  const chosenLine = t.groupChosen(group.title, year === null ? "" : ` (${year})`, codes.join(", "));
  context.out([area === null ? chosenLine : `${t.areaLabel(area.id, area.name)}: ${chosenLine}`, `${TEXTS[options.lang].wrote} ${out}`].join("\n"));
  return 0;
}
