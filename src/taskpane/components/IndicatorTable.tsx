import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { IndicatorResult } from "../../analysis/analyse";
import { fixed2, signed } from "./numbers";

interface Props {
  label: string;
  nameHeader: string;
  changeHeader: string;
  years: [number | null, number];
  rows: IndicatorResult[];
}

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  name: { textAlign: "left", padding: "2px 4px 2px 0", fontWeight: tokens.fontWeightRegular },
  num: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    padding: "2px 0 2px 6px",
    width: "3.6em",
  },
  head: { borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, fontWeight: tokens.fontWeightSemibold },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  low: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  up: { color: tokens.colorPaletteGreenForeground1 },
});

/** Indicator scores of both years: a wide name column, narrow right-aligned numbers with aligned decimals. */
export function IndicatorTable({ label, nameHeader, changeHeader, years, rows }: Props) {
  const s = useStyles();
  return (
    <table className={s.table} aria-label={label}>
      <thead>
        <tr className={s.head}>
          <th className={s.name} scope="col">
            {nameHeader}
          </th>
          <th className={s.num} scope="col">
            {years[0] ?? ""}
          </th>
          <th className={s.num} scope="col">
            {years[1]}
          </th>
          <th className={s.num} scope="col">
            {changeHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.number} className={s.row}>
            <th className={s.name} scope="row">
              {i.number}. {i.name}
            </th>
            <td className={s.num}>{i.previous ? fixed2(i.previous.score) : "–"}</td>
            <td className={mergeClasses(s.num, i.flagged && s.low)}>{fixed2(i.score)}</td>
            <td className={mergeClasses(s.num, !!i.delta && (i.delta > 0 ? s.up : s.low))}>
              {signed(i.delta)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
