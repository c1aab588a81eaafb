import { makeStyles, tokens } from "@fluentui/react-components";

interface Row {
  number: number;
  name: string;
  previous: number | null;
  score: number;
}

interface Props {
  title: string;
  markLabel: string;
  years: [number | null, number];
  rows: Row[];
  threshold: number;
}

/** The axis runs from 50 to 100: ITA scores below 50 are rare and would squeeze the differences that matter. */
const AXIS_MIN = 50;
const pct = (v: number) => `${Math.max(0, Math.min(100, ((v - AXIS_MIN) / (100 - AXIS_MIN)) * 100))}%`;

const useStyles = makeStyles({
  figure: { margin: 0, color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", marginBottom: "4px" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", borderRadius: "2px" },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 10em) 1fr 3.2em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    minHeight: "20px",
  },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  track: { position: "relative", height: "14px" },
  bar: { position: "absolute", left: 0, borderRadius: "0 2px 2px 0" },
  value: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  mark: {
    position: "absolute",
    top: "-2px",
    bottom: "-2px",
    borderLeft: `2px dashed ${tokens.colorPaletteRedBorder2}`,
  },
  markLabel: { position: "relative", height: "1.4em", color: tokens.colorPaletteRedForeground1 },
  markText: { position: "absolute", transform: "translateX(-50%)", whiteSpace: "nowrap" },
});

/** Horizontal bars per indicator, last year under this year, 50–100, with the pass mark as a labelled line. */
export function IndicatorChart({ title, markLabel, years, rows, threshold }: Props) {
  const s = useStyles();
  // Foreground colours: each bar stands out at least 3:1 from the card in light and dark (WCAG 1.4.11).
  const previousColour = tokens.colorNeutralForeground3;
  const latestColour = tokens.colorBrandForeground1;
  const lowColour = tokens.colorPaletteRedForeground1;
  return (
    <figure className={s.figure} aria-label={title}>
      <figcaption className={s.caption}>{title}</figcaption>
      <div className={s.legend}>
        {years[0] !== null && (
          <span>
            <span className={s.swatch} style={{ background: previousColour }} />
            {years[0]}
          </span>
        )}
        <span>
          <span className={s.swatch} style={{ background: latestColour }} />
          {years[1]}
        </span>
        <span>
          <span className={s.swatch} style={{ background: lowColour }} />
          &lt; {threshold}
        </span>
      </div>
      <div className={s.row} aria-hidden="true">
        <span />
        <div className={s.markLabel}>
          <span className={s.markText} style={{ left: pct(threshold) }}>
            {markLabel}
          </span>
        </div>
        <span />
      </div>
      {rows.map((r) => (
        <div key={r.number} className={s.row}>
          <span className={s.name} title={r.name}>
            {r.number}. {r.name}
          </span>
          <div className={s.track} aria-hidden="true">
            {r.previous !== null && (
              <div
                className={s.bar}
                style={{ top: 0, height: "5px", width: pct(r.previous), background: previousColour }}
              />
            )}
            <div
              className={s.bar}
              style={{
                top: r.previous !== null ? "6px" : "2px",
                height: "8px",
                width: pct(r.score),
                background: r.score < threshold ? lowColour : latestColour,
              }}
            />
            <div className={s.mark} style={{ left: pct(threshold) }} />
          </div>
          <span className={s.value}>{r.score.toFixed(2)}</span>
        </div>
      ))}
    </figure>
  );
}
