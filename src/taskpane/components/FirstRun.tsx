import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import { textIn } from "../i18n";

interface Props {
  lang: Lang;
  /** "excel": the workbook has no score table yet; "file": the opened file has none; "start": no file yet. */
  where: "excel" | "file" | "start";
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

/** What the add-in looks for, three steps, and a sample to try; no pointer to a button this page lacks. */
export function FirstRun({ lang, where, onSample, onUseSelection, note }: Props) {
  const s = useStyles();
  const t = textIn(lang);
  return (
    <section className={s.box} aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{where === "file" ? t("emptyTitle") : t("firstRunTitle")}</h2>
      {where !== "file" ? (
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
