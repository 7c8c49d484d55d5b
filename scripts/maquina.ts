/**
 * `npm test`, `npm run serve` and `npm run bench` first check that this machine has what the browser tests
 * and the local server need from Debian: Chromium, nginx and nginx's brotli modules, and LibreOffice Calc (without
 * its graphical interface), which reads the open data's CSV files back as a spreadsheet does. When something is
 * missing, as root on a machine with apt it installs it (one line says so); otherwise it stops at once with
 * the one command to run, instead of letting a hundred browser tests fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What the tests and the server use, where Debian puts it, and the package that brings it. */
export const REQUIREMENTS = [
  { path: '/usr/bin/chromium', package: 'chromium' },
  { path: '/usr/sbin/nginx', package: 'nginx-light' },
  { path: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', package: 'libnginx-mod-http-brotli-static' },
  { path: '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so', package: 'libnginx-mod-http-brotli-filter' },
  { path: '/usr/bin/soffice', package: 'libreoffice-calc-nogui' },
  { path: '/usr/bin/goaccess', package: 'goaccess' },
] as const;

/** What the check sees of the machine: which files exist, whether it runs as root, whether apt is there. */
export interface Machine {
  exists: (path: string) => boolean;
  isRoot: boolean;
  hasApt: boolean;
}

/** What to do: nothing, install these packages, or stop with this message. */
export type Plan =
  | { action: 'listo' }
  | { action: 'instalar'; packages: string[]; line: string }
  | { action: 'detener'; packages: string[]; message: string };

/** The command that installs `packages` on Debian or Ubuntu. */
export const installCommand = (packages: readonly string[], sudo: boolean): string =>
  `${sudo ? 'sudo ' : ''}apt-get update && ${sudo ? 'sudo ' : ''}apt-get install -y ${packages.join(' ')}`;

/** What to do on `machine`. */
export function planFor(machine: Machine): Plan {
  const packages = REQUIREMENTS.filter(({ path }) => !machine.exists(path)).map((requirement) => requirement.package);
  if (packages.length === 0) return { action: 'listo' };
  if (machine.isRoot && machine.hasApt) {
    return {
      action: 'instalar',
      packages,
      line: `Faltan paquetes de Debian para el navegador, el servidor, la hoja de cálculo y el conteo del registro de las pruebas; instalando con apt-get: ${packages.join(', ')}.`,
    };
  }
  const command = installCommand(packages, !machine.isRoot);
  return {
    action: 'detener',
    packages,
    message: machine.hasApt
      ? `Faltan paquetes de Debian que usan las pruebas de navegador, el servidor local, la hoja de cálculo y el conteo del registro: ${packages.join(', ')}.\nInstálalos una vez con:\n\n  ${command}\n`
      : `Faltan ${packages.join(', ')} y esta máquina no tiene apt. Las pruebas necesitan Chromium en /usr/bin/chromium, nginx con sus módulos brotli (/usr/sbin/nginx, /usr/lib/nginx/modules/ngx_http_brotli_static_module.so y ngx_http_brotli_filter_module.so), LibreOffice Calc (/usr/bin/soffice) y GoAccess (/usr/bin/goaccess), como los instala Debian o Ubuntu con:\n\n  ${command}\n`,
  };
}

/** This machine, as the check sees it. */
export const thisMachine = (): Machine => ({
  exists: existsSync,
  isRoot: process.getuid?.() === 0,
  hasApt: existsSync('/usr/bin/apt-get'),
});

if (import.meta.main) {
  const plan = planFor(thisMachine());
  if (plan.action === 'detener') {
    console.error(plan.message);
    process.exit(1);
  }
  if (plan.action === 'instalar') {
    console.log(plan.line);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', ...plan.packages],
    ]) {
      const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (run.status !== 0) {
        console.error(
          `apt-get ${args[0] ?? ''} falló (código ${String(run.status)}); corre a mano: ${installCommand(plan.packages, false)}`,
        );
        process.exit(1);
      }
    }
    const still = planFor(thisMachine());
    if (still.action !== 'listo') {
      console.error(`apt-get terminó, pero siguen faltando: ${still.packages.join(', ')}.`);
      process.exit(1);
    }
  }
}
