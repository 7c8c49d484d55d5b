import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { productionNginx } from '#/src/build/serving.ts';
import { IMPACT } from '#/src/config.ts';
import { describeWithheld } from '#/src/lib/withheld.ts';

// The daily publication: a systemd timer on the server, or a scheduled workflow on the repository's host.
// Both run `npm run publicar` into the folder whose `current` link nginx serves.

/** The values of `key` in a systemd unit, in order. */
const unitValues = (file: string, key: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));

const site = productionNginx('ejemplo.gob.mx').root.replace(/\/current$/, '');

test('the service pulls, installs and publishes into the folder nginx serves, then reloads nginx and the editor’s login', () => {
  const service = 'scripts/systemd/micrositio-publicar.service';
  expect(unitValues(service, 'ExecStart')).toEqual([
    '/usr/bin/git pull --ff-only',
    '/usr/bin/npm ci --no-audit --no-fund',
    `/usr/bin/npm run publicar -- ${site}`,
  ]);
  expect(unitValues(service, 'ExecStartPost')).toEqual([
    '+/usr/bin/systemctl reload nginx',
    '+/usr/bin/systemctl try-restart micrositio-acceso.service',
  ]);
  expect(unitValues(service, 'Type')).toEqual(['oneshot']);
  expect(unitValues(service, 'User')).not.toContain('root');
});

test('the timer runs it every day just after scheduled entries become due (00:00 UTC), and catches up after a stop', () => {
  const timer = 'scripts/systemd/micrositio-publicar.timer';
  expect(unitValues(timer, 'OnCalendar')).toEqual(['*-*-* 00:05:00 UTC']);
  expect(unitValues(timer, 'Persistent')).toEqual(['true']);
  expect(unitValues(timer, 'WantedBy')).toEqual(['timers.target']);
});

test('the scheduled workflow publishes at the same hour with the same command', () => {
  const workflow = parse(readFileSync('.github/workflows/publicar.yml', 'utf8')) as {
    on: { schedule: { cron: string }[] };
    jobs: { publicar: { steps: { run?: string }[] } };
  };
  expect(workflow.on.schedule).toEqual([{ cron: '5 0 * * *' }]);
  const runs = workflow.jobs.publicar.steps.flatMap((step) => (step.run ? [step.run] : []));
  expect(runs).toContain('npm ci --no-audit --no-fund');
  expect(runs).toContain('npm run publicar -- "$DESTINO"');
});

test('the build log names what it left out and the next scheduled change', () => {
  const log = describeWithheld([
    { filePath: 'content/capsulas/b.md', withheld: { reason: 'programada', date: new Date('2027-03-02T00:00:00Z') } },
    { filePath: 'content/planes/borrador.mdx', withheld: { reason: 'borrador' } },
    { filePath: 'content/capsulas/a.md', withheld: { reason: 'programada', date: new Date('2027-01-15T00:00:00Z') } },
    { filePath: 'content/abc/c.md', withheld: { reason: 'programada', date: new Date('2027-01-15T00:00:00Z') } },
  ]);
  expect(log.split('\n')).toEqual([
    'Se dejaron fuera de la construcción 4 entradas sin publicar:',
    '  content/capsulas/b.md (programada para el 2027-03-02)',
    '  content/planes/borrador.mdx (borrador)',
    '  content/capsulas/a.md (programada para el 2027-01-15)',
    '  content/abc/c.md (programada para el 2027-01-15)',
    'Próximo cambio programado: el 2027-01-15 a las 00:00 UTC se publican content/capsulas/a.md, content/abc/c.md.',
  ]);
  expect(describeWithheld([{ filePath: 'x.md', withheld: { reason: 'borrador' } }])).not.toContain('Próximo');
});

test('before publishing, the service that counts the access log for /impacto/ runs and ends, writing only its folder', () => {
  const publish = 'scripts/systemd/micrositio-publicar.service';
  expect(unitValues(publish, 'Wants').join(' ')).toContain('micrositio-impacto.service');
  expect(unitValues(publish, 'After').join(' ')).toContain('micrositio-impacto.service');
  const count = 'scripts/systemd/micrositio-impacto.service';
  expect(unitValues(count, 'Type')).toEqual(['oneshot']);
  expect(unitValues(count, 'ExecStart')).toEqual([`${site}/repositorio/node_modules/.bin/node scripts/impacto.ts`]);
  expect(unitValues(count, 'ReadWritePaths')).toEqual([IMPACT.folder]);
  expect(unitValues(count, 'ProtectSystem')).toEqual(['strict']);
  // The log belongs to www-data:adm (README's logrotate rule): the group lets it read, nothing more.
  expect(unitValues(count, 'SupplementaryGroups')).toEqual(['adm']);
  expect(unitValues(count, 'User')).toEqual(['micrositio']);
});
