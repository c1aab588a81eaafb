import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import { textIn } from "../i18n";

interface Props {
  lang: Lang;
  /** "excel": the workbook has no score table yet; "file": the opened file has none; "start": no file yet. */
  where: "excel" | "file" | "start";
  /** The sheets read that hold other data: the workbook is not empty, it has no ITA table. */
  readSheets?: string[];
  onSample?(): void;
  /** Excel: read the officer's selection as a table. */
  onUseSelection?(): void;
  note?: string | null;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  example: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, alignSelf: "flex-start" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "2px 8px",
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
  action: { alignSelf: "flex-start" },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
});

const EXAMPLE: string[][] = [
  ["I1", "82.50", "88.10"],
  ["I2", "90.00", "91.25"],
  ["O1", "100.00", "100.00"],
];

/**
 * What the add-in looks for, three steps, and a sample to try; no pointer to a button this page lacks. A workbook
 * of other data is told so: which sheets were read and the least table that would be.
 */
export function FirstRun({ lang, where, readSheets = [], onSample, onUseSelection, note }: Props) {
  const s = useStyles();
  const t = textIn(lang);
  const other = readSheets.length > 0;
  const shown = readSheets.slice(0, 3).map((n) => `“${n}”`);
  const sheets = readSheets.length > 3 ? `${shown.join(", ")}, …` : shown.join(", ");
  return (
    <section
      className={s.box}
      aria-labelledby="first-run-title"
      data-testid={other ? "not-ita" : "first-run"}
    >
      <h2 id="first-run-title">
        {other ? t("notItaTitle") : where === "file" ? t("emptyTitle") : t("firstRunTitle")}
      </h2>
      {other ? (
        <>
          <Text>{t("notItaRead", { count: readSheets.length, sheets })}</Text>
          <Text>{t("notItaLeast")}</Text>
        </>
      ) : where !== "file" ? (
        <ol className={s.steps}>
          <li>{t("step1")}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
        </ol>
      ) : (
        <Text>{t("emptyBody")}</Text>
      )}
      <table className={s.example} aria-label={t("emptyBody")}>
        <thead>
          <tr className={s.head}>
            <th className={s.cell}>{t("exampleCode")}</th>
            <th className={s.cell}>2566</th>
            <th className={s.cell}>2567</th>
          </tr>
        </thead>
        <tbody>
          {EXAMPLE.map((r) => (
            <tr key={r[0]}>
              {r.map((v, i) => (
                <td key={i} className={s.cell}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {where === "excel" && onUseSelection && <Text>{t("emptyExcel")}</Text>}
      {where === "file" && <Text>{t("emptyFile")}</Text>}
      {onUseSelection && (
        <Button
          className={s.action}
          appearance="primary"
          onClick={onUseSelection}
          data-testid="first-run-selection"
        >
          {t("useSelection")}
        </Button>
      )}
      {note && (
        <Text role="status" data-testid="selection-note">
          {note}
        </Text>
      )}
      {onSample && (
        <Button className={s.action} onClick={onSample} data-testid="try-sample">
          {t("trySample")}
        </Button>
      )}
    </section>
  );
}
