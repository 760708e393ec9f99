/**
 * Response times are kept as counts in fixed bins, so any set of days adds up exactly (a sum of
 * histograms is the histogram of the union) and a percentile costs nothing more to read however
 * many incidents there are. The bins are the steps people think in, from 5 minutes to a year;
 * a percentile is interpolated linearly inside its bin (the Prometheus histogram_quantile rule),
 * so it is exact at the bin edges and otherwise within the bin.
 */
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Upper edges (exclusive) in ms; the last bin is open-ended. */
export const DURATION_BIN_EDGES: readonly number[] = [
  5 * MIN,
  15 * MIN,
  30 * MIN,
  HOUR,
  2 * HOUR,
  4 * HOUR,
  8 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  3 * DAY,
  5 * DAY,
  7 * DAY,
  10 * DAY,
  14 * DAY,
  21 * DAY,
  30 * DAY,
  60 * DAY,
  90 * DAY,
  180 * DAY,
  365 * DAY,
];
export const DURATION_BIN_COUNT = DURATION_BIN_EDGES.length + 1;

/**
 * The bin a duration falls in.
 * @example durationBin(10 * 60_000) // 1 (5 to 15 minutes)
 */
export function durationBin(ms: number): number {
  const i = DURATION_BIN_EDGES.findIndex((edge) => ms < edge);
  return i === -1 ? DURATION_BIN_EDGES.length : i;
}

/**
 * The q-quantile (0 < q <= 1) of the durations counted in `counts` (index = bin), or null when
 * there are none. The open-ended last bin reports its lower edge.
 * @example binQuantile([0, 2], 0.5) // 10 minutes: the middle of 5 to 15 minutes
 */
export function binQuantile(counts: readonly number[], q: number): number | null {
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) return null;
  const rank = q * total;
  let seen = 0;
  for (let bin = 0; bin < counts.length; bin++) {
    const c = counts[bin] ?? 0;
    if (c === 0) continue;
    if (seen + c >= rank) {
      const lower = bin === 0 ? 0 : DURATION_BIN_EDGES[bin - 1]!;
      const upper = DURATION_BIN_EDGES[bin];
      if (upper === undefined) return lower;
      return Math.round(lower + ((upper - lower) * (rank - seen)) / c);
    }
    seen += c;
  }
  return DURATION_BIN_EDGES[DURATION_BIN_EDGES.length - 1]!;
}
