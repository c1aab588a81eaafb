import { Analysing } from "./Analysing";
import { lazyPart, settled } from "./lazyPart";

/**
 * The pane in steps, so that the first script holds only the pane's shell and the host (its header and spinner are
 * taskpane.html's, drawn before any script):
 * - the answer (PaneBody: the summary card, the items below the mark) loads while Office.js gets ready and the
 *   workbook is read (preloadPaneBody, called at start; taskpane.html preloads its chunk too);
 * - what follows the card and the items below the mark (the folded sections, Generate) loads once they are drawn
 *   (its parts load it when they are), so it does not compete with the card for the network and the main thread;
 * - the folded sections' forms load after that (lazyDetails.tsx).
 */
const paneBody = () => import(/* webpackChunkName: "paneBody" */ "./PaneBody");
const afterCard = () => import(/* webpackChunkName: "afterCard" */ "./afterCard");

const body = lazyPart(
  () => paneBody().then((m) => m.PaneBody),
  (p) => <Analysing lang={p.lang} grids={p.grids} />,
);

/**
 * Starts loading the answer's code now, in parallel with the workbook's read; settles when it is loaded or failed
 * (a failed load is said where the answer is drawn, by the error boundary).
 */
export function preloadPaneBody(): Promise<void> {
  return settled(body.preload());
}

export const PaneBody = body.Part;

const resultsDetails = lazyPart(() => afterCard().then((m) => m.ResultsDetails));
const generateBar = lazyPart(() => afterCard().then((m) => m.GenerateBar));

/**
 * Loads what follows the card (its parts load it themselves when drawn); settles either way: a failed load is said
 * by the error boundary where the parts are drawn.
 */
export function preloadAfterCard(): Promise<void> {
  return settled(Promise.all([resultsDetails.preload(), generateBar.preload()]));
}

export const ResultsDetails = resultsDetails.Part;
export const GenerateBar = generateBar.Part;
