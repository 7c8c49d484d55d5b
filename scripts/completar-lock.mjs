// Adds lock-file entries for the other platforms' optional binaries (Astro's compiler,
// Pagefind) that the registry mirror here lacks: without them `npm ci` refuses the lock file.
// Run after every `npm install` that changes package-lock.json: `npm run lock:completar`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));

/** Platform fields npm uses to skip a package on other machines, read from its name. */
function platformOf(name) {
  const part = (word) => new RegExp(`[-/]${word}(-|$)`).test(name);
  const os = ['darwin', 'linux', 'win32', 'android', 'freebsd'].find(part);
  const windows = part('windows') ? 'win32' : undefined;
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'].find(part);
  const libc = name.endsWith('-musl') ? 'musl' : name.endsWith('-gnu') ? 'glibc' : undefined;
  return {
    ...((os ?? windows) && { os: [os ?? windows] }),
    ...(cpu && { cpu: [cpu] }),
    ...(libc && { libc: [libc] }),
  };
}

let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (lock.packages[`node_modules/${name}`] || lock.packages[`${key}/node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = {
      version,
      ...(entry.dev && { dev: true }),
      optional: true,
      ...platformOf(name),
    };
    added += 1;
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} entradas de otras plataformas agregadas.`);
