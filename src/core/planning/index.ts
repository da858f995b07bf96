export * from "./next-periods";
export * from "./proposals";
export * from "./findings";
export * from "./next-year-plan";
