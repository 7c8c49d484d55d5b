/** States of a línea de acción, from done to not started: the order progress is told in. */
export const LINE_STATES = ['cumplida', 'en-proceso', 'pendiente'] as const;

/** State of a línea de acción. */
export type LineState = (typeof LINE_STATES)[number];

/** How many lines of an axis are in each state; `sinEstado` counts lines that give none. */
export type Progress = Record<LineState | 'sinEstado', number> & { total: number };

/** Progress of a set of lines, or `undefined` when none of them reports a state. */
export function progressOf(lines: readonly { estado?: LineState | undefined }[]): Progress | undefined {
  if (!lines.some((line) => line.estado)) return undefined;
  const progress: Progress = { cumplida: 0, 'en-proceso': 0, pendiente: 0, sinEstado: 0, total: lines.length };
  for (const line of lines) progress[line.estado ?? 'sinEstado'] += 1;
  return progress;
}

/** A shape for each state, so that a state never rests on colour alone (its name is written next to it). */
export const STATE_GLYPH: Record<LineState, string> = { cumplida: '✓', 'en-proceso': '◐', pendiente: '○' };
