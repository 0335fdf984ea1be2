// Which reading a file gets: Markdown for .md/.markdown (and the news-draft language), plain text otherwise.
import type { DocumentFormat } from './types';

export function formatFor(path: string): DocumentFormat {
  return /\.(md|markdown|mdown|mkd|mdx)$/i.test(path) ? 'markdown' : 'text';
}
