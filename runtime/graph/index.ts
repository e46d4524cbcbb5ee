export { buildAppGraph, buildGraph, upstreamOf, writersOf, type CallbackNode, type DependencyGraph, type GraphSource, type PatternIds } from './build';
export { planCascade, planInitial, readsOf, triggerOf } from './plan';
export { validateProject, type ValidateOptions } from './validate';
