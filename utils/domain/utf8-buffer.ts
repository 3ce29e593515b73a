const encoder = new TextEncoder();

/**
 * UTF-8 written into one buffer reused from use to use (grown when too small), so code that
 * encodes hundreds of megabytes (an export's file pieces and its seal texts) allocates almost
 * none of it. `encodeInto` is given room for the worst case, so it never stops short.
 */
export class Utf8Buffer {
  private bytes = new Uint8Array(new ArrayBuffer(0));
  /** Bytes written since the last `clear`. */
  length = 0;

  append(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const room = this.length + text.length * 3;
    if (room > this.bytes.length) {
      const grown = new Uint8Array(new ArrayBuffer(Math.max(room, this.bytes.length * 2)));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  /** What has been written, as a view of the buffer: stale after the next `append` or `clear`. */
  view(): Uint8Array<ArrayBuffer> {
    return this.bytes.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }
}
