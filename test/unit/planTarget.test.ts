import { planTargetOf } from "../../src/taskpane/components/PlanTargetField";

describe("a what-if target", () => {
  test("above the score now, at most 100; an OIT item only 50 or 100", () => {
    expect(planTargetOf("90", 65.56, false)).toBe(90);
    expect(planTargetOf("65.56", 65.56, false)).toBe("invalid");
    expect(planTargetOf("101", 0, false)).toBe("invalid");
    expect(planTargetOf("abc", 0, false)).toBe("invalid");
    expect(planTargetOf("50", 0, true)).toBe(50);
    expect(planTargetOf("75", 0, true)).toBe("invalid");
    expect(planTargetOf("50", 50, true)).toBe("invalid");
    expect(planTargetOf("100", 50, true)).toBe(100);
  });
});
