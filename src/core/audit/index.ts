export * from "./log";
export * from "./data-fingerprint";
export * from "./assessment-entries";
export * from "./sign-off";
