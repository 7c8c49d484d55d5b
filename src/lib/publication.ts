import { startOf, type KnownDate } from './dates.ts';

/** Why an entry is not published yet, if it is not. */
export type Withheld = { reason: 'borrador' } | { reason: 'programada'; date: Date };

/** An entry's publication state: drafts wait for `borrador` to go, future dates wait for their day. */
export function withheld(data: { borrador: boolean; fecha: KnownDate }, now: Date = new Date()): Withheld | undefined {
  if (data.borrador) return { reason: 'borrador' };
  const day = startOf(data.fecha);
  if (day.getTime() > now.getTime()) return { reason: 'programada', date: day };
  return undefined;
}

/** One Spanish line for the build log about what was left out and why. */
export function describeWithheld(entries: { filePath?: string | undefined; withheld: Withheld }[]): string {
  const lines = entries.map(({ filePath, withheld: state }) =>
    state.reason === 'borrador'
      ? `  ${filePath ?? ''} (borrador)`
      : `  ${filePath ?? ''} (programada para el ${state.date.toISOString().slice(0, 10)})`,
  );
  const count = entries.length === 1 ? '1 entrada' : `${entries.length} entradas`;
  return `Se dejaron fuera de la construcción ${count} sin publicar:\n${lines.join('\n')}`;
}
