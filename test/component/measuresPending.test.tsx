/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { FlaggedItems } from "../../src/taskpane/components/FlaggedItems";
import { engineView } from "../../src/taskpane/engine";
import { lightView } from "../../src/taskpane/engineLight";
import type { EngineView } from "../../src/taskpane/engineView";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/paneHost";
import { measureItemCodes } from "../../src/taskpane/measureCodes";
import { twoYearItems } from "../helpers/grid";

const grids = twoYearItems();
const settings = { ...DEFAULT_PANE_SETTINGS, agency: "เทศบาลตำบลทดลอง" };

function list(view: EngineView, titles = true) {
  const measureOf = (code: string) =>
    (titles && view.result.plan?.measures.find((m) => measureItemCodes(m.items).includes(code))?.title) || "";
  render(
    <FluentProvider theme={webLightTheme}>
      <FlaggedItems
        lang="th"
        items={view.result.report.items}
        threshold={85}
        urgentBelow={70}
        measureOf={measureOf}
        measuresPending={view.measuresPending}
        groupOf={() => "ตัวชี้วัด"}
      />
    </FluentProvider>,
  );
  return screen.getByTestId("flagged");
}

describe("the measures' titles beside the items come with the whole answer", () => {
  test("the first answer: the list is busy, and says the measure is coming, not a blank", () => {
    const flagged = list(lightView(grids, settings, "th"));
    expect(flagged.getAttribute("aria-busy")).toBe("true");
    expect(flagged.textContent).toContain("มาตรการ: …");
  });

  test("the whole answer: the title, and the list no longer busy", () => {
    const whole = engineView(grids, settings, "th", null);
    const title = whole.result.plan!.measures[0]!.title;
    const flagged = list(whole);
    expect(flagged.getAttribute("aria-busy")).toBe("false");
    expect(flagged.textContent).toContain(`มาตรการ: ${title}`);
    expect(flagged.textContent).not.toContain("…");
  });

  test("an item without a measure in the whole answer prints no empty label", () => {
    const flagged = list(engineView(grids, settings, "th", null), false);
    expect(flagged.textContent).not.toContain("มาตรการ");
  });
});
