import { createFromTemplate } from '../templates';

export async function newCommand(opts: { dir: string; template: string; name?: string }): Promise<number> {
  const dir = await createFromTemplate(opts.dir, opts.template, opts.name);
  process.stdout.write(`created ${dir} from template "${opts.template}"\nnext: npx dashwright edit ${dir}\n`);
  return 0;
}
