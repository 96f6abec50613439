import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalog } from '.';
import { definitionFields, type ObjectDefinition } from '../schema/define-object';

function variantOption(union: z.ZodDiscriminatedUnion, type: string): z.ZodObject {
  return union.options.find((o) => (o as z.ZodObject).shape['@type'].safeParse(type).success) as z.ZodObject;
}

describe('the catalog', () => {
  it('files each definition under its own name', () => {
    for (const [name, definition] of Object.entries(catalog)) expect(definition.name).toBe(name);
  });

  it('requires on create exactly the fields the sandbox requires (no default, not server-set)', () => {
    for (const definition of Object.values(catalog) as ObjectDefinition[]) {
      if (!definition.create || definition.kind === 'createOnly') continue;
      const shapes = definition.variants
        ? definition.variants.map((v) => ({ variant: v.type, create: variantOption(definition.create as z.ZodDiscriminatedUnion, v.type) }))
        : [{ variant: undefined, create: definition.create as unknown as z.ZodObject }];
      for (const { variant, create } of shapes) {
        const required = Object.entries(create.shape).filter(([name, type]) => name !== '@type' && !(type as z.ZodType).safeParse(undefined).success).map(([name]) => name);
        const described = definitionFields(definition, variant)!.filter((f) => f.required).map((f) => f.name);
        expect(required.sort(), `${definition.name} ${variant ?? ''}`).toEqual(described.sort());
      }
    }
  });

  it('reads a stored x:SpamTag of each variant with its wire schema', () => {
    const wire = catalog['x:SpamTag'].wire;
    expect(wire.safeParse({ id: 'a', '@type': 'Score', tag: 'X', score: 1.5 }).success).toBe(true);
    expect(wire.safeParse({ id: 'b', '@type': 'Reject', tag: 'X' }).success).toBe(true);
    expect(wire.safeParse({ id: 'c', '@type': 'Score', tag: 'X', score: 'high' }).success).toBe(false);
  });
});
