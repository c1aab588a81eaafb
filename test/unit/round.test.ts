import { delta2, mean, round2 } from "../../src/analysis/round";

describe("exact 2-decimal arithmetic", () => {
  test("85.25 − 85.13 is 0.12, not 0.1199999", () => {
    expect(delta2(85.13, 85.25)).toBe(0.12);
    expect(String(delta2(85.13, 85.25))).toBe("0.12");
  });

  test.each([
    [80.1, 93.06, 12.96],
    [88.94, 88.44, -0.5],
    [75.64, 100, 24.36],
    [84.8, 88.81, 4.01],
    [78.75, 75.84, -2.91],
    [82.8, 83.44, 0.64],
    [76.8, 85.05, 8.25],
  ])("%p → %p gives %p (seed 000)", (a, b, d) => {
    expect(delta2(a, b)).toBe(d);
  });

  test("rounds half away from zero in decimal", () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(96.66666)).toBe(96.67);
    expect(round2(-0.001)).toBe(0);
    expect(Object.is(round2(-0.001), -0)).toBe(false);
  });

  test("what is not a finite number is passed through as it is", () => {
    expect(round2(Infinity)).toBe(Infinity);
    expect(round2(-Infinity)).toBe(-Infinity);
    expect(round2(NaN)).toBeNaN();
  });

  test("the mean of scores", () => {
    expect(mean([80, 90, 85.5])).toBeCloseTo(85.1667, 4);
  });
});
