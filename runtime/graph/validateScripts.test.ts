import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { scriptAllowed } from '../schema/externalSources';
import { projectSchema, type Project } from '../schema/project';
import { validateProject } from './validate';

const include = (id: string, src: string, y: number) => ({ id, type: 'includeScript', props: { src }, grid: { x: 0, y, w: 2, h: 1 } });

function project(sources: string[], allowScripts?: string[]): Project {
  return projectSchema.parse({
    format: 'dashwright',
    version: 1,
    name: 'T',
    components: sources.map((src, i) => include(`s${i}`, src, i)),
    ...(allowScripts ? { settings: { allowScripts } } : {}),
  });
}

const problems = (p: Project) => validateProject(p, createCatalog()).map((x) => `${x.severity} ${x.code} ${x.path}: ${x.message}`);

describe('validate: includeScript sources', () => {
  it('accepts sources settings.allowScripts lists: exact URLs, URL prefixes ending in "/", files of data/', () => {
    const p = project(['https://cdn.example.com/a.js', 'https://libs.example.org/v2/chart.js', 'widget.js', ''], ['https://cdn.example.com/a.js', 'https://libs.example.org/v2/', 'widget.js']);
    expect(problems(p)).toEqual([]);
  });

  it('flags each includeScript whose src is not listed, naming it', () => {
    const p = project(['https://cdn.example.com/b.js', 'other.js', '../up.js'], ['https://cdn.example.com/a.js']);
    expect(problems(p)).toEqual([
      'error script-not-allowed components[0].props.src: s0: refused: "https://cdn.example.com/b.js" is not listed in the project\'s settings.allowScripts (add it there to load it)',
      'error script-not-allowed components[1].props.src: s1: refused: "other.js" is not listed in the project\'s settings.allowScripts (add it there to load it)',
      'error script-not-allowed components[2].props.src: s2: refused: "../up.js" is not a file name inside data/',
    ]);
  });

  it('scriptAllowed: a prefix must end in "/" and be a URL; no allowScripts allows nothing', () => {
    expect(scriptAllowed('https://cdn.example.com/lib.js', ['https://cdn.example.com'])).toBe(false);
    expect(scriptAllowed('https://cdn.example.com.evil.io/lib.js', ['https://cdn.example.com/'])).toBe(false);
    expect(scriptAllowed('widgets/a.js', ['widgets/'])).toBe(false);
    expect(scriptAllowed('a.js', undefined)).toBe(false);
    expect(scriptAllowed('javascript:alert(1)', ['javascript:alert(1)'])).toBe(false);
  });
});
