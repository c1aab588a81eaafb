/**
 * What the pane draws after the summary card and the items below the mark (the folded sections, Generate), bundled
 * as the "afterCard" chunk (see lazyParts.tsx).
 */
export { ResultsDetails } from "./ResultsDetails";
export { GenerateBar } from "./GenerateBar";
