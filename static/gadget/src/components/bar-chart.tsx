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
  /** Called with a row's index when its bar is clicked (or chosen with Enter); the row's bars then act as links. */
  onBarClick?: (index: number) => void;
  /** What following a bar does, for its accessible name ("open these incidents in issue search"); needed with onBarClick. */
  barAction?: string;
}

/** A bar's thickness and the distance between the bars of one row, in px (charts.css draws bars 10 px wide). */
const BAR = 12;

/**
 * A bar chart drawn by Chartist (SVG, about 12 kB gzipped, maintained, no dependencies); its
 * colours come from design tokens in charts.css, so it follows light and dark mode.
 */
export function BarChart({ title, labels, series, names, horizontal = false, stacked = false, height = 180, testId, onBarClick, barAction }: BarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    // Horizontal charts list the first label at the top, so the rows are reversed here, not with
    // Chartist's reverseData: that reverses the series too, giving "this period" the colour the
    // legend calls "Previous".
    const rows = horizontal ? [...labels].reverse() : labels;
    const values = horizontal ? series.map((s) => [...s].reverse()) : series;
    // Each row of a horizontal chart gets room for its bars side by side, so they never overlap.
    const grouped = horizontal && !stacked && series.length > 1;
    const tall = horizontal ? Math.max(height, labels.length * (grouped ? series.length * BAR + 8 : BAR + 10) + 40) : height;
    const chart = new Chartist(
      ref.current,
      { labels: rows, series: values },
      {
        horizontalBars: horizontal,
        stackBars: stacked,
        seriesBarDistance: BAR,
        height: `${tall}px`,
        // Room on the right so the last axis label (e.g. "200") is not cut off.
        chartPadding: { top: 10, right: 24, bottom: 5, left: 10 },
        axisY: { onlyInteger: true, offset: horizontal ? 140 : 30 },
        axisX: {
          showGrid: !horizontal,
          labelInterpolationFnc: (v: unknown, i: number) => (horizontal || labels.length <= 14 || i % Math.ceil(labels.length / 14) === 0 ? String(v) : ''),
        },
      },
    );
    if (onBarClick)
      chart.on('draw', (data) => {
        if (data.type !== 'bar') return;
        // Chartist numbers the rows of a horizontal chart as drawn (reversed above).
        const row = horizontal ? labels.length - 1 - data.index : data.index;
        const bar = data.element.getNode<SVGElement>();
        bar.setAttribute('role', 'link');
        bar.setAttribute('tabindex', '0');
        bar.setAttribute('aria-label', barAction ? `${labels[row]}: ${barAction}` : String(labels[row]));
        bar.setAttribute('data-row', String(row));
        bar.classList.add('stats-bar-link');
        bar.addEventListener('click', () => onBarClick(row));
        bar.addEventListener('keydown', (e) => {
          if ((e as KeyboardEvent).key === 'Enter') onBarClick(row);
        });
      });
    return () => void chart.detach();
  }, [labels, series, horizontal, stacked, height, onBarClick, barAction]);
  // The title and every row's figures, for screen readers.
  const summary = `${title}: ${labels.map((l, i) => `${l} ${series.map((s) => s[i] ?? 0).join('/')}`).join(', ')}`;
  return (
    <figure className="stats-chart" data-testid={testId}>
      {/* A chart whose bars are links is a group of links (an image may not hold controls); otherwise an image. */}
      <div ref={ref} role={onBarClick ? 'group' : 'img'} aria-label={summary} />
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
