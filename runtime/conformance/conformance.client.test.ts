// @vitest-environment happy-dom
/**
 * Conformance suite, client placement: every callback runs in the browser runtime (happy-dom),
 * loaded from the compiled client bundle; no request may reach a server.
 */
import { describe, it } from 'vitest';
import { runScenario } from './driver';
import { knownBugOn, placementsOf } from './scenario';
import { topics } from './scenarios';

for (const [topic, scenarios] of Object.entries(topics)) {
  describe(topic, () => {
    for (const scenario of scenarios) {
      if (!placementsOf(scenario).includes('client')) continue;
      const bug = knownBugOn(scenario, 'client');
      const title = `[client] ${scenario.name}`;
      if (bug) it.fails(`${title} (known bug: ${bug})`, () => runScenario(scenario, 'client'));
      else it(title, () => runScenario(scenario, 'client'));
    }
  });
}
