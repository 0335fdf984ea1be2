// Configuration: the shape (types.ts), the validator (validate.ts), and how it becomes engine options.
import type { EngineOptions } from '../engine';
import type { AttributionLintConfig } from './types';

export type { AttributionLintConfig } from './types';
export { validateConfig, mergeConfigs, SEVERITIES, type ConfigValidation } from './validate';

export const CONFIG_FILE = '.attributionlintrc.json';

/** The engine options a configuration asks for. */
export function engineOptionsFrom(config: AttributionLintConfig): EngineOptions {
  return {
    rules: config.rules,
    lexicon: { cues: config.cues, hedges: config.hedges, agencies: config.agencies, anonymousSources: config.anonymousSources },
  };
}
