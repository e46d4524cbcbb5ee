#!/usr/bin/env node
// The CLI runs from TypeScript source through tsx, so `npx dashwright` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../export/cli.ts');
process.exitCode = await main(process.argv.slice(2));
