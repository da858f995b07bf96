/** Jest setup for the function tests: Excel's CustomFunctions global, as the runtime provides it. */
import { createRuntime } from "./custom-functions-runtime";

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = createRuntime();
