/**
 * exceljs, loaded on first use. Loading it takes a quarter of a second, which every command and
 * every library user paid at start even when nothing was read or written with it (collection
 * reads with the values reader and writes with the fast writer).
 */
import type * as ExcelJSModule from "exceljs";

// CommonJS's require, here in Node and in the add-in's webpack bundle alike (the add-in is built
// without Node's types, hence declared here).
declare const require: (id: "exceljs") => unknown;

let loaded: typeof ExcelJSModule | undefined;

export function exceljs(): typeof ExcelJSModule {
  loaded ??= require("exceljs") as typeof ExcelJSModule;
  return loaded;
}
