import { SharedTexts } from "../../../src/workbook/collect/shared-texts";

// That equal texts end up as one copy cannot be seen from JavaScript (strings have no identity
// there); it shows as memory: npm run bench's collection of 1,000 units, docs/architecture.md.

describe("one copy of each repeated text in a collection's submissions", () => {
  it("keeps every value, in objects and arrays at any depth a submission has", () => {
    const texts = new SharedTexts();
    const submission = { file: "2026-D Enhet 1.xlsx", actuals: [{ indicator: "N1", actual: 78, women: null, at: { file: "2026-D Enhet 1.xlsx", cell: "I19" } }], flags: ["a", 1, true] };
    const before = structuredClone(submission);
    expect(texts.share(submission)).toBe(submission);
    expect(submission).toEqual(before);
  });

  it("ends on a value that refers to itself (the walk is bounded by depth)", () => {
    const texts = new SharedTexts();
    const cyclic: Record<string, unknown> = { name: "Enhet 1" };
    cyclic.self = cyclic;
    expect(texts.share(cyclic).name).toBe("Enhet 1");
  });
});
