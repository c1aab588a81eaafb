import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import { textIn } from "../i18n";
import { YearField } from "./YearField";

/** A score table read without its year: where it is, and one year column or several. */
export interface Yearless {
  sheet: string;
  cell: string;
  /** Several year-less score columns (each needs its own year in its header): what the engine said about them. */
  many?: string;
}

interface Props {
  lang: Lang;
  table: Yearless;
  year: number | null;
  onYear(year: number | null): void;
  onSelect?(sheet: string, cell?: string): void;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * Scores were found but not their year: the pane asks for the year next to where the table is, with the cursor in
 * the field, instead of the empty workbook's "open another file". Several year-less score columns cannot share
 * one year: their headers are what to fix.
 */
export function YearAsk({ lang, table, year, onYear, onSelect }: Props) {
  const s = useStyles();
  const t = textIn(lang);
  const where = `${table.sheet}!${table.cell}`;
  return (
    <section className={s.box} aria-labelledby="year-ask-title" data-testid="year-ask">
      <h2 id="year-ask-title">{t("yearAskTitle")}</h2>
      {!table.many && <Text>{t("yearAskBody", { where })}</Text>}
      {onSelect && (
        <Link as="button" onClick={() => onSelect(table.sheet, table.cell)}>
          {t("showCell", { where })}
        </Link>
      )}
      {table.many ? (
        <Text>{t("yearAskMany", { message: table.many })}</Text>
      ) : (
        <YearField
          label={t("yearAskField")}
          value={year}
          hint={t("yearAskHint")}
          invalid={t("yearInvalid")}
          onCommit={onYear}
          focusOnMount
          commitLabel={t("yearAskUse")}
        />
      )}
    </section>
  );
}
