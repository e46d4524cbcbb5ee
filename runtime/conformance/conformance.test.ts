/**
 * Conformance suite, server and mixed placements: one real app server (port 0, 2 workers) for
 * the file, each scenario swapped in with setApp, driven by the real browser runtime over HTTP.
 * Client placement: conformance.client.test.ts.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { scenarioTest } from './driver';
import { startSharedServer, type SharedServer } from './harness';
import { placementsOf } from './scenario';
import { topics } from './scenarios';

let shared: SharedServer | undefined;

beforeAll(async () => {
  shared = await startSharedServer();
});

afterAll(async () => {
  await shared?.close();
});

for (const [topic, scenarios] of Object.entries(topics)) {
  const runs = scenarios.flatMap((scenario) => placementsOf(scenario).filter((p) => p !== 'client').map((placement) => ({ scenario, placement })));
  if (runs.length > 0) describe(topic, () => runs.forEach(({ scenario, placement }) => scenarioTest(scenario, placement, () => shared)));
}
