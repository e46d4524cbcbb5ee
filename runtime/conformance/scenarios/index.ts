/** Every conformance scenario, grouped by topic. */
import type { Scenario } from '../scenario';
import { basics } from './basics';

export const topics: Record<string, Scenario[]> = {
  basics,
};

export const allScenarios: Scenario[] = Object.values(topics).flat();
