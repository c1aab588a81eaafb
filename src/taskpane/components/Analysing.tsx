import { Spinner } from "@fluentui/react-components";
import { type SheetGrid, gridCells } from "../../analysis/grid";
import type { Lang } from "../../analysis/messages";
import { sizeText } from "../i18n";

/** While the first answer is worked out: what is being analysed, in words (a large workbook takes a while). */
export function Analysing({ lang, grids }: { lang: Lang; grids: SheetGrid[] }) {
  const size = { sheets: grids.filter((g) => !g.generated).length, cells: gridCells(grids) };
  return <Spinner label={sizeText(lang, "analysing", size)} data-testid="analysing" />;
}
