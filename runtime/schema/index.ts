export * from './project';
export * from './problems';
export * from './catalog';
export * from './parse';
export * from './migrate';
export * from './jsonSchema';
