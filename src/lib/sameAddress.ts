/**
 * Entry files that would publish at one address: `x.md` beside `x.mdx`, or names that differ only in
 * capitals, accents or signs (`Acción.md`, `accion.md`). Astro's loader keeps one of them and drops
 * the other without a word, so the build stops instead and names them all.
 */
import type { Problem } from './problems.ts';
import { slugify } from './slugs.ts';

/** The address a file's name gives: its path without extension, each folder and name folded as a slug. */
function addressOf(path: string): string {
  const segments = path
    .replace(/\.mdx?$/, '')
    .split('/')
    .map(slugify);
  // Astro gives «content/capsulas/a/index.md» the id of «content/capsulas/a.md».
  if (segments.length > 3 && segments.at(-1) === 'index') segments.pop();
  return segments.join('/');
}

/** «a», «a y b», «a, b y c». */
const listed = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} y ${items.at(-1) ?? ''}` : (items[0] ?? '');

/**
 * One problem per group of entry files (paths relative to the project, `content/<collection>/…`)
 * whose names give the same address; the first file in sorted order is the one it is reported on.
 */
export function sameAddressProblems(paths: readonly string[]): Problem[] {
  const groups = Map.groupBy([...paths].sort(), addressOf);
  return [...groups].flatMap(([address, [first = '', ...others]]): Problem[] => {
    if (others.length === 0) return [];
    const stem = (path: string) => path.replace(/\.mdx?$/, '');
    const verb = others.length === 1 ? '' : 'n';
    const why = others.every((other) => stem(other) === stem(first))
      ? `tiene${verb} el mismo nombre con otra extensión`
      : `lleva${verb} a la misma dirección, «${address.split('/').slice(2).join('/')}», porque en las direcciones no cuentan mayúsculas, acentos ni signos`;
    const count = others.length === 1 ? 'los dos' : `los ${others.length + 1}`;
    return [
      {
        file: first,
        found: `${listed(others)} ${why}, y el sitio publicaría solo uno de ${count} archivos`,
        fix: 'deja uno solo: borra el que sobra o, si son entradas distintas, renombra una con otro nombre en minúsculas sin acentos, números y guiones',
      },
    ];
  });
}
