import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import { translate } from "../i18n";
import { documentName } from "./documentNames";

interface Props {
  lang: Lang;
  /** Every document the pipeline can write (its kinds). */
  kinds: readonly string[];
  /** The chosen documents; null for all of them. */
  chosen: string[] | null;
  onChange(documents: string[] | null): void;
}

const useStyles = makeStyles({
  set: { border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
});

/** One checkbox per document the pipeline can write (ALL_DOCUMENTS), so a new kind appears here by itself. */
export function DocumentChoice({ lang, kinds, chosen, onChange }: Props) {
  const s = useStyles();
  const on = chosen ?? [...kinds];
  return (
    <fieldset className={s.set}>
      <legend className={s.legend}>{translate(lang, "documents")}</legend>
      {kinds.map((k) => (
        <Checkbox
          key={k}
          label={documentName(k, lang)}
          checked={on.includes(k)}
          onChange={(_, d) => {
            const next = d.checked ? [...on, k] : on.filter((x) => x !== k);
            onChange(next.length === kinds.length ? null : next);
          }}
        />
      ))}
    </fieldset>
  );
}
