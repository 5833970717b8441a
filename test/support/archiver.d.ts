// The part of archiver (the zip writer @actions/artifact uses) the tests call; it ships no types.
declare module 'archiver' {
  import type { Writable } from 'node:stream';
  interface Archiver {
    on(event: 'error', listener: (err: Error) => void): this;
    pipe(stream: Writable): Writable;
    directory(dir: string, prefix: string | false): this;
    append(data: string | Buffer, opts: { name: string }): this;
    finalize(): Promise<void>;
  }
  export default function archiver(format: 'zip', opts?: { zlib?: { level?: number } }): Archiver;
}
