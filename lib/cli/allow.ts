/**
 * `--allow-dir`: new images (copy destinations, snapshot overlays) may only be
 * created under the folders given. The check is the library's own
 * (lib/jobs/paths.ts: the resolved absolute path, symlinks of existing
 * folders resolved, so `/allowed/../etc/x` and `/allowed-not` are refused);
 * here it fails with virsh's usage error, before anything is sent.
 */
import { isAllowed } from '../jobs/paths.js';
import { UsageError } from './errors.js';

export { isAllowed };

export function checkAllowed(allowDirs: readonly string[], file: string): void {
  if (!isAllowed(allowDirs, file)) {
    throw new UsageError(`Requested operation is not valid: '${file}' is outside the folders allowed by --allow-dir (${allowDirs.join(', ')})`);
  }
}
