// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; the driver lists every rule
// (id, descriptions, docs page as helpUri, default level); each result points at the figure with a
// 1-based region whose columns are UTF-16 code units, as the engine counts them.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../../rules';
import type { Severity } from '../../engine/types';
import { problemLine, type Formatter } from '../types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/attribution-lint/attribution-lint';

type Level = 'error' | 'warning' | 'note' | 'none';

export function sarifLevel(severity: Severity): Level {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  if (severity === 'off') return 'none';
  return 'note';
}

/** A file's location: relative to the working folder (uriBaseId %SRCROOT%) when inside it, else a file: URI. */
export function artifactLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

export const sarif: Formatter = (reports, ctx) => {
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const driverRules = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.description },
    helpUri: r.meta.docs,
    help: { text: `${r.meta.description} See ${r.meta.docs}`, markdown: `${r.meta.description} [Documentation](${r.meta.docs})` },
    defaultConfiguration: r.meta.defaultSeverity === 'off' ? { enabled: false, level: 'note' as Level } : { level: sarifLevel(r.meta.defaultSeverity) },
  }));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.rule,
      ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule)! } : {}),
      level: sarifLevel(d.severity),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(r.path, ctx.cwd),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'attribution-lint', version: ctx.version, semanticVersion: ctx.version, informationUri: INFORMATION_URI, rules: driverRules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: ctx.problems.length === 0,
            toolExecutionNotifications: ctx.problems.map((p) => ({
              level: 'error',
              message: { text: problemLine(p) },
              ...(p.path !== null ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(p.path, ctx.cwd) } }] } : {}),
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
