/**
 * The application layer on Node: the use cases bound to the file system (files.ts) and the whole
 * cycle on the example municipality (demo.ts), for the CLI and the library.
 */
export * from "./files";
export { runDemo, type DemoOptions, type DemoResult } from "./demo";
export { nodeDigest, logUser } from "./audit";
export { collectionThreads } from "../../node/collect-threads";
