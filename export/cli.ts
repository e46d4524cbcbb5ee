import { parseArgs } from 'node:util';

// Commands load on demand: `new` should not pay for loading TypeScript or esbuild.
const USAGE = `Usage: dashwright <command>

  edit [project] [--port N] [--no-open]   run the editor in the browser
  serve <project> [--port N] [--host H]   serve a project as the exported app would
  validate <project> [--json]             list problems (exit 1 if any error)
  export <project> --out <dir>            write a standalone app folder
  new <dir> [--template NAME] [--name N]  create a project from a template (hello, gapminder, chained, blank)
`;

export class UsageError extends Error {}

/** Runs one CLI command; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        out: { type: 'string' },
        template: { type: 'string' },
        name: { type: 'string' },
        json: { type: 'boolean' },
        open: { type: 'boolean', default: true },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const port = values.port === undefined ? undefined : parsePort(values.port);
    switch (command) {
      case 'edit':
        return await (await import('./commands/edit')).editCommand({ project: positionals[0], port, open: !values['no-open'] });
      case 'serve':
        return await (await import('./commands/serve')).serveCommand({ project: required(positionals[0], 'serve <project>'), port, host: values.host });
      case 'validate':
        return await (await import('./commands/validate')).validateCommand({ project: required(positionals[0], 'validate <project>'), json: Boolean(values.json) });
      case 'export':
        return await (await import('./commands/export')).exportCommand({ project: required(positionals[0], 'export <project> --out <dir>'), out: required(values.out, 'export <project> --out <dir>') });
      case 'new':
        return await (await import('./commands/new')).newCommand({ dir: required(positionals[0], 'new <dir>'), template: values.template ?? 'hello', name: values.name });
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 1 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`dashwright: ${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`dashwright: ${(err as Error).message}\n`);
    return 1;
  }
}

function required(value: string | undefined, usage: string): string {
  if (!value) throw new UsageError(`missing argument: ${usage}`);
  return value;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${text}"`);
  return port;
}
