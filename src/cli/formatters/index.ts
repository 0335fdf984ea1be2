// Format name -> formatter. Every formatter is a pure function of the file reports.
import type { FormatName } from '../args';
import type { Formatter } from '../types';
import { compact } from './compact';
import { github } from './github';
import { json } from './json';
import { ledger } from './ledger';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, compact };
export { ledger };
