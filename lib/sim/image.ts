/**
 * An image file as the simulator keeps it: a path (only a name, nothing is
 * read or written on disk), a format, a virtual size, the backing file name
 * written in its header, and the extents it holds. Plus the "file system":
 * every image ever created, by path, so tests can look at data after a job
 * dropped an image from the graph. No QMP, no graph.
 */
import { ExtentMap, type Extent } from './extents.js';

export const MiB = 1024 * 1024;
export const DEFAULT_SIZE = 64 * MiB;
export const CLUSTER = 65536;

export type ImageFormat = 'qcow2' | 'raw';

export class SimImage {
  readonly extents: ExtentMap;
  /** Backing file name stored in the header (qcow2 only). */
  backingFile: string | null = null;
  backingFormat: string | null = null;

  constructor(
    readonly filename: string,
    public format: ImageFormat,
    public size: number,
    extents: Iterable<Extent> = [],
  ) {
    this.extents = new ExtentMap(extents);
    void this.fileLength;
  }

  /** Write guest data (a job copying, a guest write): the file keeps its size or grows. */
  write(start: number, end: number, fp: string): void {
    void this.fileLength;
    this.extents.set(start, end, fp);
    void this.fileLength;
  }

  /**
   * Length of the file on the host. qcow2: header, L1, refcount table and
   * block, one L2 table (5 clusters as qemu-img lays out an image < 512 MiB)
   * plus one cluster per data cluster; zero clusters take no room.
   */
  get fileLength(): number {
    if (this.dataClustersHigh === undefined) this.dataClustersHigh = 0;
    if (this.format === 'raw') return this.size;
    // A file never shrinks: a data cluster later overwritten by a zero
    // cluster keeps its room.
    this.dataClustersHigh = Math.max(this.dataClustersHigh, this.extents.dataClusters(CLUSTER));
    // An empty image is what qemu-img writes: 196616 bytes, or 197120 when
    // the header names a backing file (as observed with QEMU 7.2).
    if (this.dataClustersHigh === 0 && this.extents.isEmpty) return this.backingFile ? 197120 : 196616;
    return (5 + this.dataClustersHigh) * CLUSTER;
  }

  private dataClustersHigh: number | undefined;

  /** Bytes used on the host disk (QEMU's actual-size); only an estimate. */
  get actualSize(): number {
    return this.format === 'raw' ? this.extents.dataBytes : this.fileLength - 4096 * 15;
  }
}

/** A backing file name as QEMU resolves it: relative names are relative to the overlay's folder. */
export function resolveBacking(overlayPath: string, backingFile: string): string {
  if (backingFile.startsWith('/') || backingFile.startsWith('json:')) return backingFile;
  const slash = overlayPath.lastIndexOf('/');
  return slash >= 0 ? `${overlayPath.slice(0, slash + 1)}${backingFile}` : backingFile;
}

/** Every image by path: what a directory of image files would hold. */
export class ImageStore {
  private readonly images = new Map<string, SimImage>();

  get(path: string): SimImage | undefined {
    return this.images.get(path);
  }

  has(path: string): boolean {
    return this.images.has(path);
  }

  add(image: SimImage): SimImage {
    this.images.set(image.filename, image);
    return image;
  }

  delete(path: string): boolean {
    return this.images.delete(path);
  }

  paths(): string[] {
    return [...this.images.keys()];
  }
}
