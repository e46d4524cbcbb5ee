import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*'];
const bareNodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'http', 'https', 'net', 'child_process', 'worker_threads', 'url', 'crypto', 'stream', 'util'];
const noBareNode = (message) => bareNodeBuiltins.map((name) => ({ name, message }));
const pattern = (group, message) => ({ group, message });

/** The layering rules of DESIGN.md §1. */
const layers = [
  {
    files: ['runtime/**/*.{ts,tsx}'],
    ignores: ['runtime/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/renderer/**', '**/electron/**', '**/export/**'], 'runtime imports only itself'),
      ] }],
    },
  },
  {
    files: ['runtime/schema/**/*.ts'],
    ignores: ['runtime/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['../graph/**', '../graph', '../components/**', '../client/**', '../server/**', '../contracts/**', '../callbacks/**', '**/renderer/**', '**/electron/**', '**/export/**'], 'runtime/schema imports nothing of the project'),
      ] }],
    },
  },
  {
    // The boundary contracts (wire, host channels, preview messages, callback results): everyone imports them.
    files: ['runtime/contracts/**/*.ts'],
    ignores: ['runtime/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['../graph/**', '../graph', '../components/**', '../client/**', '../server/**', '../callbacks/**', '../conformance/**', '**/renderer/**', '**/electron/**', '**/export/**'], 'runtime/contracts imports only zod and runtime/schema'),
        pattern(nodeBuiltins, 'runtime/contracts runs in the browser too: no Node APIs'),
      ], paths: noBareNode('runtime/contracts runs in the browser too: no Node APIs') }],
    },
  },
  {
    files: ['runtime/graph/**/*.ts', 'runtime/components/**/*.{ts,tsx}', 'runtime/callbacks/**/*.ts'],
    ignores: ['runtime/**/*.test.{ts,tsx}', 'runtime/components/node/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/client/**', '**/server/**', '**/renderer/**', '**/electron/**', '**/export/**'], 'graph and components import only runtime/schema and runtime/contracts (components may import each other)'),
        pattern(nodeBuiltins, 'graph and components run in the browser too: no Node APIs'),
      ], paths: noBareNode('graph and components run in the browser too: no Node APIs') }],
    },
  },
  {
    // Node's side of the components (reading a project component's definition): Node APIs, no server or page.
    files: ['runtime/components/node/**/*.ts'],
    ignores: ['runtime/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/client/**', '**/server/**', '**/renderer/**', '**/electron/**', '**/export/**'], 'runtime/components/node imports only the components and runtime/schema'),
      ] }],
    },
  },
  {
    files: ['runtime/client/**/*.{ts,tsx}'],
    ignores: ['runtime/client/build.ts', 'runtime/client/componentStyles.ts', 'runtime/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/server/**', '**/renderer/**', '**/electron/**', '**/export/**'], 'the browser runtime never imports the server or the editor'),
        pattern(nodeBuiltins, 'the browser runtime has no Node APIs'),
      ], paths: noBareNode('the browser runtime has no Node APIs') }],
    },
  },
  {
    files: ['runtime/server/**/*.ts'],
    ignores: ['runtime/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/client/**', '**/components/**', '**/renderer/**', '**/electron/**', '**/export/**'], 'the server imports only runtime/schema, runtime/contracts, runtime/graph and runtime/callbacks (the component catalogue is passed in)'),
      ] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/runtime/server/**', '**/runtime/server', '**/electron/**', '**/export/**'], 'the renderer never imports the runtime server, Electron main or the exporter'),
        pattern(nodeBuiltins, 'the renderer has no Node APIs; go through the Host'),
      ], paths: noBareNode('the renderer has no Node APIs; go through the Host') }],
    },
  },
  {
    files: ['export/**/*.ts'],
    ignores: ['export/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/renderer/**'], 'the exporter never imports the editor'),
      ] }],
    },
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'examples/**/callbacks', 'test-results', 'playwright-report', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.tsx', 'runtime/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...layers,
);
