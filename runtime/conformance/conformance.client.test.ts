// @vitest-environment happy-dom
/**
 * Conformance suite, client placement: every callback moved to the browser and run by the
 * runtime (in happy-dom) from the compiled client bundle; no request may reach a server.
 */
import { describe } from 'vitest';
import { scenarioTest } from './driver';
import { placementsOf } from './scenario';
import { topics } from './scenarios';

for (const [topic, scenarios] of Object.entries(topics)) {
  const here = scenarios.filter((s) => placementsOf(s).includes('client'));
  if (here.length > 0) describe(topic, () => here.forEach((scenario) => scenarioTest(scenario, 'client')));
}
