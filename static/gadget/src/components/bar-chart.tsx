import { BarChart as Chartist } from 'chartist';
import 'chartist/dist/index.css';
import './charts.css';
import { useEffect, useRef } from 'react';

export interface BarChartProps {
  /** What the chart shows, for screen readers (the figures are also in a table or CSV). */
  title: string;
  labels: string[];
  series: number[][];
  /** Names of the series, in order (shown as a legend when more than one). */
  names?: string[];
  horizontal?: boolean;
  stacked?: boolean;
  height?: number;
  testId?: string;
}

/**
 * A bar chart drawn by Chartist (SVG, about 12 kB gzipped, maintained, no dependencies); its
 * colours come from design tokens in charts.css, so it follows light and dark mode.
 */
export function BarChart({ title, labels, series, names, horizontal = false, stacked = false, height = 180, testId }: BarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = new Chartist(
      ref.current,
      { labels, series },
      {
        horizontalBars: horizontal,
        stackBars: stacked,
        reverseData: horizontal,
        height: `${height}px`,
        axisY: { onlyInteger: true, offset: horizontal ? 140 : 30 },
        axisX: {
          showGrid: !horizontal,
          labelInterpolationFnc: (v: unknown, i: number) => (horizontal || labels.length <= 14 || i % Math.ceil(labels.length / 14) === 0 ? String(v) : ''),
        },
      },
    );
    return () => void chart.detach();
  }, [labels, series, horizontal, stacked, height]);
  return (
    <figure className="stats-chart" data-testid={testId}>
      <div ref={ref} role="img" aria-label={`${title}: ${labels.map((l, i) => `${l} ${series.map((s) => s[i] ?? 0).join('/')}`).join(', ')}`} />
      {names && names.length > 1 && (
        <figcaption className="stats-legend">
          {names.map((n, i) => (
            <span key={n} className={`stats-legend-item series-${i}`}>
              {n}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
