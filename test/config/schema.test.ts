// The JSON Schema shipped for editors must say what validateConfig accepts: the same keys, the same
// rules and severities, a description for every key, and nothing else.
import { describe, expect, it } from 'vitest';
import schema from '../../src/config/schema.json';
import { SEVERITIES, validateConfig } from '../../src/config';
import { ruleIds, ruleMeta } from '../../src/rules';

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; additionalProperties?: boolean; enum?: string[]; default?: unknown };

function everyProperty(node: Node, path: string, visit: (path: string, node: Node) => void): void {
  for (const [k, v] of Object.entries(node.properties ?? {})) {
    visit(`${path}${k}`, v);
    everyProperty(v, `${path}${k}.`, visit);
  }
  if (node.items) everyProperty(node.items, `${path}[].`, visit);
  for (const alt of node.anyOf ?? []) everyProperty(alt, path, visit);
}

describe('src/config/schema.json', () => {
  it('is draft-07 and closed at the top', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.type).toBe('object');
  });

  it('describes every key', () => {
    const missing: string[] = [];
    everyProperty(schema as Node, '', (path, node) => {
      if (!node.description) missing.push(path);
    });
    expect(missing).toEqual([]);
  });

  it('has the keys the validator knows, and the validator refuses any other', () => {
    const keys = Object.keys(schema.properties);
    expect(keys).toEqual(['$schema', 'rules', 'cues', 'hedges', 'agencies', 'anonymousSources', 'extensions', 'ignore']);
    const samples: Record<string, unknown> = { $schema: 'x', rules: {}, cues: ['opine'], hedges: ['reputedly'], agencies: ['Reuters'], anonymousSources: ['insiders'], extensions: ['.md'], ignore: ['a/**'] };
    for (const k of keys) expect(validateConfig({ [k]: samples[k] }).errors, k).toEqual([]);
    expect(validateConfig({ notAKey: 1 }).errors[0]).toMatch(/^notAKey: unknown key/);
  });

  it('lists every rule with the severity enum and its default', () => {
    const rules = schema.properties.rules as Node;
    expect(rules.additionalProperties).toBe(false);
    expect(Object.keys(rules.properties!)).toEqual(ruleIds);
    for (const id of ruleIds) {
      const p = rules.properties![id];
      expect(p.enum).toEqual([...SEVERITIES]);
      expect(p.default).toBe(ruleMeta(id)!.defaultSeverity);
    }
  });

  it('agency kinds match what the validator accepts', () => {
    const kinds = (schema.properties.agencies as Node).items!.anyOf![1].properties!.kind.enum!;
    for (const kind of kinds) expect(validateConfig({ agencies: [{ name: 'X', kind }] }).errors).toEqual([]);
    expect(validateConfig({ agencies: [{ name: 'X', kind: 'blog' }] }).errors).toHaveLength(1);
  });
});
