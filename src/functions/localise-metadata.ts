/**
 * Builds functions-sv.json from the generated English functions.json and the Swedish table.
 *
 * Everything Excel uses to call a function (id, parameter order, types, dimensionality,
 * optionality, result) is copied from the generated metadata; only names and descriptions are
 * replaced. A function or parameter that is in one and not the other is an error, so the build
 * fails instead of shipping Swedish Excel a half-translated add-in.
 */
import type { SwedishFunction } from "./function-catalogue";

interface MetadataParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result?: { [key: string]: unknown };
  [key: string]: unknown;
}

/** The shape of functions.json that matters here. */
export interface FunctionsMetadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

function describeDifference(kind: string, owner: string, declared: readonly string[], translated: readonly string[]): string[] {
  const missing = declared.filter((name) => !translated.includes(name));
  const extra = translated.filter((name) => !declared.includes(name));
  return [
    ...missing.map((name) => `${owner}${kind} ${name} has no Swedish entry`),
    ...extra.map((name) => `${owner}Swedish entry for ${kind} ${name}, which is not declared`),
  ];
}

/**
 * The Swedish metadata, or an error listing every missing and extra id and parameter.
 * @throws Error when the table and the declarations differ.
 */
export function localiseMetadata(english: FunctionsMetadata, swedish: Readonly<Record<string, SwedishFunction>>): FunctionsMetadata {
  const problems = describeDifference("function", "", english.functions.map((f) => f.id), Object.keys(swedish));
  const functions = english.functions.map((fn) => {
    const sv = swedish[fn.id];
    if (sv === undefined) return fn;
    for (const problem of describeDifference("parameter", `${fn.id}: `, fn.parameters.map((p) => p.name), Object.keys(sv.parameters))) problems.push(problem);
    const parameters = fn.parameters.map((parameter) => {
      const text = sv.parameters[parameter.name];
      return text === undefined ? parameter : { ...parameter, name: text.name, description: text.description };
    });
    const result = fn.result === undefined || sv.result === undefined ? fn.result : { ...fn.result, description: sv.result };
    return { ...fn, name: sv.name, description: sv.description, parameters, ...(result === undefined ? {} : { result }) };
  });
  if (problems.length > 0) throw new Error(`functions-sv.json cannot be generated:\n- ${problems.join("\n- ")}`);
  return { ...english, functions };
}
