/** The scenarios themselves: enough of them, valid projects, and covering what they claim to. */
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { validateProject } from '../graph';
import { projectFor } from './harness';
import { placementsOf, type Placement } from './scenario';
import { allScenarios, topics } from './scenarios';
import { outputs, propSamples } from './scenarios/outputs';

const catalog = createCatalog();

describe('the conformance scenarios', () => {
  it('number at least 40, with unique names', () => {
    expect(allScenarios.length).toBeGreaterThanOrEqual(40);
    expect(new Set(allScenarios.map((s) => s.name)).size).toBe(allScenarios.length);
  });

  it.each(allScenarios.map((s) => [s.name, s] as const))('%s: a valid project on each placement, with a source per callback', (_name, scenario) => {
    for (const placement of placementsOf(scenario)) {
      const problems = validateProject(projectFor(scenario, placement), catalog, { callbackIds: new Set(Object.keys(scenario.callbacks)) });
      expect(problems.filter((p) => p.severity === 'error'), `${placement} placement`).toEqual([]);
    }
    expect(Object.keys(scenario.callbacks).sort()).toEqual(scenario.project.callbacks.map((c) => c.id).sort());
    if (scenario.knownBug && typeof scenario.knownBug === 'object') {
      for (const p of Object.keys(scenario.knownBug)) expect(placementsOf(scenario)).toContain(p);
    }
  });

  it('mixed scenarios really mix placements, and data scenarios are server-only', () => {
    for (const s of allScenarios) {
      const kinds = new Set(s.project.callbacks.map((c) => c.placement));
      if (placementsOf(s).includes('mixed')) expect(kinds, s.name).toEqual(new Set(['server', 'client']));
      if (s.data) expect(placementsOf(s), s.name).not.toContain('client');
    }
  });

  it('run on every placement: server and client for most, mixed for the batching ones', () => {
    const count = (p: Placement): number => allScenarios.filter((s) => placementsOf(s).includes(p)).length;
    expect(count('server')).toBeGreaterThanOrEqual(40);
    expect(count('client')).toBeGreaterThanOrEqual(35);
    expect(count('mixed')).toBeGreaterThanOrEqual(5);
    expect(Object.keys(topics).length).toBeGreaterThanOrEqual(8);
  });

  it('set every prop of every component type somewhere in "outputs"', () => {
    for (const [type, info] of catalog) {
      expect(Object.keys(propSamples[type] ?? {}).sort(), type).toEqual([...info.props].sort());
      for (const [prop, value] of Object.entries(propSamples[type]!)) {
        expect(info.propSchema(prop)!.safeParse(value).success, `${type}.${prop} sample fits its schema`).toBe(true);
      }
    }
    const written = new Set(outputs.flatMap((s) => s.project.callbacks.flatMap((c) => c.outputs.map((o) => `${o.id}.${o.prop}`))));
    for (const [type, info] of catalog) for (const prop of info.props) expect(written.has(`the_${type}.${prop}`), `${type}.${prop}`).toBe(true);
  });
});
