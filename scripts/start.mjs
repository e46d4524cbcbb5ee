#!/usr/bin/env node
// `npm start`: the Electron editor when an Electron binary can be had; otherwise the same
// editor in the browser (`dashwright edit`), with one line saying why.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Electron fetches its binary from GitHub on first run; a machine that cannot reach it is told in 5 s, not after a hung download. */
async function tryDownloadElectron() {
  if (!existsSync(join(electronDir, 'install.js'))) return false;
  const reachable = await fetch('https://github.com', { method: 'HEAD', signal: AbortSignal.timeout(5000) }).then(() => true, () => false);
  if (!reachable) return false;
  console.log('Downloading the Electron binary (first run only)…');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: 'inherit', timeout: 600_000 });
  return result.status === 0;
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

let binary = electronBinary();
if (!binary && !process.env.DASHWRIGHT_NO_ELECTRON && (await tryDownloadElectron())) binary = electronBinary();

if (binary && !process.env.DASHWRIGHT_NO_ELECTRON) {
  const built = existsSync(join(root, 'dist', 'renderer', 'index.html')) && existsSync(join(root, 'dist', 'electron', 'main.cjs'));
  if (!built) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
  run(binary, [root, ...args]);
} else {
  console.log('No Electron binary available (it downloads on first run and this machine cannot reach it): starting the browser editor, `dashwright edit`, instead.');
  run(process.execPath, [join(root, 'bin', 'dashwright.mjs'), 'edit', ...args]);
}
