import { formatProblem } from '../../runtime/schema/problems';
import { checkProjectFolder } from '../check';

export async function validateCommand(opts: { project: string; json: boolean }): Promise<number> {
  const problems = await checkProjectFolder(opts.project);
  const errors = problems.filter((p) => p.severity === 'error');
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ ok: errors.length === 0, problems }, null, 2)}\n`);
  } else if (problems.length === 0) {
    process.stdout.write(`${opts.project}: no problems\n`);
  } else {
    for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
    process.stdout.write(`${errors.length} error(s), ${problems.length - errors.length} warning(s)\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
