export * from "./model";
export * from "./submission";
export * from "./context";
export * from "./check-submission";
export * from "./consolidate";
export * from "./problem-cap";
export * from "./action-status";
export * from "./reminders";
