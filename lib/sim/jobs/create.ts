/**
 * blockdev-create as a job (type "create"): formats an image file after a
 * short I/O. It is not a block job: no BLOCK_JOB_* events, not listed by
 * query-block-jobs, and QEMU starts it with auto-dismiss off.
 */
import type { SimImage } from '../image.js';
import { SimJob, type JobBody, type JobHost } from '../job.js';

export class CreateJob extends SimJob {
  readonly type = 'create';

  constructor(
    host: JobHost,
    id: string,
    private readonly format: () => void,
    readonly image: SimImage,
  ) {
    super(host, { id, autoDismiss: false });
  }

  protected *run(): JobBody {
    this.total = 1;
    const ret = yield* this.io('write', 0, [this.image.filename]);
    if (ret < 0) return ret;
    this.format();
    this.current = 1;
    return 0;
  }
}
