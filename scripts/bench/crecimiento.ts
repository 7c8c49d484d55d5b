// How a build's time and memory grow with the entries, between the sizes of one bench run, and the sentence
// that says so in the report. A cost that grows linearly is a fixed part plus the same cost for each entry.

/** One build at one size: what it cost. */
export interface Point {
  entries: number;
  seconds: number;
  peakRssBytes: number;
}

/** From one size to the next. */
export interface GrowthStep {
  from: number;
  to: number;
  /**
   * Cost per entry at `to` over cost per entry at `from`: 1 when the cost is proportional to the entries,
   * below 1 when a fixed part is spread over more entries, above 1 when each entry costs more in a larger site.
   */
  timePerEntry: number;
  memoryPerEntry: number;
  /** What each entry added between both sizes (the slope): seconds and bytes. */
  secondsPerAddedEntry: number;
  bytesPerAddedEntry: number;
}

/** Per-entry cost at the larger size over the smaller's above which growth is worse than linear (10 % of noise). */
export const LINEAR_SLACK = 1.1;

/** The steps between consecutive sizes, smallest first. */
export function growthSteps(points: Point[]): GrowthStep[] {
  const sorted = [...points].sort((a, b) => a.entries - b.entries);
  return sorted.slice(1).map((to, i) => {
    const from = sorted[i] as Point;
    const added = to.entries - from.entries;
    return {
      from: from.entries,
      to: to.entries,
      timePerEntry: to.seconds / to.entries / (from.seconds / from.entries),
      memoryPerEntry: to.peakRssBytes / to.entries / (from.peakRssBytes / from.entries),
      secondsPerAddedEntry: (to.seconds - from.seconds) / added,
      bytesPerAddedEntry: (to.peakRssBytes - from.peakRssBytes) / added,
    };
  });
}

const num = (value: number, digits = 1) => value.toLocaleString('es-MX', { maximumFractionDigits: digits });
const count = (entries: number) => entries.toLocaleString('es-MX');

/** One cost as the sentences read it: per entry, what each added entry cost, and that shown with its unit. */
interface Cost {
  perEntry: (step: GrowthStep) => number;
  slope: (step: GrowthStep) => number;
  show: (slope: number) => string;
}

const TIME: Cost = {
  perEntry: (s) => s.timePerEntry,
  slope: (s) => s.secondsPerAddedEntry,
  show: (seconds) => `${num(seconds * 1000)} ms`,
};
const MEMORY: Cost = {
  perEntry: (s) => s.memoryPerEntry,
  slope: (s) => s.bytesPerAddedEntry,
  show: (bytes) => `${num(bytes / 1000, 0)} KB`,
};

/** Added-entry cost of the last step over the first's, outside of which three sizes or more are not linear. */
export const SLOPE_RANGE = [0.8, 1.25] as const;

/**
 * Whether one cost grows linearly, in a Spanish sentence: from the per-entry ratios and, with three sizes or
 * more, from whether each added entry cost the same in the last step as in the first.
 */
function verdict(steps: GrowthStep[], cost: Cost): string {
  const worst = steps.reduce((a, b) => (cost.perEntry(b) > cost.perEntry(a) ? b : a));
  const per = `cada entrada cuesta a ${count(worst.to)} entradas ${num(cost.perEntry(worst), 2)} × lo que a ${count(worst.from)}`;
  if (cost.perEntry(worst) > LINEAR_SLACK) return `crece más que linealmente: ${per}`;
  const first = steps[0] as GrowthStep;
  const last = steps.at(-1) as GrowthStep;
  const added = (step: GrowthStep) => cost.show(cost.slope(step));
  if (first === last)
    return `crece linealmente o menos: ${per} (una parte fija se reparte); cada entrada agregada, ${added(first)}`;
  const ratio = cost.slope(last) / cost.slope(first);
  const words =
    ratio > SLOPE_RANGE[1]
      ? 'crece más que linealmente'
      : ratio < SLOPE_RANGE[0]
        ? 'crece menos que linealmente'
        : 'crece linealmente';
  return `${words}: cada entrada agregada costó ${added(first)} de ${count(first.from)} a ${count(first.to)} y ${added(last)} de ${count(last.from)} a ${count(last.to)} (${num(ratio, 2)} ×)`;
}

/** The report's sentences on one build's growth, time and memory; undefined with a single size. */
export function growthSentences(points: Point[]): { time: string; memory: string } | undefined {
  const steps = growthSteps(points);
  return steps.length ? { time: verdict(steps, TIME), memory: verdict(steps, MEMORY) } : undefined;
}
