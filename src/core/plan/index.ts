export * from "./model";
export * from "./validate-plan";
export * from "./period-id";
