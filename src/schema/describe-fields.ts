// Turns a zod object schema into neutral field descriptors, through z.toJSONSchema and the
// metadata attached with .meta(). Both the sandbox validator and the form engine read these.
import { z } from 'zod';
import type { EnumOption, FieldDescriptor, UpdateMode, WireKind } from './field-descriptor';
import type { StringRewrite } from './stored-form';
import { toWireValue } from './wire-codec';

interface JsonSchemaNode {
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minItems?: number;
  [key: string]: unknown;
}

const cache = new WeakMap<z.ZodObject, FieldDescriptor[]>();

export function describeFields(schema: z.ZodObject): FieldDescriptor[] {
  const cached = cache.get(schema);
  if (cached) return cached;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, JsonSchemaNode> };
  const fields = Object.entries(json.properties ?? {}).map(([name, node]) => describeNode(name, node));
  cache.set(schema, fields);
  return fields;
}

function describeNode(name: string, node: JsonSchemaNode): FieldDescriptor {
  // zod writes a nullable scalar as type ["string", "null"] and a nullable union as anyOf.
  const nullable = (Array.isArray(node.type) && node.type.includes('null')) || (node.anyOf?.some((n) => n.type === 'null') ?? false);
  // For nullable or union fields the bounds live on the first non-null member.
  const inner = node.anyOf?.find((n) => n.type !== 'null') ?? node;
  const kind = node.kind as WireKind;
  const update = (node.update as UpdateMode | undefined) ?? 'mutable';
  const descriptor: FieldDescriptor = {
    name,
    kind,
    label: String(node.label ?? name),
    nullable,
    required: false,
    update,
  };
  copyString(node, descriptor, 'description');
  copyString(node, descriptor, 'section');
  copyString(node, descriptor, 'placeholder');
  copyString(node, descriptor, 'expressionContext');
  copyString(node, descriptor, 'widget');
  if (typeof node.itemKind === 'string') descriptor.itemKind = node.itemKind as WireKind;
  if (Array.isArray(node.options)) descriptor.options = node.options as EnumOption[];
  if (Array.isArray(node.rewrites)) descriptor.rewrites = node.rewrites as StringRewrite[];
  if (typeof inner.minimum === 'number' && Math.abs(inner.minimum) < Number.MAX_SAFE_INTEGER) descriptor.min = inner.minimum;
  if (typeof inner.maximum === 'number' && Math.abs(inner.maximum) < Number.MAX_SAFE_INTEGER) descriptor.max = inner.maximum;
  if (typeof node.consoleMax === 'number') descriptor.consoleMax = node.consoleMax;
  if (typeof inner.maxLength === 'number') descriptor.maxLength = inner.maxLength;
  if (typeof inner.minItems === 'number' && inner.minItems > 0) descriptor.minItems = inner.minItems;
  if (node.default !== undefined) descriptor.defaultValue = toWireValue(descriptor, node.default);
  else if (nullable) descriptor.defaultValue = null;
  descriptor.required = descriptor.defaultValue === undefined && update !== 'serverSet';
  return descriptor;
}

function copyString(node: JsonSchemaNode, target: FieldDescriptor, key: 'description' | 'section' | 'placeholder' | 'expressionContext' | 'widget') {
  const value = node[key];
  if (typeof value === 'string') target[key] = value;
}
