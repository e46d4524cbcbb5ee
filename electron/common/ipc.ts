/**
 * The single IPC channel: every host call travels as (channel, request) over it, typed by the
 * channel map in runtime/contracts/hostChannels.ts and validated with zod in main.
 */
export const HOST_IPC_CHANNEL = 'dashwright:host';

/** The scheme the editor is served from (Monaco's workers fail under file://). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://editor`;
