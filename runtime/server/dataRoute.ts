import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './http';
import { DataFolder } from './worker/data';

/**
 * GET /_dashwright/data/<name>: an image of the project's data/ folder, for props that name one
 * as ctx.data does (`image.src: "logo.png"`), or a script that `settings.allowScripts` lists
 * (`includeScript.src: "widget.js"`). Only those are served; a name that leads outside data/ is
 * refused (400), as ctx.data refuses it; files are read as they are now (ETag).
 */
export const DATA_PREFIX = '/_dashwright/data/';

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.bmp': 'image/bmp',
};

const SCRIPT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
};

/** The file name a path under DATA_PREFIX names, or why it is refused. */
export function dataFileName(rest: string): { ok: true; name: string } | { ok: false; error: string } {
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, error: 'bad data file path' };
    }
    if (segment === '' || segment === '.' || segment === '..' || /[\\\0]/.test(segment) || segment.includes('/')) {
      return { ok: false, error: `refused: ${JSON.stringify(rest)} is not a file name inside data/` };
    }
    segments.push(segment);
  }
  return { ok: true, name: segments.join('/') };
}

export async function serveDataFile(
  req: IncomingMessage,
  res: ServerResponse,
  rest: string,
  dataDir: string | undefined,
  headOnly: boolean,
  allowScripts: readonly string[] = [],
): Promise<void> {
  const named = dataFileName(rest);
  if (!named.ok) return sendError(res, 400, named.error, { headOnly });
  const extension = path.extname(named.name).toLowerCase();
  const scriptType = SCRIPT_TYPES[extension];
  if (scriptType && !allowScripts.some((entry) => entry.trim() === named.name)) {
    return sendError(res, 404, `${named.name} is not listed in the project's settings.allowScripts, so it is not served`, { headOnly });
  }
  const type = scriptType ?? IMAGE_TYPES[extension];
  if (!type) return sendError(res, 404, `only image files of data/ (${Object.keys(IMAGE_TYPES).join(', ')}) and the scripts settings.allowScripts lists are served`, { headOnly });
  let file: string;
  let stat: Awaited<ReturnType<typeof fs.stat>>;
  try {
    file = await new DataFolder(dataDir).resolve(named.name, named.name);
    stat = await fs.stat(file);
    if (!stat.isFile()) throw new Error('not a file');
  } catch (err) {
    const refused = /refused/.test((err as Error).message);
    return sendError(res, refused ? 400 : 404, refused ? `refused: ${named.name} leads outside data/` : `no such file in data/: ${named.name}`, { headOnly });
  }
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    // An SVG opened on its own must not run scripts with the app's origin.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(stat.size) });
  if (headOnly) {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
}
