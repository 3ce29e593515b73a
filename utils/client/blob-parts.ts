const encoder = new TextEncoder();

/**
 * A file of any size built a piece at a time: text goes into Blobs of a few megabytes as it is
 * written, so the JavaScript heap holds at most one piece while the browser keeps the rest (and
 * moves large Blobs to disk). The final Blob only refers to the pieces: nothing is copied.
 *
 * Text is encoded as UTF-8 into one buffer reused for every piece (`encodeInto`, several times
 * faster than a Blob encoding strings itself), and each piece is a copy of what the buffer holds:
 * the same bytes a Blob of the texts would hold.
 *
 * With `onPiece`, each piece is handed over as soon as it is made instead of kept (a worker
 * streaming the file to the page, which writes it to disk as it comes).
 */
export class BlobParts {
  private bytes = new Uint8Array(new ArrayBuffer(0));
  private used = 0;
  private pending = 0;
  private readonly pieces: Blob[] = [];

  constructor(
    private readonly pieceChars = 4 * 1024 * 1024,
    private readonly onPiece?: (piece: Blob) => void,
  ) {}

  add(text: string): void {
    if (!text) return;
    // UTF-8 takes at most 3 bytes per UTF-16 unit: with that much room, encodeInto never stops short.
    const room = this.used + text.length * 3;
    if (room > this.bytes.length) {
      const grown = new Uint8Array(new ArrayBuffer(Math.max(room, this.bytes.length * 2)));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    this.pending += text.length;
    if (this.pending >= this.pieceChars) this.flush();
  }

  /** Make a piece of what is pending (hand it over, with `onPiece`). */
  flush(): void {
    if (this.used === 0) return;
    // The Blob copies the bytes, so the buffer is free again for the next piece.
    const piece = new Blob([this.bytes.subarray(0, this.used)]);
    this.used = 0;
    this.pending = 0;
    if (this.onPiece) this.onPiece(piece);
    else this.pieces.push(piece);
  }

  blob(type: string): Blob {
    this.flush();
    return new Blob(this.pieces, { type });
  }
}
