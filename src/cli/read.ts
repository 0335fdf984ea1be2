// Reading a draft: bytes -> text, refusing binary files and text that is not UTF-8. A byte-order
// mark is kept (the engine reads past it), so offsets stay UTF-16 offsets into the decoded text.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; message: string };

/** How much of the start of a file is searched for a NUL byte. */
export const BINARY_PROBE = 8192;

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= bytes.length) return i; // cut short at the end
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a file's bytes, or says why it is not a text draft. Validation (isUtf8) and decoding
 * (Buffer#toString) are separate on purpose: TextDecoder returns a two-byte string even for plain
 * ASCII text, and every string the engine derives from it (masked prose, paragraphs, sentences) is
 * then two-byte as well, which cost 80 MB more at peak on a 10 MB draft. A byte-order mark is kept.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  const probe = bytes.subarray(0, BINARY_PROBE);
  const nul = probe.indexOf(0);
  if (nul >= 0) return { ok: false, message: `binary file (NUL byte at offset ${nul}), not linted` };
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), bytes: bytes.length };
  const at = firstInvalidUtf8(bytes);
  return { ok: false, message: `not valid UTF-8 text${at >= 0 ? ` (invalid byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at})` : ''}, not linted` };
}

export function readTextFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: 'no such file' };
    if (code === 'EISDIR') return { ok: false, message: 'is a folder' };
    return { ok: false, message: `cannot read file (${code ?? (e as Error).message})` };
  }
  return decodeText(bytes);
}
