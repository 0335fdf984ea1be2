// Validates a parsed configuration object. Pure (no file system), so the CLI and the extension share
// it. Every problem names the key, as a linter user expects: "rules.unattributed-figur: unknown rule".
import { ruleIds } from '../rules';
import type { AttributionLintConfig } from './types';

export const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
const SOURCE_KINDS = ['person', 'agency', 'organization', 'media', 'document', 'anonymous'];
const KNOWN_KEYS = ['$schema', 'rules', 'cues', 'hedges', 'agencies', 'anonymousSources', 'extensions', 'ignore'];

export interface ConfigValidation {
  config: AttributionLintConfig;
  /** One message per problem, each naming the key. Empty when the configuration is valid. */
  errors: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringList(value: unknown, key: string, errors: string[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.push(`${key}: expected an array of strings`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((v, i) => {
    if (typeof v !== 'string' || v.trim() === '') errors.push(`${key}[${i}]: expected a non-empty string`);
    else out.push(v);
  });
  return out;
}

export function validateConfig(raw: unknown): ConfigValidation {
  const errors: string[] = [];
  const config: AttributionLintConfig = {};
  if (!isObject(raw)) return { config, errors: ['expected a JSON object at the top level'] };
  for (const key of Object.keys(raw)) if (!KNOWN_KEYS.includes(key)) errors.push(`${key}: unknown key (known keys: ${KNOWN_KEYS.slice(1).join(', ')})`);
  if (raw.$schema !== undefined && typeof raw.$schema !== 'string') errors.push('$schema: expected a string (the URL or path of the JSON Schema)');

  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) errors.push('rules: expected an object of rule id to severity');
    else {
      config.rules = {};
      for (const [id, sev] of Object.entries(raw.rules)) {
        if (!ruleIds.includes(id)) errors.push(`rules.${id}: unknown rule (rules: ${ruleIds.join(', ')})`);
        else if (typeof sev !== 'string' || !(SEVERITIES as readonly string[]).includes(sev)) errors.push(`rules.${id}: expected one of ${SEVERITIES.join(', ')}`);
        else config.rules[id] = sev as (typeof SEVERITIES)[number];
      }
    }
  }
  config.cues = stringList(raw.cues, 'cues', errors);
  config.hedges = stringList(raw.hedges, 'hedges', errors);
  config.anonymousSources = stringList(raw.anonymousSources, 'anonymousSources', errors);
  config.ignore = stringList(raw.ignore, 'ignore', errors);
  const ext = stringList(raw.extensions, 'extensions', errors);
  if (ext) {
    ext.forEach((e, i) => {
      if (!/^\.[\w.-]+$/.test(e)) errors.push(`extensions[${i}]: expected an extension starting with a dot, like ".md"`);
    });
    config.extensions = ext;
  }
  if (raw.agencies !== undefined) {
    if (!Array.isArray(raw.agencies)) errors.push('agencies: expected an array of names or { name, aliases, kind } objects');
    else {
      config.agencies = [];
      raw.agencies.forEach((a, i) => {
        if (typeof a === 'string' && a.trim()) config.agencies!.push(a);
        else if (isObject(a) && typeof a.name === 'string' && a.name.trim()) {
          for (const k of Object.keys(a)) if (!['name', 'aliases', 'kind'].includes(k)) errors.push(`agencies[${i}].${k}: unknown key (known keys: name, aliases, kind)`);
          const kind = a.kind ?? 'agency';
          if (typeof kind !== 'string' || !SOURCE_KINDS.includes(kind)) errors.push(`agencies[${i}].kind: expected one of ${SOURCE_KINDS.join(', ')}`);
          const aliases = stringList(a.aliases, `agencies[${i}].aliases`, errors) ?? [];
          config.agencies!.push({ name: a.name, aliases, kind: kind as 'agency' });
        } else errors.push(`agencies[${i}]: expected a name or an object with a "name"`);
      });
    }
  }
  for (const k of Object.keys(config) as (keyof AttributionLintConfig)[]) if (config[k] === undefined) delete config[k];
  return { config, errors };
}

/** Later configurations override earlier ones key by key; rule severities merge. */
export function mergeConfigs(...configs: AttributionLintConfig[]): AttributionLintConfig {
  const out: AttributionLintConfig = {};
  for (const c of configs) {
    for (const [k, v] of Object.entries(c) as [keyof AttributionLintConfig, unknown][]) {
      if (v === undefined) continue;
      if (k === 'rules') out.rules = { ...out.rules, ...(v as Record<string, never>) };
      else (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}
