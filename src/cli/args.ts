// Command-line arguments -> options. Pure: no file system, no engine, so --help and --version answer
// before anything heavy is loaded.
import { ruleIds } from '../rules';
import { SEVERITIES } from '../config/validate';
import type { Severity } from '../engine/types';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  /** Files, folders and globs, in the order given; '-' is standard input. */
  patterns: string[];
  format: FormatName;
  /** True when --format was given explicitly. */
  formatGiven: boolean;
  report: boolean;
  /** Exit 1 only when warnings exceed this; null: any warning fails the run. */
  maxWarnings: number | null;
  quiet: boolean;
  config: string | null;
  /** --rule id=severity, in order (later ones win). */
  rules: Record<string, Severity>;
  /** true/false from --color/--no-color; null: decide from the terminal and NO_COLOR. */
  color: boolean | null;
  output: string | null;
  stdinFilename: string | null;
  /** Worker threads; null: decide from the input size and the cores. */
  threads: number | null;
  help: boolean;
  version: boolean;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

export const HELP = `Usage: attribution-lint [options] [file|folder|glob|-]...

Finds every figure in a news draft and checks that the draft says who asserts it.
Folders are searched for .md, .markdown and .txt files (or the configured "extensions");
with no file and piped input, standard input is read.

Options:
  -f, --format NAME         stylish (default), json, sarif, github or compact
      --report              print the ledger: every figure with its status, source and cue
  -q, --quiet               report errors only
      --max-warnings N      exit 1 only when there are more than N warnings
  -c, --config FILE         use this configuration file instead of looking up .attributionlintrc.json
      --rule ID=SEVERITY    set a rule's severity (error, warning, information, hint, off); repeatable
  -o, --output FILE         write the report to FILE instead of standard output
      --stdin-filename NAME name (and format) of the text read from standard input
      --threads N           threads for many files, main thread included (default: 1 per MB, up to 1 per core)
      --color, --no-color   force or disable colours (NO_COLOR is honoured)
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no findings, 1 warnings or errors found, 2 usage, configuration or read error.
Rules: ${ruleIds.join(', ')}.
`;

/** Options that take a value, with their short aliases. */
const VALUE_OPTIONS: Record<string, string> = {
  '--format': 'format',
  '-f': 'format',
  '--max-warnings': 'maxWarnings',
  '--config': 'config',
  '-c': 'config',
  '--rule': 'rule',
  '--output': 'output',
  '-o': 'output',
  '--stdin-filename': 'stdinFilename',
  '--threads': 'threads',
};

const FLAG_OPTIONS: Record<string, string> = {
  '--report': 'report',
  '--quiet': 'quiet',
  '-q': 'quiet',
  '--color': 'color',
  '--no-color': 'noColor',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
};

export function parseArgs(argv: readonly string[]): ParseResult {
  const o: CliOptions = {
    patterns: [],
    format: 'stylish',
    formatGiven: false,
    report: false,
    maxWarnings: null,
    quiet: false,
    config: null,
    rules: {},
    color: null,
    output: null,
    stdinFilename: null,
    threads: null,
    help: false,
    version: false,
  };
  const fail = (error: string): ParseResult => ({ ok: false, error });
  let endOfOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (endOfOptions || arg === '-' || !arg.startsWith('-')) {
      o.patterns.push(arg);
      continue;
    }
    if (arg === '--') {
      endOfOptions = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const flag = FLAG_OPTIONS[name];
    if (flag) {
      if (eq > 0) return fail(`${name} takes no value`);
      if (flag === 'color') o.color = true;
      else if (flag === 'noColor') o.color = false;
      else (o as unknown as Record<string, boolean>)[flag] = true;
      continue;
    }
    const key = VALUE_OPTIONS[name];
    if (!key) return fail(`unknown option ${name} (see --help)`);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) return fail(`${name} needs a value`);
      value = argv[++i];
    }
    switch (key) {
      case 'format':
        if (!(FORMATS as readonly string[]).includes(value)) return fail(`unknown format "${value}" (formats: ${FORMATS.join(', ')})`);
        o.format = value as FormatName;
        o.formatGiven = true;
        break;
      case 'maxWarnings':
        if (!/^\d+$/.test(value)) return fail(`--max-warnings needs a whole number, not "${value}"`);
        o.maxWarnings = Number(value);
        break;
      case 'threads':
        if (!/^[1-9]\d*$/.test(value)) return fail(`--threads needs a whole number of at least 1, not "${value}"`);
        o.threads = Number(value);
        break;
      case 'rule': {
        const m = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(value);
        if (!m) return fail(`--rule needs ID=SEVERITY, like unattributed-figure=error, not "${value}"`);
        if (!ruleIds.includes(m[1])) return fail(`--rule: unknown rule "${m[1]}" (rules: ${ruleIds.join(', ')})`);
        if (!(SEVERITIES as readonly string[]).includes(m[2])) return fail(`--rule ${m[1]}: unknown severity "${m[2]}" (severities: ${SEVERITIES.join(', ')})`);
        o.rules[m[1]] = m[2] as Severity;
        break;
      }
      case 'config':
        o.config = value;
        break;
      case 'output':
        if (value === '') return fail('--output needs a file name');
        o.output = value;
        break;
      case 'stdinFilename':
        o.stdinFilename = value;
        break;
    }
  }
  if (o.report && o.formatGiven && o.format !== 'stylish') return fail(`--report prints a table; it cannot be combined with --format ${o.format} (the json report already lists every figure)`);
  return { ok: true, options: o };
}
