import type { Problem } from '#/src/lib/problems.ts';
import { astroRun, lastLines, runBin } from './astro.ts';

/**
 * The build, as `npm run build` does it: `astro build` writes dist/, which the other checks read, then
 * scripts/indexar.ts adds the search index and the host files. It stops on what only a build can see,
 * such as a reference to a draft or an MDX body that does not compile; its problems name the file.
 */
export async function checkBuild(root: string): Promise<Problem[]> {
  const { status, stdout, stderr, problems } = await astroRun(root, ['build']);
  if (status === 0) {
    const post = await runBin(root, 'node', ['scripts/indexar.ts']);
    if (post.status === 0) return [];
    return [{ file: 'scripts/indexar.ts', found: lastLines(`${post.stdout}\n${post.stderr}`).join(' / ') }];
  }
  return problems.length
    ? problems
    : [
        {
          file: 'astro build',
          found: `falló sin decir en qué archivo: ${lastLines(`${stdout}\n${stderr}`).join(' / ')}`,
        },
      ];
}
