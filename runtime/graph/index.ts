export { buildGraph, upstreamOf, type CallbackNode, type DependencyGraph, type GraphSource } from './build';
export { planCascade, planInitial, readsOf } from './plan';
export { validateProject, type ValidateOptions } from './validate';
