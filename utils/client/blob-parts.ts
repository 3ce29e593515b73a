import { Utf8Buffer } from '../domain/utf8-buffer';

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
  private readonly buffer = new Utf8Buffer();
  private pending = 0;
  private readonly pieces: Blob[] = [];

  constructor(
    private readonly pieceChars = 4 * 1024 * 1024,
    private readonly onPiece?: (piece: Blob) => void,
  ) {}

  add(text: string): void {
    if (!text) return;
    this.buffer.append(text);
    this.pending += text.length;
    if (this.pending >= this.pieceChars) this.flush();
  }

  /** Make a piece of what is pending (hand it over, with `onPiece`). */
  flush(): void {
    if (this.buffer.length === 0) return;
    // The Blob copies the bytes, so the buffer is free again for the next piece.
    const piece = new Blob([this.buffer.view()]);
    this.buffer.clear();
    this.pending = 0;
    if (this.onPiece) this.onPiece(piece);
    else this.pieces.push(piece);
  }

  blob(type: string): Blob {
    this.flush();
    return new Blob(this.pieces, { type });
  }
}
