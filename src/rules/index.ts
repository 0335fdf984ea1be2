// The rule registry. Severity comes from configuration, falling back to each rule's default.
import type { Diagnostic, Figure, Severity } from '../engine/types';
import { minorFigure } from './minor-figure';
import type { Rule, RuleMeta } from './rule';
import { unattributedFigure } from './unattributed-figure';
import { vagueAttribution } from './vague-attribution';

export type { Rule, RuleMeta } from './rule';
export const rules: readonly Rule[] = [unattributedFigure, vagueAttribution, minorFigure];
export const ruleIds = rules.map((r) => r.meta.id);

export function ruleMeta(id: string): RuleMeta | undefined {
  return rules.find((r) => r.meta.id === id)?.meta;
}

export type RuleSettings = Partial<Record<string, Severity>>;

/** Runs every enabled rule over the figures, in document order. */
export function runRules(figures: Figure[], settings: RuleSettings = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const active = rules
    .map((rule) => ({ rule, severity: settings[rule.meta.id] ?? rule.meta.defaultSeverity }))
    .filter((r) => r.severity !== 'off');
  figures.forEach((figure, index) => {
    for (const { rule, severity } of active) {
      const message = rule.check(figure);
      if (message === null || severity === 'off') continue;
      out.push({ rule: rule.meta.id, severity, message, start: figure.start, end: figure.end, figure: index });
    }
  });
  return out;
}
