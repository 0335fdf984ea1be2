// Minimal ANSI styling; every function is the identity when colour is off.
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => (s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`);

const ON: Palette = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};
const id = (s: string) => s;
const OFF: Palette = { red: id, yellow: id, blue: id, green: id, dim: id, bold: id, underline: id };

export function palette(color: boolean): Palette {
  return color ? ON : OFF;
}

/** Visible length of a string (code points, ANSI codes not counted). */
export function visibleLength(s: string): number {
  let n = 0;
  for (const _ of s.replace(/\u001b\[[0-9;]*m/g, '')) n++;
  return n;
}

/** Pads to a visible width (ANSI-aware). */
export function pad(s: string, width: number): string {
  const n = visibleLength(s);
  return n >= width ? s : s + ' '.repeat(width - n);
}

/** Cuts plain text to at most `width` code points, ending in an ellipsis when cut. */
export function truncate(s: string, width: number): string {
  const chars = Array.from(s);
  if (chars.length <= width) return s;
  if (width <= 1) return '…'.slice(0, width);
  return chars.slice(0, width - 1).join('') + '…';
}
