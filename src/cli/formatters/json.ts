// The JSON report of ../shared/corpus/README.md: exactly one document, { version: 1, files: [...] },
// each file as the engine's jsonFileReport made it.
import type { Formatter } from '../types';

export const json: Formatter = (reports) => `${JSON.stringify({ version: 1, files: reports })}\n`;
