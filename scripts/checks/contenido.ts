import { contentFiles } from '#/src/build/contentFiles.ts';
import { unsafeContentProblems } from '#/src/lib/contentSafety.ts';
import { impossibleDateProblems } from '#/src/lib/frontmatterDates.ts';
import type { Problem } from '#/src/lib/problems.ts';
import { sameAddressProblems } from '#/src/lib/sameAddress.ts';
import { astroRun, lastLines } from './astro.ts';

/**
 * Content validation: the checks the content loader makes on file names (two files, one address) and
 * on each file's text (real dates, safe bodies), over every file at once, since loading stops at the
 * first file that fails them; then
 * `astro sync`, which loads every collection through its schema. Astro only logs some errors (a
 * reference to a missing entry, an unreadable data file) and still exits 0, so any problem counts.
 */
export async function checkContent(root: string): Promise<Problem[]> {
  const files = contentFiles(root, undefined, { drafts: true });
  const own = [
    ...sameAddressProblems(files.map(({ path }) => path)),
    ...files.flatMap(({ path, source }) => [
      ...impossibleDateProblems(path, source),
      ...unsafeContentProblems(path, source),
    ]),
  ];
  const loaded = await astroRun(root, ['sync']);
  const { status, stdout, stderr } = loaded;
  // What the loader stopped on is among `own` already.
  const seen = new Set(own.map((problem) => JSON.stringify(problem)));
  const problems = [...own, ...loaded.problems.filter((problem) => !seen.has(JSON.stringify(problem)))];
  if (status !== 0 && problems.length === 0) {
    problems.push({
      file: 'astro sync',
      found: `terminó con error sin decir en qué archivo: ${lastLines(`${stdout}\n${stderr}`).join(' / ')}`,
    });
  }
  return problems;
}
