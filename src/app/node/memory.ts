/** How a Node process that runs Puls's work is tuned for it (src/node/short-lived-allocations.ts). */
export { shortLivedAllocationsThroughout } from "../../node/short-lived-allocations";
