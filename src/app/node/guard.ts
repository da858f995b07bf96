/**
 * Outputs never over inputs (see node/output-guard.ts), on its own so that the CLI's entry point
 * can know the refusal without loading the writers.
 */
export { OutputGuard, OutputRefusedError, fileInside, type OutputRefusal } from "../../node/output-guard";
