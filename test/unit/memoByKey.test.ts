import { memoByKey } from "../../src/analysis/memo";

describe("memoByKey", () => {
  test("computes each string once and gives the same value after", () => {
    const calls: string[] = [];
    const upper = memoByKey((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    });
    expect([upper("a"), upper("b"), upper("a"), upper("")]).toEqual(["A", "B", "A", ""]);
    expect(calls).toEqual(["a", "b", ""]);
  });

  test("stays within its limit: emptied when full, values still right", () => {
    let calls = 0;
    const len = memoByKey((s: string) => {
      calls++;
      return s.length;
    }, 2);
    expect([len("a"), len("bb"), len("a")]).toEqual([1, 2, 1]);
    expect(calls).toBe(2);
    expect(len("ccc")).toBe(3); // full: emptied, then "ccc" kept
    expect(len("a")).toBe(1); // computed again
    expect(calls).toBe(4);
  });
});
