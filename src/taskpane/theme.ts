import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/**
 * Fluent's web theme with no text smaller than 14 px: Thai stacks tone marks above and vowels below its letters,
 * and at Fluent's 10–12 px captions they blur (hints, notes, the chart's labels). Lines are as tall as the marks
 * need.
 */
export function paneTheme(dark: boolean): Theme {
  return {
    ...(dark ? webDarkTheme : webLightTheme),
    fontSizeBase100: "14px",
    fontSizeBase200: "14px",
    lineHeightBase100: "20px",
    lineHeightBase200: "20px",
  };
}
