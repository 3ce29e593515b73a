import { describe, expect, it } from 'vitest';
import { BlobParts } from '@/utils/client/blob-parts';

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

// ASCII, accents, CJK (3 bytes each), an emoji (a surrogate pair, 4 bytes) and lone surrogates (written as U+FFFD).
const TEXTS = [
  'interview_id,candidate\r\n',
  'José 李,"a ""quote"""\r\n',
  '李'.repeat(700),
  '🎉 done\r\n',
  'broken \uD800 and \uDFFF\r\n',
  'x',
];

describe('BlobParts', () => {
  it('holds the same bytes a Blob of the texts does, whatever the piece size', async () => {
    const expected = await bytes(new Blob(TEXTS));
    for (const pieceChars of [1, 16, 1000, 4 * 1024 * 1024]) {
      const parts = new BlobParts(pieceChars);
      for (const text of TEXTS) parts.add(text);
      const blob = parts.blob('text/csv;charset=utf-8');
      expect(blob.type).toBe('text/csv;charset=utf-8');
      expect(await bytes(blob)).toEqual(expected);
    }
  });

  it('hands each piece over as it is made, and the pieces joined are the texts', async () => {
    const pieces: Blob[] = [];
    const parts = new BlobParts(600, (piece) => pieces.push(piece));
    for (const text of [...TEXTS, ...TEXTS]) parts.add(text);
    parts.flush();
    parts.flush();
    expect(pieces.length).toBeGreaterThan(2);
    // Later texts, written into the same reused buffer, leave the pieces already made as they were.
    expect(await bytes(new Blob(pieces))).toEqual(await bytes(new Blob([...TEXTS, ...TEXTS])));
  });
});
