import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PublishedTotal } from "../../analysis/settings";
import { parseScore } from "./ScoreField";

interface Props {
  /** The assessed year the figure is NACC's total of. */
  year: number;
  /** The levels of that year, for the level's list. */
  levels: readonly string[];
  value: PublishedTotal | null;
  label: string;
  hint: string;
  invalid: string;
  levelLabel: string;
  onCommit(total: PublishedTotal | null): void;
}

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  score: { flexGrow: 1, minWidth: 0 },
});

/**
 * NACC's total (and level) of the assessed year as ITAS shows it, for a workbook whose sheets print none: blank for
 * none. Checked when the box loses focus; only a score from 0 to 100 (or an empty box) reaches the settings.
 */
export function PublishedTotalField(p: Props) {
  const s = useStyles();
  const shown = p.value === null ? "" : String(p.value.total);
  const [text, setText] = useState(shown);
  const [error, setError] = useState(false);
  useEffect(() => {
    setText(shown);
    setError(false);
  }, [shown]);
  const level = p.value?.level ?? "";
  const commit = (typed: string, lvl: string) => {
    if (typed.trim() === "") {
      setError(false);
      if (p.value !== null) p.onCommit(null);
      return;
    }
    const n = parseScore(typed);
    setError(n === "invalid");
    if (n !== "invalid") p.onCommit({ year: p.year, total: n, level: lvl || null });
  };
  return (
    <div className={s.row}>
      <Field
        className={s.score}
        label={p.label}
        hint={error ? undefined : p.hint}
        validationState={error ? "error" : "none"}
        validationMessage={error ? p.invalid : undefined}
      >
        <Input
          inputMode="decimal"
          value={text}
          data-testid="published-total"
          onChange={(_, d) => setText(d.value)}
          onBlur={() => commit(text, level)}
          onKeyDown={(e) => e.key === "Enter" && commit(text, level)}
        />
      </Field>
      <Field label={p.levelLabel}>
        <Select
          value={level}
          disabled={p.value === null}
          data-testid="published-level"
          onChange={(_, d) => commit(text, d.value)}
        >
          <option value="" />
          {p.levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
