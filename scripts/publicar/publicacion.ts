// Versions of the published site: each publication is a folder of its own next to the live one, and a
// `current` link says which one nginx serves. The switch, the files a page opened before it still needs,
// pruning and going back are done by versiones.sh, on this machine or over SSH, so both share one code.
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The script that switches versions where the site lives. */
export const SWITCH_SCRIPT = join(import.meta.dirname, 'versiones.sh');

/** Versions kept unless `--conservar` says otherwise (the live one and the one before it are always kept). */
export const DEFAULT_KEEP = 5;

/** Where the site is published: a folder here, or `usuario@servidor:/ruta` reached with SSH and rsync. */
export type Destination = { kind: 'local'; path: string } | { kind: 'ssh'; host: string; path: string };

/** Reads a destination as written on the command line. */
export function parseDestination(text: string): Destination {
  const remote = /^([^/:\s]+):(\/.*)$/.exec(text);
  if (remote) return { kind: 'ssh', host: remote[1] ?? '', path: (remote[2] ?? '').replace(/\/+$/, '') };
  return { kind: 'local', path: resolve(text) };
}

/** A version's name: when it was published, in UTC, as a folder name that sorts as time does. */
export const versionName = (now: Date): string => `${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;

/** What a command printed and how it ended. */
export interface Outcome {
  ok: boolean;
  output: string;
}

/** Runs a command without blocking this process (readers may be served meanwhile); `input` goes to its stdin. */
function run(command: string, args: string[], input?: string): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ ok: false, output: `${output}${error.message}\n` }));
    child.on('close', (status) => done({ ok: status === 0, output }));
    child.stdin.end(input ?? '');
  });
}

/** The SSH command (`PUBLICAR_SSH` may name another, e.g. `ssh -p 2222`). */
const sshCommand = (): string[] => (process.env['PUBLICAR_SSH'] ?? 'ssh').split(' ').filter(Boolean);

/** Runs versiones.sh where the site lives. */
async function switchVersions(destination: Destination, args: string[]): Promise<Outcome> {
  if (destination.kind === 'local') return run('sh', [SWITCH_SCRIPT, ...args]);
  const [ssh = 'ssh', ...options] = sshCommand();
  return run(ssh, [...options, destination.host, 'sh', '-s', '--', ...args], await readFile(SWITCH_SCRIPT, 'utf8'));
}

/**
 * Copies `dist` as a new version next to the live one (`releases/<name>.parcial`), then switches `current` to
 * it. A copy that fails leaves the live version as it was and removes what it had copied.
 */
export async function publishVersion(
  dist: string,
  destination: Destination,
  { keep = DEFAULT_KEEP, now = new Date() }: { keep?: number; now?: Date } = {},
): Promise<Outcome> {
  const name = versionName(now);
  const partial = `${destination.path}/releases/${name}.parcial`;
  if (destination.kind === 'local') {
    try {
      await mkdir(join(destination.path, 'releases'), { recursive: true });
      await cp(dist, partial, { recursive: true, preserveTimestamps: true });
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      return { ok: false, output: `No se publicó nada: no se pudo copiar ${dist} a ${partial}: ${String(error)}\n` };
    }
  } else {
    const [ssh = 'ssh', ...options] = sshCommand();
    const mkdirRemote = await run(ssh, [...options, destination.host, 'mkdir', '-p', `${destination.path}/releases`]);
    if (!mkdirRemote.ok) return { ok: false, output: `No se publicó nada: ${mkdirRemote.output}` };
    // Files the live version already has are linked on the server, not sent again.
    const copied = await run('rsync', [
      '-a',
      '--delete',
      '-e',
      sshCommand().join(' '),
      '--link-dest=../../current/',
      `${dist}/`,
      `${destination.host}:${partial}/`,
    ]);
    if (!copied.ok) {
      await run(ssh, [...options, destination.host, 'rm', '-rf', partial]);
      return { ok: false, output: `No se publicó nada: rsync no pudo copiar el sitio.\n${copied.output}` };
    }
  }
  return switchVersions(destination, ['publicar', destination.path, name, String(keep)]);
}

/** Points `current` back at the version before it. */
export const revertVersion = (destination: Destination): Promise<Outcome> =>
  switchVersions(destination, ['revertir', destination.path]);
