/**
 * runtime/server: the Node runtime of a Dashwright app (DESIGN §4). Compilation lives in
 * ./compile (it loads esbuild lazily, so bundling it into an exported server is harmless).
 */
export { createAppServer, type AppServer, type AppServerOptions, type ClientAssets } from './appServer';
export { compileApp, type CompileInput, type CompileProblem } from './compile';
export { readCompiledApp, writeCompiledApp, COMPILED_APP_FILE, type CompiledApp, type CompiledModule } from './compiledApp';
export { loadProjectFolder, saveProjectFolder, MANIFEST, type LoadProjectOptions, type LoadProjectResult, type SaveResult } from './projectFolder';
export { runCascade, DEFAULT_BACKGROUND_TIMEOUT_MS, type CascadeOptions } from './cascade';
export { CallbackCache, type CallbackCacheOptions } from './callbackCache';
export { JobManager, type JobManagerOptions, type JobRequest, type JobStart } from './jobs';
export { checkUpdateRequest, type RequestCheck } from './cascadeRequest';
export { prepareApp, type LoadedApp } from './loadedApp';
export { WorkerPool, type Invocation, type LoadSpec, type WorkerPoolOptions } from './worker/pool';
export type { InvokeOutcome } from './worker/protocol';
export type { CallbackContext } from './worker/call';
export type { DataApi } from './worker/data';
export { workerEntryPath } from './workerEntry';
export { MAX_BODY_BYTES } from './http';
