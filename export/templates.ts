import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { serializeProject } from '../runtime/schema/parse';
import type { Project } from '../runtime/schema/project';
import { packageRoot } from './paths';

const EXAMPLES = join(packageRoot(), 'examples');

const DESCRIPTIONS: Record<string, string> = {
  blank: 'An empty project',
  hello: 'A slider wired to a text: the smallest reactive app',
  gapminder: "Dash's tutorial app: a year slider and a region dropdown drive a bubble chart",
  chained: 'Chained callbacks: a country dropdown sets the options of a city dropdown',
  background: 'A background callback with a progress bar and Cancel, and a cached one',
};

export interface TemplateInfo {
  name: string;
  description: string;
}

export async function listTemplates(): Promise<TemplateInfo[]> {
  const names = (await readdir(EXAMPLES, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  return ['blank', ...names.sort()].map((name) => ({ name, description: DESCRIPTIONS[name] ?? name }));
}

/** A template request that cannot be met as asked (unknown template, folder taken): the user's to fix. */
export class TemplateError extends Error {}

/** Create a project folder from a template; refuses to overwrite an existing project. */
export async function createFromTemplate(dir: string, template: string, name?: string): Promise<string> {
  const target = resolve(dir);
  const known = (await listTemplates()).map((t) => t.name);
  if (!known.includes(template)) throw new TemplateError(`unknown template "${template}" (templates: ${known.join(', ')})`);
  if (await exists(join(target, 'dashwright.json'))) throw new TemplateError(`${target} already holds a project (dashwright.json)`);
  if ((await exists(target)) && (await readdir(target)).length > 0) throw new TemplateError(`${target} is not empty; choose an empty or new folder`);
  await mkdir(target, { recursive: true });
  if (template === 'blank') {
    const project: Project = { format: 'dashwright', version: 1, name: name || titleFromFolder(target), layout: { cols: 12, rowHeight: 40 }, components: [], values: [], callbacks: [] };
    await mkdir(join(target, 'callbacks'), { recursive: true });
    await mkdir(join(target, 'data'), { recursive: true });
    await writeFile(join(target, 'dashwright.json'), serializeProject(project));
    return target;
  }
  await cp(join(EXAMPLES, template), target, { recursive: true });
  if (name) {
    const file = join(target, 'dashwright.json');
    const doc = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, `${JSON.stringify({ ...doc, name }, null, 2)}\n`);
  }
  return target;
}

/** "my-dashboard" → "My dashboard" */
function titleFromFolder(dir: string): string {
  const words = basename(dir).replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Untitled';
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
