import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import * as zod from 'zod';
import { SHARED_MODULES_GLOBAL, type SharedModuleName } from '../schema/componentModules';
import * as authoring from './authoring';

/**
 * Gives project components (compiled with those imports left out, see runtime/server/componentCompile.ts)
 * this bundle's React, zod and `dashwright/component`: one React instance renders everything.
 */
export function provideSharedModules(target: object = globalThis): void {
  const modules: Record<SharedModuleName, unknown> = {
    react: React,
    'react/jsx-runtime': jsxRuntime,
    zod,
    'dashwright/component': authoring,
  };
  (target as Record<string, unknown>)[SHARED_MODULES_GLOBAL] = modules;
}
