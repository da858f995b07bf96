export * from "./model";
export * from "./validate-plan";
export * from "./period-id";
export * from "./reporting";
export * from "./fingerprint";
export * from "./indexes";
export * from "./assessments";
