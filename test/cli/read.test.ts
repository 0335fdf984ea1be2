import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../src/cli/read';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeText', () => {
  it('decodes UTF-8 and keeps a byte-order mark', () => {
    const r = decodeText(Buffer.from('\uFEFFcafé 12,000', 'utf8'));
    expect(r).toEqual({ ok: true, text: '\uFEFFcafé 12,000', bytes: 15 });
  });

  it('accepts an empty file', () => {
    expect(decodeText(bytes())).toEqual({ ok: true, text: '', bytes: 0 });
  });

  it('refuses a NUL byte in the first 8 KB, not after', () => {
    const early = Buffer.alloc(100, 0x61);
    early[50] = 0;
    expect(decodeText(early)).toEqual({ ok: false, message: 'binary file (NUL byte at offset 50), not linted' });
    const late = Buffer.alloc(9000, 0x61);
    late[8500] = 0;
    expect(decodeText(late).ok).toBe(true);
  });

  it('refuses text that is not UTF-8 and says where', () => {
    expect(decodeText(Buffer.from('caf\xe9', 'latin1'))).toEqual({ ok: false, message: 'not valid UTF-8 text (invalid byte 0xe9 at offset 3), not linted' });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds bad lead bytes, bad continuations, overlongs, surrogates and cut sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('ok ✓ 😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xff))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xc3, 0x28))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xc0, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // surrogate
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x9c))).toBe(1); // cut short
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
  });
});
