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

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Spanish lines for the build log about what was left out and why, and the next scheduled change: the
 * daily publication (scripts/systemd/, .github/workflows/publicar.yml) runs just after 00:00 UTC, the
 * instant a scheduled entry's day begins, so that is when it appears.
 */
export function describeWithheld(entries: { filePath?: string | undefined; withheld: Withheld }[]): string {
  const lines = entries.map(({ filePath, withheld: state }) =>
    state.reason === 'borrador'
      ? `  ${filePath ?? ''} (borrador)`
      : `  ${filePath ?? ''} (programada para el ${day(state.date)})`,
  );
  const count = entries.length === 1 ? '1 entrada' : `${entries.length} entradas`;
  const scheduled = entries
    .flatMap(({ filePath, withheld: state }) => (state.reason === 'programada' ? [{ filePath, date: state.date }] : []))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  const next = scheduled.filter(({ date }) => date.getTime() === scheduled[0]?.date.getTime());
  const nextLine = next.length
    ? [
        `Próximo cambio programado: el ${day(next[0]?.date ?? new Date())} a las 00:00 UTC se publica${next.length > 1 ? 'n' : ''} ${next.map(({ filePath }) => filePath ?? '').join(', ')}.`,
      ]
    : [];
  return [`Se dejaron fuera de la construcción ${count} sin publicar:`, ...lines, ...nextLine].join('\n');
}
