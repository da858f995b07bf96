export * from "./model";
export * from "./period-links";
export * from "./evaluate";
