import { expect, test } from 'vitest';
import { planFor, REQUIREMENTS } from '#/scripts/maquina.ts';

const everything = REQUIREMENTS.map(({ path }) => path);
const only = (paths: readonly string[]) => (path: string) => paths.includes(path);

test('with chromium, nginx, the brotli modules, LibreOffice Calc and GoAccess in place there is nothing to do', () => {
  expect(planFor({ exists: only(everything), isRoot: false, hasApt: true })).toEqual({ action: 'listo' });
});

test('as root with apt, what is missing is installed, and one line says so', () => {
  const plan = planFor({ exists: only(['/usr/sbin/nginx']), isRoot: true, hasApt: true });
  expect(plan).toEqual({
    action: 'instalar',
    packages: [
      'chromium',
      'libnginx-mod-http-brotli-static',
      'libnginx-mod-http-brotli-filter',
      'libreoffice-calc-nogui',
      'goaccess',
    ],
    line: expect.stringContaining(
      'instalando con apt-get: chromium, libnginx-mod-http-brotli-static, libnginx-mod-http-brotli-filter, libreoffice-calc-nogui, goaccess',
    ),
  });
});

test('without root, it stops at once with the exact command, in Spanish', () => {
  const plan = planFor({ exists: only([]), isRoot: false, hasApt: true });
  expect(plan.action).toBe('detener');
  expect(plan.action === 'detener' && plan.message).toContain(
    'sudo apt-get update && sudo apt-get install -y chromium nginx-light libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter libreoffice-calc-nogui goaccess',
  );
  expect(plan.action === 'detener' && plan.message).toContain('Faltan paquetes de Debian');
});

test('without apt, it names the files the tests need and the Debian packages that bring them', () => {
  const plan = planFor({ exists: only(['/usr/bin/chromium']), isRoot: true, hasApt: false });
  expect(plan.action === 'detener' && plan.message).toMatch(/no tiene apt[\s\S]*\/usr\/sbin\/nginx[\s\S]*nginx-light/);
});
