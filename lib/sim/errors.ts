/**
 * The error a simulated command answers with: QEMU's error class and text.
 * Only the wire shape; the texts live next to the checks that raise them.
 */
export class SimCommandError extends Error {
  constructor(
    readonly errorClass: 'GenericError' | 'CommandNotFound' | 'DeviceNotActive' | 'DeviceNotFound',
    readonly desc: string,
  ) {
    super(desc);
    this.name = 'SimCommandError';
  }
}

export function generic(desc: string): SimCommandError {
  return new SimCommandError('GenericError', desc);
}
