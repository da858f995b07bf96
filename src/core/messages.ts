/**
 * What each problem says to the user, in Swedish and English: what is wrong and how to fix it.
 * Plain tables, one entry per problem code, so a missing translation is a type error.
 */
import type { Language } from "./labels";
import type { Problem, ProblemCode } from "./problems";

type Values = Problem["values"];
type Message = (v: Values) => string;

const s = (v: Values, key: string): string => String(v[key] ?? "");
/** Why a file could not be opened as a zip, by the reason code collection gives. */
const UNREADABLE_REASONS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  sv: {
    "not-zip": "den är inte en zip-fil, som en .xlsx-fil är",
    "damaged-zip": "zip-filen är skadad",
    "encrypted": "zip-filen är krypterad",
    "not-xlsx": "zip-filen innehåller ingen Excel-arbetsbok",
    "cannot-open": "filen gick inte att öppna",
  },
  en: {
    "not-zip": "it is not a zip file, which an .xlsx file is",
    "damaged-zip": "the zip file is damaged",
    "encrypted": "the zip file is encrypted",
    "not-xlsx": "the zip file holds no Excel workbook",
    "cannot-open": "the file could not be opened",
  },
};
const reason = (language: Language, v: Values): string => {
  const code = s(v, "reason");
  const part = s(v, "part");
  const text = UNREADABLE_REASONS[language][code] ?? code;
  return part === "" ? text : `${text}: ${part}`;
};
/** What a path is when it is not a regular file, by the kind code the file source gives. */
const KINDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  sv: { fifo: "en namngiven pipe", device: "en enhetsfil", socket: "en socket", directory: "en mapp", other: "något annat än en fil" },
  en: { fifo: "a named pipe", device: "a device file", socket: "a socket", directory: "a folder", other: "something other than a file" },
};
const kind = (language: Language, v: Values): string => KINDS[language][s(v, "kind")] ?? s(v, "kind");
const megabytes = (v: Values, key: string): string => String(Math.round(Number(v[key] ?? 0) / (1024 * 1024)));
/** A number as Swedish text shows it: decimal comma, no thousands noise for small values. */
const svNumber = (v: Values, key: string): string => {
  const value = v[key];
  return typeof value === "number" ? String(value).replace(".", ",").replace("-", "−") : String(value ?? "");
};

export const MESSAGES: Readonly<Record<Language, Readonly<Record<ProblemCode, Message>>>> = {
  sv: {
    "missing-sheet": (v) => `Bladet "${s(v, "sheet")}" saknas. Lägg till det med rubrikerna i rad 1 (se mallen från puls init).`,
    "missing-column": (v) => `Kolumnen "${s(v, "column")}" saknas på bladet "${s(v, "sheet")}". Lägg till den som rubrik i rad 1.`,
    "duplicate-id": (v) => `Id "${s(v, "id")}" finns redan (${s(v, "first")}). Ge varje rad ett eget id.`,
    "missing-id": () => `Raden saknar id. Fyll i ett id eller ta bort raden.`,
    "unknown-parent": (v) => `Överordnad "${s(v, "parent")}" finns inte. Ange ett id som finns på samma blad, eller lämna tomt för toppnivån.`,
    "cycle": (v) => `${s(v, "ids")} pekar på varandra som överordnade i en cirkel. Ändra Överordnad så att trädet får en topp.`,
    "unknown-goal": (v) => `Målet "${s(v, "goal")}" finns inte på bladet Mål. Rätta id:t eller lägg till målet.`,
    "indicator-without-goal": () => `Nyckeltalet saknar mål. Ange vilket mål det mäter i kolumnen Mål.`,
    "unknown-organisation": (v) => `Organisationen "${s(v, "organisation")}" finns inte på bladet Organisation. Rätta id:t eller lägg till enheten.`,
    "unknown-indicator": (v) => `Nyckeltalet "${s(v, "indicator")}" finns inte på bladet Nyckeltal. Rätta id:t eller lägg till nyckeltalet.`,
    "unknown-period": (v) => `Perioden "${s(v, "period")}" finns inte på bladet Perioder. Rätta id:t (t.ex. 2026-T1) eller lägg till perioden.`,
    "invalid-value": (v) => `"${s(v, "value")}" är inte ett giltigt värde för ${s(v, "column")}. Tillåtna värden: ${s(v, "allowed")}.`,
    "invalid-number": (v) => `"${s(v, "value")}" i ${s(v, "column")} är inte ett tal. Skriv ett tal (t.ex. 12,5) eller lämna tomt om värdet saknas.`,
    "invalid-direction": (v) => `Riktningen "${s(v, "value")}" är okänd. Skriv Högre, Lägre eller Intervall.`,
    "invalid-target": (v) => `Målvärdet "${s(v, "value")}" är varken ett tal eller ett relativt mål. Skriv ett tal, eller Öka, Minska, Förbättra eller Bibehålla.`,
    "invalid-setting": (v) => `Inställningen ${s(v, "key")} har värdet "${s(v, "value")}", som inte går att använda. Tillåtet: ${s(v, "allowed")}.`,
    "range-without-max": () => `Nyckeltalet har riktningen Intervall men målvärdet saknar Målvärde max. Fyll i intervallets övre gräns.`,
    "unreadable-file": (v) => `Filen gick inte att läsa som Excel-arbetsbok (${reason("sv", v)}). Spara den som .xlsx i Excel och skicka den igen.`,
    "ods-file": () => `Filen är ett OpenDocument-kalkylark (.ods) med ändelsen .xlsx. Öppna den och spara den som Excel-arbetsbok (.xlsx), och skicka den igen.`,
    "damaged-part": (v) => `Arbetsbokens del ${s(v, "part")} är skadad (ingen giltig XML, eller en DTD som Excel aldrig skriver). Öppna filen i Excel, spara den igen och skicka den.`,
    "part-too-large": (v) => `Arbetsbokens del ${s(v, "part")} blir större än ${megabytes(v, "limit")} MB när den packas upp, vilket ingen inrapportering behöver. Filen lästes inte: be enheten fylla i mallen på nytt.`,
    "workbook-too-large": (v) => `Arbetsboken blir större än ${megabytes(v, "limit")} MB när den packas upp, vilket ingen inrapportering behöver. Filen lästes inte: be enheten fylla i mallen på nytt.`,
    "cell-out-of-range": (v) => `Cellreferensen ${s(v, "cell")} ligger utanför Excels blad (1 048 576 rader, kolumnerna A–XFD): filen är skadad eller inte gjord i Excel. Be enheten fylla i mallen på nytt.`,
    "too-many-cells": (v) => `Bladet har innehåll utspritt över fler än ${s(v, "limit")} celler (gränsen nåddes vid ${s(v, "cell")}). Ta bort det som står långt utanför tabellen och skicka filen igen.`,
    "missing-shared-strings": () => `Arbetsboken saknar sin strängtabell (xl/sharedStrings.xml), så ingen text i den går att läsa. Öppna filen i Excel, spara den igen och skicka den.`,
    "missing-unit-id": () => `Det dolda bladet _puls anger ingen enhet, så filen kan inte knytas till någon enhet. Be enheten fylla i den mall som skickades ut.`,
    "identity-mismatch": (v) =>
      `Filen säger sig vara från "${s(v, "unit")}", men ${s(v, "found") === "" ? "det dolda bladet _puls har ändrats sedan Puls gjorde mallen" : `mallen gjordes för "${s(v, "found")}"`} (kontrollsumman stämmer inte). Den lästes inte och ersätter ingen annan enhets inlämning; be enheten skicka sin egen mall.`,
    "not-a-file": (v) => `Det här är ingen vanlig fil utan ${kind("sv", v)}, och den lästes inte.`,
    "wrong-format": (v) => `Filen är i formatet ${s(v, "extension")}, som Puls inte läser. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx), och skicka den igen.`,
    "file-too-large": (v) => `Filen är större än ${megabytes(v, "limit")} MB, vilket ingen inrapportering behöver, och den lästes inte. Be enheten fylla i mallen på nytt.`,
    "more-problems": (v) => `Ytterligare ${s(v, "count")} problem av samma slag (${s(v, "code")}) i filen visas inte; rätta de som visas först.`,
    "text-too-long": (v) => `Texten är ${s(v, "length")} tecken, mer än de 32 767 som en Excel-cell rymmer; den kortades.`,
    "invalid-period-id": (v) => `Periodens id "${s(v, "period")}" har fel form. Skriv ett år (2026), ett delår (2026-D), en tertial (2026-T1 till T3) eller en månad (2026-M01 till M12).`,
    "period-ends-before-start": (v) => `Perioden slutar (${s(v, "to")}) innan den börjar (${s(v, "from")}). Rätta Från eller Till.`,
    "yellow-from-out-of-range": (v) => `Gul från är ${svNumber(v, "value")}, men ska vara en andel av målvärdet mellan 0 och 1 (t.ex. 0,9 eller 90 %).`,
    "negative-tolerance": (v) => `Toleransen är ${svNumber(v, "value")}; den kan inte vara negativ. Skriv 0 eller ett positivt tal, eller lämna tomt.`,
    "target-max-below-target": (v) => `Målvärde max (${svNumber(v, "targetMax")}) är lägre än Målvärde (${svNumber(v, "target")}). Intervallets övre gräns ska vara minst lika stor som den undre.`,
    "negative-size": (v) => `Storleken är ${svNumber(v, "value")}; den kan inte vara negativ. Skriv antalet elever, brukare, platser eller liknande, eller lämna tomt.`,
    "unknown-reporter": (v) => `Rapporteras av nämner ${s(v, "names")}, som varken är en verksamhetstyp på bladet Organisation eller ett organisations-id. Skriv en nivå (Enhet, Verksamhetsområde), verksamhetstyper eller id med kommatecken emellan.`,
    "indicator-not-reported": () => `Ingen organisation rapporterar nyckeltalet: ingen under målets organisation passar Rapporteras av. Ändra Rapporteras av eller ge organisationerna rätt Verksamhetstyp.`,
    "target-for-non-reporter": (v) => `${s(v, "organisation")} rapporterar inte nyckeltalet ${s(v, "indicator")} och ligger inte över någon som gör det, så målvärdet används aldrig. Lägg till organisationen i Rapporteras av eller ta bort raden.`,
    "percent-above-one": (v) => `Värdet ${svNumber(v, "value")} betyder ${svNumber(v, "percent")} % eftersom måttenheten är %. Menade du ${svNumber(v, "value")} %? Skriv då ${svNumber(v, "value")} % eller andelen som decimaltal (t.ex. 0,14). Är värdet verkligen över 100 % kan det stå kvar.`,
    "negative-value": (v) => `Värdet ${svNumber(v, "value")} är negativt, men ett nyckeltal i ${s(v, "unit")} kan inte bli mindre än 0. Rätta värdet.`,
    "fractional-count-target": (v) => `Målvärdet ${svNumber(v, "value")} är inget heltal, men nyckeltalet räknas i ${s(v, "unit")}. Avrunda målvärdet, eller ändra måttenheten om det är ett medelvärde eller en kvot (t.ex. "barn per årsarbetare").`,
    "implausible-target": (v) => `Målvärdet ${svNumber(v, "value")} ligger mer än tio gånger från nyckeltalets tidigare utfall (typiskt ${svNumber(v, "typical")}). Kontrollera värdet och måttenheten.`,
    "budget-without-full-year": (v) => `Budgeten gäller helåret, men planen har ingen helårsperiod för ${s(v, "year")} på bladet Perioder. Lägg till perioden ${s(v, "year")} med typen Helår.`,
    "averaged-count": (v) => `Nyckeltalet räknas i ${s(v, "unit")} men sammanställs som ett medelvärde av enheterna, så verksamhetsområdets och kommunens värde blir inte en summa. Skriv Summa i Sammanställning om enheternas värden ska läggas ihop.`,
    "summed-share": () => `Nyckeltalet är en andel (%) men sammanställs som en summa, så andelarna läggs ihop (t.ex. 85 % + 90 % = 175 %). Skriv Viktat medel (med Viktas med eller organisationernas Storlek) eller Medel i Sammanställning.`,
    "weighted-without-size": (v) => `Viktat medel utan Viktas med använder organisationernas Storlek, men ${s(v, "organisations")} saknar Storlek på bladet Organisation och räknas inte med. Fyll i Storlek eller ange ett nyckeltal i Viktas med.`,
    "empty-file": () => `Filen är tom. Be enheten skicka sin ifyllda arbetsbok igen.`,
    "encrypted-or-xls": () => `Filen är lösenordsskyddad eller i det gamla .xls-formatet. Ta bort lösenordet eller spara som .xlsx och skicka den igen.`,
    "not-a-template": () => `Arbetsboken är ingen inrapporteringsmall från Puls (bladet _puls saknas). Be enheten fylla i mallen som skickades ut.`,
    "old-template": (v) => `Mallen är av en äldre version (${s(v, "version")}). Den lästes in, men skicka ut den nya mallen inför nästa period.`,
    "other-plan": () => `Mallen är gjord från en annan plan (ett annat år, en annan kommun eller ändrade nyckeltal). Skapa en ny mall för enheten från den aktuella planen.`,
    "other-period": (v) => `Mallen gäller perioden ${s(v, "found")}, inte ${s(v, "expected")}. Be enheten fylla i mallen för rätt period.`,
    "unknown-unit": (v) => `Enheten "${s(v, "unit")}" finns inte i planens organisation. Kontrollera att mallen hör till den här kommunens plan.`,
    "organisation-gone": (v) => `Organisationen "${s(v, "organisation")}" finns inte längre på bladet Organisation men har ${s(v, "rows")} rader i Utfall (${s(v, "periods")}). Dess historik följer inte med i trender och jämförelser. Ange på bladet Organisationsförändringar vad som hände: Nytt id för en sammanslagning, delning eller ett namnbyte, tomt Nytt id om enheten lades ned.`,
    "unit-changed": (v) => `Mallen är för "${s(v, "unit")}", som från ${s(v, "from")} ersatts av ${s(v, "successors")} (bladet Organisationsförändringar). Skapa en ny mall från den aktuella planen och be ${s(v, "successors")} fylla i den.`,
    "unexpected-row": (v) => `Raden för nyckeltalet "${s(v, "indicator")}" hör inte till enhetens mall (raden har lagts till eller fått nytt id). Värdet lästes inte in; rätta id:t eller ta bort raden.`,
    "missing-row": (v) => `Raden för nyckeltalet "${s(v, "indicator")}" saknas i mallen (den har tagits bort). Lägg tillbaka raden eller skicka ut mallen igen.`,
    "duplicate-row": (v) => `Nyckeltalet "${s(v, "indicator")}" finns på flera rader. Den första raden lästes in; ta bort dubbletten.`,
    "decimal-comma": (v) => `"${s(v, "value")}" var skrivet som text med decimalkomma och lästes in som talet ${svNumber(v, "number")}. Skriv talet som ett tal i cellen nästa gång.`,
    "percent-as-number": (v) => `${svNumber(v, "value")} tolkades som ${svNumber(v, "value")} % (= ${svNumber(v, "share")}). Andelar skrivs som 85 % eller 0,85; kontrollera att det stämmer.`,
    "not-a-percentage": (v) => `${svNumber(v, "value")} är ingen andel (en andel ligger mellan 0 och 100 %). Rätta värdet.`,
    "gender-sum-mismatch": (v) => `Kvinnor (${svNumber(v, "women")}) och män (${svNumber(v, "men")}) blir tillsammans ${svNumber(v, "sum")}, inte utfallet ${svNumber(v, "actual")}. Rätta någon av siffrorna.`,
    "comment-required": () => `Statusen är röd men kommentar saknas. Planen kräver en kommentar vid röd status: skriv vad som hänt och vad enheten gör.`,
    "overdue-action": (v) => `Aktiviteten "${s(v, "action")}" skulle vara klar ${s(v, "due")} men har status ${s(v, "status")}. Uppdatera status eller sätt ett nytt datum.`,
    "duplicate-submission": (v) => `Enheten har lämnat in flera filer för perioden: ${s(v, "files")}. Den senast ändrade (${s(v, "used")}) används; ta bort de andra.`,
    "not-reported": (v) => `Enheten har inte lämnat in något för perioden${s(v, "deadline") === "" ? "" : ` (sista dag ${s(v, "deadline")})`}. Påminn enheten.`,
    "invalid-submission-date": (v) => `Datumet under Klar att lämna in, "${s(v, "value")}", är inget datum. Skriv dagen då rapporten blev klar, t.ex. 2026-09-14; tills dess bedöms inlämningen efter filens ändringstid.`,
    "future-submission-date": (v) => `Datumet under Klar att lämna in, ${s(v, "date")}, ligger efter insamlingsdagen (${s(v, "today")}). Skriv dagen då rapporten blev klar; tills dess bedöms inlämningen efter filens ändringstid.`,
  },
  en: {
    "missing-sheet": (v) => `The sheet "${s(v, "sheet")}" is missing. Add it with its headers in row 1 (see the workbook from puls init).`,
    "missing-column": (v) => `The column "${s(v, "column")}" is missing on the sheet "${s(v, "sheet")}". Add it as a header in row 1.`,
    "duplicate-id": (v) => `The id "${s(v, "id")}" is already used (${s(v, "first")}). Give every row its own id.`,
    "missing-id": () => `The row has no id. Fill one in or delete the row.`,
    "unknown-parent": (v) => `The parent "${s(v, "parent")}" does not exist. Give an id from the same sheet, or leave it blank for the top level.`,
    "cycle": (v) => `${s(v, "ids")} are each other's parents in a cycle. Change Parent so that the tree has a top.`,
    "unknown-goal": (v) => `The goal "${s(v, "goal")}" is not on the Goals sheet. Correct the id or add the goal.`,
    "indicator-without-goal": () => `The indicator has no goal. Give the goal it measures in the Goal column.`,
    "unknown-organisation": (v) => `The organisation "${s(v, "organisation")}" is not on the Organisation sheet. Correct the id or add it.`,
    "unknown-indicator": (v) => `The indicator "${s(v, "indicator")}" is not on the Indicators sheet. Correct the id or add the indicator.`,
    "unknown-period": (v) => `The period "${s(v, "period")}" is not on the Periods sheet. Correct the id (e.g. 2026-T1) or add the period.`,
    "invalid-value": (v) => `"${s(v, "value")}" is not a valid value for ${s(v, "column")}. Allowed: ${s(v, "allowed")}.`,
    "invalid-number": (v) => `"${s(v, "value")}" in ${s(v, "column")} is not a number. Write a number (e.g. 12.5) or leave it blank if the value is missing.`,
    "invalid-direction": (v) => `The direction "${s(v, "value")}" is unknown. Write Higher, Lower or Range.`,
    "invalid-target": (v) => `The target "${s(v, "value")}" is neither a number nor a relative target. Write a number, or Increase, Decrease, Improve or Maintain.`,
    "invalid-setting": (v) => `The setting ${s(v, "key")} has the value "${s(v, "value")}", which cannot be used. Allowed: ${s(v, "allowed")}.`,
    "range-without-max": () => `The indicator's direction is Range but the target has no upper bound. Fill in the range's upper bound.`,
    "unreadable-file": (v) => `The file could not be read as an Excel workbook (${reason("en", v)}). Save it as .xlsx in Excel and send it again.`,
    "ods-file": () => `The file is an OpenDocument spreadsheet (.ods) named .xlsx. Open it and save it as an Excel workbook (.xlsx), then send it again.`,
    "damaged-part": (v) => `The workbook's part ${s(v, "part")} is damaged (not well-formed XML, or a DTD, which Excel never writes). Open the file in Excel, save it again and send it.`,
    "part-too-large": (v) => `The workbook's part ${s(v, "part")} inflates to more than ${megabytes(v, "limit")} MB, which no report needs. The file was not read: ask the unit to fill in the template again.`,
    "workbook-too-large": (v) => `The workbook inflates to more than ${megabytes(v, "limit")} MB, which no report needs. The file was not read: ask the unit to fill in the template again.`,
    "cell-out-of-range": (v) => `The cell reference ${s(v, "cell")} lies outside Excel's sheet (1,048,576 rows, columns A–XFD): the file is damaged or not made by Excel. Ask the unit to fill in the template again.`,
    "too-many-cells": (v) => `The sheet has content spread over more than ${s(v, "limit")} cells (the limit was reached at ${s(v, "cell")}). Delete what lies far outside the table and send the file again.`,
    "missing-shared-strings": () => `The workbook lacks its string table (xl/sharedStrings.xml), so none of its text can be read. Open the file in Excel, save it again and send it.`,
    "missing-unit-id": () => `The hidden _puls sheet names no unit, so the file cannot be tied to a unit. Ask the unit to fill in the template that was sent out.`,
    "identity-mismatch": (v) =>
      `The file claims to be from "${s(v, "unit")}", but ${s(v, "found") === "" ? "the hidden _puls sheet was changed after Puls made the template" : `the template was made for "${s(v, "found")}"`} (the check value does not match). It was not read and replaces no other unit's submission; ask the unit to send its own template.`,
    "not-a-file": (v) => `This is not a regular file but ${kind("en", v)}, and was not read.`,
    "wrong-format": (v) => `The file is in the ${s(v, "extension")} format, which Puls does not read. Open it in Excel and save it as an Excel workbook (.xlsx), then send it again.`,
    "file-too-large": (v) => `The file is larger than ${megabytes(v, "limit")} MB, which no report needs, and was not read. Ask the unit to fill in the template again.`,
    "more-problems": (v) => `${s(v, "count")} more problems of the same kind (${s(v, "code")}) in the file are not shown; correct the ones shown first.`,
    "text-too-long": (v) => `The text is ${s(v, "length")} characters, more than the 32,767 an Excel cell holds; it was cut.`,
    "invalid-period-id": (v) => `The period id "${s(v, "period")}" has the wrong form. Write a year (2026), the interim period (2026-D), a tertial (2026-T1 to T3) or a month (2026-M01 to M12).`,
    "period-ends-before-start": (v) => `The period ends (${s(v, "to")}) before it starts (${s(v, "from")}). Correct From or To.`,
    "yellow-from-out-of-range": (v) => `Yellow from is ${s(v, "value")}, but must be a share of the target between 0 and 1 (e.g. 0.9 or 90 %).`,
    "negative-tolerance": (v) => `The tolerance is ${s(v, "value")}; it cannot be negative. Write 0 or a positive number, or leave it blank.`,
    "target-max-below-target": (v) => `Target max (${s(v, "targetMax")}) is below Target (${s(v, "target")}). The range's upper bound must be at least its lower bound.`,
    "negative-size": (v) => `The size is ${s(v, "value")}; it cannot be negative. Write the number of pupils, clients, places or the like, or leave it blank.`,
    "unknown-reporter": (v) => `Reported by names ${s(v, "names")}, which is neither a category on the Organisation sheet nor an organisation id. Write a level (Unit, Division), categories or ids separated by commas.`,
    "indicator-not-reported": () => `No organisation reports the indicator: none under the goal's organisation matches Reported by. Change Reported by or give the organisations the right Category.`,
    "target-for-non-reporter": (v) => `${s(v, "organisation")} does not report the indicator ${s(v, "indicator")} and is not above one that does, so the target is never used. Add the organisation to Reported by or remove the row.`,
    "percent-above-one": (v) => `The value ${s(v, "value")} means ${s(v, "percent")} % because the unit is %. Did you mean ${s(v, "value")} %? Then write ${s(v, "value")} % or the share as a decimal (e.g. 0.14). If the value really is above 100 %, leave it.`,
    "negative-value": (v) => `The value ${s(v, "value")} is negative, but an indicator in ${s(v, "unit")} cannot be below 0. Correct the value.`,
    "fractional-count-target": (v) => `The target ${s(v, "value")} is not a whole number, but the indicator counts ${s(v, "unit")}. Round the target, or change the unit if it is a mean or a ratio (e.g. "children per full-time employee").`,
    "implausible-target": (v) => `The target ${s(v, "value")} is more than ten times away from the indicator's earlier outcomes (typically ${s(v, "typical")}). Check the value and the unit.`,
    "budget-without-full-year": (v) => `The budget is the year's, but the plan has no full-year period for ${s(v, "year")} on the Periods sheet. Add the period ${s(v, "year")} of type Full year.`,
    "averaged-count": (v) => `The indicator counts ${s(v, "unit")} but is aggregated as a mean of the units, so the division's and the municipality's value is not a total. Write Sum in Aggregation if the units' values are to be added up.`,
    "summed-share": () => `The indicator is a share (%) but is aggregated as a sum, so the shares are added up (e.g. 85 % + 90 % = 175 %). Write Weighted mean (with Weighted by or the organisations' Size) or Mean in Aggregation.`,
    "weighted-without-size": (v) => `A weighted mean without Weighted by uses the organisations' Size, but ${s(v, "organisations")} have no Size on the Organisation sheet and are left out. Fill in Size or name an indicator in Weighted by.`,
    "empty-file": () => `The file is empty. Ask the unit to send its filled-in workbook again.`,
    "encrypted-or-xls": () => `The file is password-protected or in the old .xls format. Remove the password or save it as .xlsx, and send it again.`,
    "not-a-template": () => `The workbook is not a Puls report template (the _puls sheet is missing). Ask the unit to fill in the template that was sent out.`,
    "old-template": (v) => `The template is of an older version (${s(v, "version")}). It was read, but send out the new template for the next period.`,
    "other-plan": () => `The template was made from another plan (another year, municipality or changed indicators). Make a new template for the unit from the current plan.`,
    "other-period": (v) => `The template is for the period ${s(v, "found")}, not ${s(v, "expected")}. Ask the unit to fill in the template for the right period.`,
    "unknown-unit": (v) => `The unit "${s(v, "unit")}" is not in the plan's organisation. Check that the template belongs to this plan.`,
    "organisation-gone": (v) => `The organisation "${s(v, "organisation")}" is no longer on the Organisation sheet but has ${s(v, "rows")} rows in Utfall (${s(v, "periods")}). Its history will not follow into trends and comparisons. Say on the Organisationsförändringar sheet what happened: a new id for a merger, split or rename, a blank new id if the unit was closed.`,
    "unit-changed": (v) => `The template is for "${s(v, "unit")}", which from ${s(v, "from")} is replaced by ${s(v, "successors")} (the Organisationsförändringar sheet). Make a new template from the current plan and ask ${s(v, "successors")} to fill it in.`,
    "unexpected-row": (v) => `The row for the indicator "${s(v, "indicator")}" does not belong in the unit's template (added or re-keyed). It was not read; correct the id or delete the row.`,
    "missing-row": (v) => `The row for the indicator "${s(v, "indicator")}" is missing from the template (deleted). Put it back or send out the template again.`,
    "duplicate-row": (v) => `The indicator "${s(v, "indicator")}" is on several rows. The first was read; delete the duplicate.`,
    "decimal-comma": (v) => `"${s(v, "value")}" was text with a decimal comma and was read as ${s(v, "number")}. Enter it as a number next time.`,
    "percent-as-number": (v) => `${s(v, "value")} was read as ${s(v, "value")} % (= ${s(v, "share")}). Shares are written 85 % or 0.85; check that this is right.`,
    "not-a-percentage": (v) => `${s(v, "value")} is not a share (a share lies between 0 and 100 %). Correct the value.`,
    "gender-sum-mismatch": (v) => `Women (${s(v, "women")}) and men (${s(v, "men")}) add up to ${s(v, "sum")}, not the outcome ${s(v, "actual")}. Correct one of the figures.`,
    "comment-required": () => `The status is red but there is no comment. The plan requires one: write what happened and what the unit is doing.`,
    "overdue-action": (v) => `The action "${s(v, "action")}" was due ${s(v, "due")} but its status is ${s(v, "status")}. Update the status or set a new date.`,
    "duplicate-submission": (v) => `The unit sent several files for the period: ${s(v, "files")}. The most recently changed (${s(v, "used")}) is used; remove the others.`,
    "not-reported": (v) => `The unit has not reported for the period${s(v, "deadline") === "" ? "" : ` (deadline ${s(v, "deadline")})`}. Remind the unit.`,
    "invalid-submission-date": (v) => `The date under Klar att lämna in (ready to hand in), "${s(v, "value")}", is not a date. Write the day the report was done, e.g. 2026-09-14; until then, the file's change time says when it was handed in.`,
    "future-submission-date": (v) => `The date under Klar att lämna in (ready to hand in), ${s(v, "date")}, is after the day of collection (${s(v, "today")}). Write the day the report was done; until then, the file's change time says when it was handed in.`,
  },
};

/** The message of a problem in the given language. */
export function problemMessage(problem: Problem, language: Language = "sv"): string {
  return MESSAGES[language][problem.code](problem.values);
}

/** "Fil, blad, cell" as a reader would say it: `plan.xlsx, Nyckeltal!C7`. */
export function describeLocation(at: Problem["at"]): string {
  const place = at.sheet === undefined ? "" : at.cell === undefined ? at.sheet : `${at.sheet}!${at.cell}`;
  return [at.file, place].filter((part) => part !== undefined && part !== "").join(", ");
}
