export * from "./model";
export * from "./action-status";
