import frameworks from "../../src/ita/frameworks.json";
import recommendations from "../../src/ita/recommendations.json";
import { DataFileError } from "../../src/ita/dataError";
import { validateFrameworks } from "../../src/ita/validateFrameworks";
import { loadRecommendations } from "../../src/ita/validateRecommendations";
import { message } from "../../src/analysis/messages";

/** A deep copy of the shipped data, changed by `edit`. */
function broken<T>(data: T, edit: (d: T) => void): T {
  const copy = structuredClone(data);
  edit(copy);
  return copy;
}

function errorOf(f: () => unknown): DataFileError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataFileError) return e;
    throw e;
  }
  throw new Error("no DataFileError was thrown");
}

describe("frameworks.json is checked when loaded, naming the bad entry", () => {
  test("the shipped file is valid", () => {
    expect(validateFrameworks(frameworks).lists["OIT-C"]?.items).toHaveLength(35);
  });

  test.each([
    [
      "an item number out of order",
      (d: typeof frameworks) => (d.lists["OIT-C"].items[7]!.n = 9),
      'lists["OIT-C"].items[7].n',
      "must be 8",
    ],
    [
      "a count that disagrees",
      (d: typeof frameworks) => (d.lists["OIT-C"].count = 34),
      'lists["OIT-C"].count',
      "is 34 but the list has 35 items",
    ],
    [
      "weights not adding up to 1",
      (d: typeof frameworks) => (d.years["2567"].weights.OIT = 0.5),
      'years["2567"].weights',
      "must add up to 1",
    ],
    [
      "a crosswalk to a missing item",
      (d: typeof frameworks) => (d.crosswalks[0]!.pairs[0]![1] = 99),
      "crosswalks[0].pairs[0][1]",
      "must be a number from 1 to 30",
    ],
    [
      "a year naming a list of another instrument",
      (d: typeof frameworks) => (d.years["2567"].lists.IIT = "OIT-C"),
      'years["2567"].lists.IIT',
      "not an IIT list",
    ],
    [
      "a second level scheme that does not exist",
      (d: typeof frameworks) => (d.years["2566"].levelSchemeAlso = "AA-F"),
      'years["2566"].levelSchemeAlso',
      "legacy",
    ],
    [
      "a list without its source",
      (d: typeof frameworks) => (d.lists["OIT-D"].source = ""),
      'lists["OIT-D"].source',
      "must be a non-empty text",
    ],
  ])("%s", (_, edit, entry, problem) => {
    const e = errorOf(() => validateFrameworks(broken(frameworks, edit)));
    expect(e.entry).toBe(entry);
    expect(e.problem).toContain(problem);
    expect(e.message).toContain("src/ita/frameworks.json");
  });
});

describe("recommendations.json (agencies edit it) is checked when loaded", () => {
  test("the shipped file is valid", () => {
    expect(loadRecommendations(recommendations).keep).toBe("ควรรักษามาตรฐานไว้");
  });

  test("an empty step is named, in Thai and in English", () => {
    const e = errorOf(() =>
      loadRecommendations(broken(recommendations, (d) => (d.templates.bribery.steps[1] = ""))),
    );
    expect(e.entry).toBe('templates["bribery"].steps[1]');
    expect(message(e.id, e.params, "th")).toContain('templates["bribery"].steps[1]');
    expect(message(e.id, e.params, "en")).toContain("must be a non-empty text");
  });

  test("an item pointing at a template that does not exist is named", () => {
    const e = errorOf(() =>
      loadRecommendations(broken(recommendations, (d) => (d.items["IIT-C"]["1"] = "no-such-template"))),
    );
    expect(e.entry).toBe('items["IIT-C"]["1"]');
    expect(e.problem).toContain('"no-such-template"');
  });

  test("a required fallback template that is missing is named", () => {
    const e = errorOf(() =>
      loadRecommendations(
        broken(recommendations, (d) => delete (d.templates as Record<string, unknown>)["indicator-9"]),
      ),
    );
    expect(e.entry).toBe('templates["indicator-9"]');
  });
});
