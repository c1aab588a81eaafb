import {
  Button,
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import type { AnalysisReport } from "../../analysis/report";
import { translate } from "../i18n";

interface Props {
  lang: Lang;
  tables: AnalysisReport["tables"];
  excluded: string[];
  onToggle(key: string, include: boolean): void;
  onSelect?(sheet: string, range: string): void;
  onUseSelection?(): void;
}

/** The score tables found in the workbook, each with include/exclude; a row shows its range in Excel. */
export function Sources({ lang, tables, excluded, onToggle, onSelect, onUseSelection }: Props) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t("sources")}</h2>
      {tables.length === 0 ? (
        <Text>{t("sourcesNone")}</Text>
      ) : (
        <Table size="small" aria-labelledby="sources-title">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("include")}</TableHeaderCell>
              <TableHeaderCell>{t("sheet")}</TableHeaderCell>
              <TableHeaderCell>{t("range")}</TableHeaderCell>
              <TableHeaderCell>{t("years")}</TableHeaderCell>
              <TableHeaderCell>{t("rows")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tables.map((tb) => {
              const key = `${tb.sheet}!${tb.range}`;
              return (
                <TableRow key={key}>
                  <TableCell>
                    <Checkbox
                      aria-label={`${t("include")} ${key}`}
                      checked={!excluded.includes(key)}
                      onChange={(_, d) => onToggle(key, d.checked === true)}
                    />
                  </TableCell>
                  <TableCell>
                    {onSelect ? (
                      <Button
                        appearance="transparent"
                        size="small"
                        onClick={() => onSelect(tb.sheet, tb.range)}
                      >
                        {tb.sheet}
                      </Button>
                    ) : (
                      tb.sheet
                    )}
                  </TableCell>
                  <TableCell>{tb.range}</TableCell>
                  <TableCell>{tb.years.join(", ")}</TableCell>
                  <TableCell>{tb.rows}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {onUseSelection && (
        <Button size="small" onClick={onUseSelection}>
          {t("useSelection")}
        </Button>
      )}
    </section>
  );
}
