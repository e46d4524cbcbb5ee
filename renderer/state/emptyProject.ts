import { FORMAT_VERSION, type Project } from '../../runtime/schema';

/** The document before any project is opened (the welcome screen shows instead). */
export function emptyProject(name = 'Untitled'): Project {
  return {
    format: 'dashwright',
    version: FORMAT_VERSION,
    name,
    layout: { cols: 12, rowHeight: 40 },
    components: [],
    values: [],
    callbacks: [],
  };
}
