// `npm run schema`: writes docs/dashwright.schema.json from the zod schema (runtime/schema).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectJsonSchema } from '../runtime/schema/jsonSchema';

const file = join(import.meta.dirname, '..', 'docs', 'dashwright.schema.json');
writeFileSync(file, `${JSON.stringify(projectJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
