import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { componentStylesVite } from './runtime/client/componentStyles.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The editor UI (renderer/). `npx vite --config vite.config.ts` serves it; `vite build` writes
 * dist/renderer with relative URLs (base './') so Electron's app:// protocol and the browser-mode
 * host server can both serve it from any path. Monaco workers are imported with `?worker`
 * (Vite bundles them as separate chunks; nothing to configure here).
 */
export default defineConfig({
  root: at('./renderer'),
  base: './',
  plugins: [react(), componentStylesVite()],
  worker: { format: 'es' },
  build: {
    outDir: at('./dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
  },
  server: {
    fs: { allow: [repoRoot] },
  },
});
