// VS Code settings (attributionLint.*) and the workspace's .attributionlintrc.json -> one configuration.
// Pure (no 'vscode'): extension.ts reads the values, this decides how they combine.
//
// Precedence: built-in defaults < .attributionlintrc.json < settings the user set explicitly.
// Rule severities merge key by key (a setting for one rule leaves the file's other rules alone);
// word lists (cues, hedges, agencies, anonymous sources) are the union of both.
import { mergeConfigs, validateConfig, type AttributionLintConfig } from '../config';
import type { DocumentFormat } from '../engine';

export const SECTION = 'attributionLint';
export const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'news-draft'];
export const DEFAULT_DEBOUNCE_MS = 300;

/** Documents up to this many characters (UTF-16 code units) are analysed on the extension host. */
export const WORKER_THRESHOLD = 50_000;
/** Default for attributionLint.maxFileSize: larger documents are skipped with a message. */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

export interface ExtensionSettings {
  enable: boolean;
  languages: string[];
  lintOnType: boolean;
  lintOnSave: boolean;
  debounceMs: number;
  maxFileSize: number;
  /** The linting part, exactly as the rc file spells it. */
  config: AttributionLintConfig;
  /** Problems in the settings themselves (unknown rule, bad severity), naming the setting. */
  errors: string[];
}

/** Reads settings through a getter (WorkspaceConfiguration.get in the extension, a plain object in tests). */
export function readSettings(get: <T>(key: string) => T | undefined): ExtensionSettings {
  const num = (key: string, dflt: number, min: number, max: number) => {
    const v = get<number>(key);
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : dflt;
  };
  const list = (key: string) => {
    const v = get<unknown>(key);
    return Array.isArray(v) && v.length > 0 ? v : undefined;
  };
  const rules = { ...(get<Record<string, unknown>>('rules') ?? {}) };
  if (get<boolean>('minorFigures') === true && rules['minor-figure'] === undefined) rules['minor-figure'] = 'hint';
  const raw: Record<string, unknown> = {};
  if (Object.keys(rules).length > 0) raw.rules = rules;
  for (const key of ['cues', 'hedges', 'agencies', 'anonymousSources']) {
    const v = list(key);
    if (v) raw[key] = v;
  }
  const { config, errors } = validateConfig(raw);
  const languages = get<unknown>('languages');
  return {
    enable: get<boolean>('enable') !== false,
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : DEFAULT_LANGUAGES,
    lintOnType: get<boolean>('lintOnType') !== false,
    lintOnSave: get<boolean>('lintOnSave') !== false,
    debounceMs: num('debounceMs', DEFAULT_DEBOUNCE_MS, 0, 10_000),
    maxFileSize: num('maxFileSize', DEFAULT_MAX_FILE_SIZE, 1_000, 100_000_000),
    config,
    errors: errors.map((e) => `${SECTION}.${e}`),
  };
}

const union = (a?: string[], b?: string[]) => (a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined);

/** The configuration a document gets: its folder's rc file, then the user's settings on top. */
export function effectiveConfig(fileConfig: AttributionLintConfig, settingsConfig: AttributionLintConfig): AttributionLintConfig {
  const merged = mergeConfigs(fileConfig, settingsConfig);
  merged.cues = union(fileConfig.cues, settingsConfig.cues);
  merged.hedges = union(fileConfig.hedges, settingsConfig.hedges);
  merged.anonymousSources = union(fileConfig.anonymousSources, settingsConfig.anonymousSources);
  if (fileConfig.agencies || settingsConfig.agencies) merged.agencies = [...(fileConfig.agencies ?? []), ...(settingsConfig.agencies ?? [])];
  for (const k of Object.keys(merged) as (keyof AttributionLintConfig)[]) if (merged[k] === undefined) delete merged[k];
  return merged;
}

/** How the engine reads a document of a language: Markdown for Markdown and news drafts, plain text otherwise. */
export function formatForLanguage(languageId: string): DocumentFormat {
  return languageId === 'markdown' || languageId === 'news-draft' ? 'markdown' : 'text';
}

/** Parses and validates the text of an rc file; every error names the file. */
export function parseConfigFile(text: string, label: string): { config: AttributionLintConfig; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: {}, errors: [`${label}: invalid JSON (${(e as Error).message})`] };
  }
  const { config, errors } = validateConfig(raw);
  return { config, errors: errors.map((e) => `${label}: ${e}`) };
}
