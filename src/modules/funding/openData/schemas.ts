/**
 * Validators for the exports built from the official schemas in ../shared/standards (OCDS 1.1.5
 * is JSON Schema draft-04, 360Giving 1.4 is 2020-12). Used by the tests and `qogam funding
 * validate-exports`; a failing export fails CI.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv04Module from 'ajv-draft-04';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** These packages are CommonJS with an `exports.default`; under ESM the class may sit on `.default`. */
const cjs = <T>(m: T): T extends { default: infer D } ? D : T => ((m as { default?: unknown }).default ?? m) as never;
const Ajv04 = cjs(Ajv04Module);
const Ajv2020 = cjs(Ajv2020Module);
const addFormats = cjs(addFormatsModule);

const STANDARDS = fileURLToPath(new URL('../../../../../shared/standards/', import.meta.url));
const load = (p: string) => JSON.parse(readFileSync(`${STANDARDS}${p}`, 'utf8')) as Record<string, unknown>;

export interface Validators {
  releasePackage: ValidateFunction;
  recordPackage: ValidateFunction;
  giving360: ValidateFunction;
}

let cached: Validators | null = null;

function without$schema(s: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _declared, ...rest } = s;
  return rest;
}

export function validators(): Validators {
  if (cached) return cached;
  // OCDS' schemas declare `deprecated` and other annotation keywords; they are not validation rules.
  const ocds = new Ajv04({ strict: false, allErrors: true });
  addFormats(ocds as never);
  const release = load('ocds-1.1.5/release-schema.json');
  const versioned = load('ocds-1.1.5/versioned-release-validation-schema.json');
  const record = load('ocds-1.1.5/record-schema.json');
  ocds.addSchema(release);
  ocds.addSchema(versioned);
  ocds.addSchema(record);
  const g = new Ajv2020({ strict: false, allErrors: true });
  addFormats(g as never);
  // 360Giving writes the 2020-12 meta-schema address with http: rather than https:, which Ajv does
  // not know; the schemas are 2020-12 all the same, so the declaration is dropped.
  const grant = without$schema(load('360giving/360-giving-schema.json'));
  // The package schema refers to the grant schema by its 1.4.2 address while the grant schema
  // calls itself 1.4.3; register the same document under the address the package uses.
  g.addSchema({
    ...grant,
    $id: 'https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json',
  });
  cached = {
    releasePackage: ocds.compile(load('ocds-1.1.5/release-package-schema.json')),
    recordPackage: ocds.compile(load('ocds-1.1.5/record-package-schema.json')),
    giving360: g.compile(without$schema(load('360giving/360-giving-package-schema.json'))),
  };
  return cached;
}

/** Errors as short lines ("/releases/3/tender/value/amount must be number"), for test messages and the CLI. */
export function describeErrors(errors: ErrorObject[] | null | undefined, max = 20): string {
  return (errors ?? [])
    .slice(0, max)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}
