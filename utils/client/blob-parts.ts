/**
 * A file of any size built a piece at a time: text goes into Blobs of a few megabytes as it is
 * written, so the JavaScript heap holds at most one piece while the browser keeps the rest (and
 * moves large Blobs to disk). The final Blob only refers to the pieces: nothing is copied.
 */
export class BlobParts {
  private texts: string[] = [];
  private pending = 0;
  private readonly pieces: Blob[] = [];

  constructor(private readonly pieceChars = 4 * 1024 * 1024) {}

  add(text: string): void {
    if (!text) return;
    this.texts.push(text);
    this.pending += text.length;
    if (this.pending >= this.pieceChars) this.flush();
  }

  private flush(): void {
    if (this.texts.length === 0) return;
    this.pieces.push(new Blob(this.texts));
    this.texts = [];
    this.pending = 0;
  }

  blob(type: string): Blob {
    this.flush();
    return new Blob(this.pieces, { type });
  }
}
