import { tokens } from "@fluentui/react-components";

interface Props {
  title: string;
  years: [number | null, number];
  rows: { number: number; previous: number | null; score: number }[];
  threshold: number;
}

/** A small bar chart of indicator scores, previous year beside the latest, with the pass mark as a line. */
export function IndicatorChart({ title, years, rows, threshold }: Props) {
  const w = 300;
  const h = 140;
  const pad = 18;
  const band = (w - pad) / Math.max(1, rows.length);
  const y = (v: number) => h - pad - ((h - 2 * pad) * v) / 100;
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${w} ${h}`} width="100%">
      <title>{title}</title>
      <line
        x1={pad}
        x2={w}
        y1={y(threshold)}
        y2={y(threshold)}
        stroke={tokens.colorPaletteRedBorder2}
        strokeDasharray="4 3"
      />
      {rows.map((r, i) => {
        const x = pad + i * band;
        const bar = band / 3;
        return (
          <g key={r.number}>
            {r.previous !== null && (
              <rect
                x={x + 2}
                y={y(r.previous)}
                width={bar}
                height={h - pad - y(r.previous)}
                fill={tokens.colorNeutralStroke1}
              />
            )}
            <rect
              x={x + 2 + bar}
              y={y(r.score)}
              width={bar}
              height={h - pad - y(r.score)}
              fill={r.score < threshold ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground}
            />
            <text x={x + band / 2} y={h - 4} fontSize="9" textAnchor="middle">
              {r.number}
            </text>
          </g>
        );
      })}
      <text x={w - 4} y={10} fontSize="9" textAnchor="end">
        {years[0] ? `${years[0]} / ${years[1]}` : years[1]}
      </text>
    </svg>
  );
}
