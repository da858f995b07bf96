/**
 * Invariants of the rules, checked on many generated cases with fast-check.
 */
import fc from "fast-check";
import { parseTarget, peerStatus, rollup, status, type Direction, type Status } from "../../src/core";

// More cases than fast-check's default 100: these found an overflow bug that 100 runs missed.
fc.configureGlobal({ numRuns: 500 });

const RANK: Record<Status, number> = { red: 0, yellow: 1, green: 2, missing: -1 };
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const yellowFrom = fc.double({ min: 0, max: 1, noNaN: true });
const tolerance = fc.option(fc.double({ min: 0, max: 1e3, noNaN: true }), { nil: null });

function judge(actual: number | null, goal: number | null, direction: Direction, y: number, a: number | null): Status {
  return status({ actual, target: parseTarget(goal), direction, yellowFrom: y, tolerance: a });
}

describe("status invariants", () => {
  it("for higher, raising the actual never worsens the status", () => {
    fc.assert(
      fc.property(finite, finite, fc.double({ min: 0, max: 1e6, noNaN: true }), finite, yellowFrom, tolerance, (x, t, raise, _unused, y, a) => {
        expect(RANK[judge(x + raise, t, "higher", y, a)]).toBeGreaterThanOrEqual(RANK[judge(x, t, "higher", y, a)]);
      }),
    );
  });

  it("for lower, lowering the actual never worsens the status", () => {
    fc.assert(
      fc.property(finite, finite, fc.double({ min: 0, max: 1e6, noNaN: true }), yellowFrom, tolerance, (x, t, drop, y, a) => {
        expect(RANK[judge(x - drop, t, "lower", y, a)]).toBeGreaterThanOrEqual(RANK[judge(x, t, "lower", y, a)]);
      }),
    );
  });

  it("lower mirrors higher: x against T for lower is T against x for higher when both are positive", () => {
    const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, yellowFrom, (x, t, y) => {
        // lower: green x ≤ T, attainment T/x; higher with roles swapped: green T ≥ x, attainment T/x.
        expect(judge(x, t, "lower", y, null)).toBe(judge(t, x, "higher", y, null));
      }),
    );
  });

  it("missing never becomes a colour", () => {
    const direction = fc.constantFrom<Direction>("higher", "lower");
    fc.assert(
      fc.property(fc.option(finite, { nil: null }), fc.option(finite, { nil: null }), direction, yellowFrom, tolerance, (x, t, d, y, a) => {
        fc.pre(x === null || t === null);
        expect(judge(x, t, d, y, a)).toBe("missing");
      }),
    );
  });
});

describe("roll-up invariants", () => {
  const child = fc.record({
    status: fc.constantFrom<Status>("green", "yellow", "red", "missing"),
    weight: fc.double({ min: 0, max: 100, noNaN: true }),
  });
  const method = fc.constantFrom("average" as const, "worst" as const, "share" as const);

  it("keeps score and coverage within [0, 1]", () => {
    fc.assert(
      fc.property(fc.array(child, { maxLength: 30 }), method, fc.double({ min: 0, max: 1, noNaN: true }), (children, m, minCoverage) => {
        const result = rollup(children, m, minCoverage);
        expect(result.coverage).toBeGreaterThanOrEqual(0);
        expect(result.coverage).toBeLessThanOrEqual(1 + 1e-12);
        if (result.score !== null) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it("cannot assess a goal whose children are all missing", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 10 }), method, (weights, m) => {
        expect(rollup(weights.map((weight) => ({ status: "missing" as const, weight })), m).assessment).toBe("cannotAssess");
      }),
    );
  });
});

describe("peer comparison invariants", () => {
  it("the best value among differing peers is green", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 4, maxLength: 300 }), fc.constantFrom<Direction>("higher", "lower"), (peers, direction) => {
        fc.pre(new Set(peers).size > 1);
        const best = direction === "higher" ? Math.max(...peers) : Math.min(...peers);
        expect(peerStatus(best, peers, direction)).toBe("green");
      }),
    );
  });

  it("the worst value among differing peers is red", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 4, maxLength: 300 }), (peers) => {
        fc.pre(new Set(peers).size > 1);
        expect(peerStatus(Math.min(...peers), peers, "higher")).toBe("red");
      }),
    );
  });
});
