/** Every conformance scenario, grouped by topic. */
import type { Scenario } from '../scenario';
import { basics } from './basics';
import { chains } from './chains';
import { choices } from './choices';
import { concurrency } from './concurrency';
import { context } from './context';
import { dashModel } from './dashModel';
import { data } from './data';
import { errors } from './errors';
import { initialLoad } from './initialLoad';
import { patterns } from './patterns';
import { outputs } from './outputs';
import { results } from './results';
import { roundtrips } from './roundtrips';
import { runningAndOnError } from './runningAndOnError';
import { table } from './table';
import { utilities } from './utilities';
import { values } from './values';

export const topics: Record<string, Scenario[]> = {
  basics,
  context,
  initialLoad,
  patterns,
  chains,
  outputs,
  results,
  errors,
  data,
  values,
  roundtrips,
  concurrency,
  utilities,
  choices,
  table,
  dashModel,
  runningAndOnError,
};

export const allScenarios: Scenario[] = Object.values(topics).flat();
