export * from "./model";
export * from "./period-links";
export * from "./evaluate";
export * from "./indicator-status";
