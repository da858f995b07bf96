export * from "./input";
export * from "./refs";
export * from "./counts";
export * from "./follow-up";
export * from "./operational";
export * from "./political";
export * from "./annual";
export * from "./reasoning";
