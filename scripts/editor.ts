// `npm run editor`: the browser editor on this clone, with no account. It starts Decap's local Git proxy
// (decap-server in its `git` mode, so drafts, reviews and publishing work as branches of this clone,
// listening on 127.0.0.1 only) and `astro dev`, and says where to open the editor.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { EDITOR, REPOSITORY } from '#/src/config.ts';
import { ADMIN_URL } from '#/src/lib/urls.ts';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const DEV_PORT = 4321;

const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
if (git('rev-parse', '--is-inside-work-tree').stdout.trim() !== 'true') {
  console.error(
    'El editor local trabaja sobre un clon de git del repositorio: clónalo con «git clone» y vuelve a intentarlo.',
  );
  process.exit(1);
}
if (git('rev-parse', '--verify', '--quiet', `refs/heads/${REPOSITORY.branch}`).status !== 0) {
  console.error(
    `Falta la rama «${REPOSITORY.branch}» en este clon; el editor publica en ella (src/config.ts, REPOSITORY.branch).`,
  );
  process.exit(1);
}

const children: ChildProcess[] = [];
const start = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    // One without the other is no editor: stop both.
    for (const other of children) if (other !== child) other.kill('SIGTERM');
    process.exitCode = code ?? 0;
  });
  return child;
};

const built = spawnSync(bin('node'), ['scripts/construir-editor.ts'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

start(bin('decap-server'), [], {
  MODE: 'git',
  BIND_HOST: EDITOR.localProxy.host,
  PORT: String(EDITOR.localProxy.port),
  GIT_REPO_DIRECTORY: root,
  LOG_LEVEL: 'warn',
});
start(bin('astro'), ['dev', '--host', EDITOR.localProxy.host, '--port', String(DEV_PORT)]);
console.log(
  `\nEditor local: abre http://${EDITOR.localProxy.host}:${DEV_PORT}${ADMIN_URL}index.html y pulsa «Iniciar sesión».\n` +
    'Lo que guardes queda en ramas «cms/…» de este clon hasta que lo publiques desde el editor. Ctrl+C para salir.\n',
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGTERM');
  });
}
