#!/usr/bin/env node
// `npm test`: typecheck, lint, build, unit tests (Vitest), end-to-end specs (Playwright in
// Chromium). Every stage runs even when an earlier one fails; the last line adds up every
// test: "N passed, N failed, N skipped" (typecheck, lint and build count as one test each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);

function run(name, args, env = {}) {
  if (only.length > 0 && !only.includes(name)) return null;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
  return result.status === 0;
}

function single(name, args) {
  const ok = run(name, args);
  if (ok === null) return;
  if (ok) totals.passed++;
  else totals.failed++;
}

single('typecheck', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
single('lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0']);
single('build', [join(root, 'scripts', 'build.mjs')]);

const vitestJson = join(results, 'vitest.json');
rmSync(vitestJson, { force: true });
const unitOk = run('unit', [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (unitOk !== null) {
  if (existsSync(vitestJson)) {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
    totals.passed += report.numPassedTests;
    // A test file that fails to load has no test results of its own: count it as one failure.
    const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
    totals.failed += report.numFailedTests + brokenFiles;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else totals.failed++;
}

const e2eJson = join(results, 'e2e.json');
rmSync(e2eJson, { force: true });
const e2eOk = run('e2e', [bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
if (e2eOk !== null) {
  if (existsSync(e2eJson)) {
    const { stats } = JSON.parse(readFileSync(e2eJson, 'utf8'));
    totals.passed += stats.expected + (stats.flaky ?? 0);
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
    if (!e2eOk && stats.unexpected === 0) totals.failed++;
  } else totals.failed++;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
