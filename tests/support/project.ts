import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const copied = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A throwaway copy of the project, to build with content a test changes. */
export interface ProjectCopy {
  /** Absolute folder of the copy. */
  dir: string;
  /** Writes (or overwrites) a file, path relative to the copy's root: text, or bytes (an image). */
  write(path: string, content: string | Uint8Array): void;
  /** Runs an `astro` command in the copy; returns its exit code and everything it printed. */
  astro(...args: string[]): { status: number | null; output: string };
  /** Runs an `npm` command in the copy, e.g. `npm('run', 'build')`: Astro, then the search index and host files. */
  npm(...args: string[]): { status: number | null; output: string };
  /** Deletes the copy. */
  remove(): void;
}

/** A clean environment for commands a test runs: vitest exports Vite's import.meta.env values (DEV, SHOW_DRAFTS…). */
export const cleanEnv = (): NodeJS.ProcessEnv => ({
  PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
  HOME: process.env['HOME'] ?? tmpdir(),
  LANG: 'C.UTF-8',
  NO_COLOR: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
});

/** Runs `use` with `process.env` clean, as a command started from it would see it, and restores it. */
export async function withCleanEnv<T>(use: () => Promise<T>): Promise<T> {
  const saved = process.env;
  process.env = cleanEnv();
  try {
    return await use();
  } finally {
    process.env = saved;
  }
}

/**
 * Copies the project (sources, content, public files) next to a link to its node_modules; `env` adds to the
 * clean environment of the commands it runs (the counts file of /impacto/, say).
 */
export function copyProject({ env = {} }: { env?: Record<string, string> } = {}): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'snt-'));
  for (const name of copied) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...cleanEnv(), ...env },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };
  return {
    dir,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    astro: (...args) => run(join(root, 'node_modules/.bin/astro'), args),
    npm: (...args) => run('npm', args),
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
