import { exportProject } from '../exportApp';

export async function exportCommand(opts: { project: string; out: string }): Promise<number> {
  const result = await exportProject({
    projectDir: opts.project,
    outDir: opts.out,
    onProgress: (step) => process.stdout.write(`  ${step}\n`),
  });
  process.stdout.write(`exported ${result.files} files to ${result.outDir}\nrun it: cd ${result.outDir} && node server.mjs\n`);
  return 0;
}
