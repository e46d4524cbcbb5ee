/**
 * Conformance suite, server and mixed placements: a real app server (port 0, 2 workers) and the
 * real browser runtime over HTTP. Client placement: conformance.client.test.ts.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runScenario } from './driver';
import { startSharedServer, type SharedServer } from './harness';
import { knownBugOn, placementsOf, type Placement } from './scenario';
import { topics } from './scenarios';

let shared: SharedServer | undefined;

beforeAll(async () => {
  shared = await startSharedServer();
});

afterAll(async () => {
  await shared?.close();
});

const placements: Placement[] = ['server', 'mixed'];

for (const [topic, scenarios] of Object.entries(topics)) {
  describe(topic, () => {
    for (const scenario of scenarios) {
      for (const placement of placementsOf(scenario).filter((p) => placements.includes(p))) {
        const bug = knownBugOn(scenario, placement);
        const title = `[${placement}] ${scenario.name}`;
        if (bug) it.fails(`${title} (known bug: ${bug})`, () => runScenario(scenario, placement, shared));
        else it(title, () => runScenario(scenario, placement, shared));
      }
    }
  });
}
