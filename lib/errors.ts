/**
 * The error tree. Callers switch on `code`, never on message text.
 *
 *   QmpBaseError (code)
 *   ├── QmpConnectError       QMP_ERR_CONNECT       could not connect / no or bad greeting
 *   ├── QmpStateError         QMP_ERR_STATE         call in the wrong session state
 *   ├── QmpProtocolError      QMP_ERR_PROTOCOL      peer broke the protocol (bad JSON, oversize line)
 *   ├── QmpError              QMP_ERR_COMMAND       QEMU answered {"error": {class, desc}}
 *   ├── QmpDisconnectedError  QMP_ERR_DISCONNECTED  connection closed with the command in flight
 *   ├── QmpTimeoutError       QMP_ERR_TIMEOUT       no answer / event within the timeout
 *   ├── QmpLimitError         QMP_ERR_LIMIT         a configured bound was hit (commands in flight)
 *   └── VirError              VIR_ERR_*             libvirt-level error of the job layer (lib/jobs)
 */

export class QmpBaseError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class QmpConnectError extends QmpBaseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('QMP_ERR_CONNECT', message, options);
  }
}

export class QmpStateError extends QmpBaseError {
  constructor(readonly state: string, readonly required: string, message?: string) {
    super('QMP_ERR_STATE', message ?? `session is ${state}, needs to be ${required}`);
  }
}

export class QmpProtocolError extends QmpBaseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('QMP_ERR_PROTOCOL', message, options);
  }
}

/** QEMU refused a command. `errorClass`/`desc` are QEMU's; `class` is an alias. */
export class QmpError extends QmpBaseError {
  constructor(
    readonly errorClass: string,
    readonly desc: string,
    readonly command: string,
    readonly id?: unknown,
  ) {
    super('QMP_ERR_COMMAND', `${command}: ${errorClass}: ${desc}`);
  }
  get class(): string {
    return this.errorClass;
  }
}

export class QmpDisconnectedError extends QmpBaseError {
  constructor(message: string, readonly command?: string, options?: { cause?: unknown }) {
    super('QMP_ERR_DISCONNECTED', message, options);
  }
}

export class QmpTimeoutError extends QmpBaseError {
  constructor(message: string) {
    super('QMP_ERR_TIMEOUT', message);
  }
}

export class QmpLimitError extends QmpBaseError {
  constructor(message: string) {
    super('QMP_ERR_LIMIT', message);
  }
}

/** libvirt error codes (include/libvirt/virterror.h) that the job layer raises. */
export const VirErrorCode = {
  INTERNAL_ERROR: 1,
  INVALID_ARG: 8,
  OPERATION_FAILED: 9,
  SYSTEM_ERROR: 38,
  OPERATION_INVALID: 55,
  CONFIG_UNSUPPORTED: 67,
  OPERATION_TIMEOUT: 68,
  NO_DOMAIN_SNAPSHOT: 72,
  ARGUMENT_UNSUPPORTED: 74,
  OVERFLOW: 82,
  BLOCK_COPY_ACTIVE: 83,
  OPERATION_UNSUPPORTED: 84,
} as const;
export type VirErrorCodeName = keyof typeof VirErrorCode;

/** The prefixes virerror adds in front of each message (virsh prints them). */
const VIR_PREFIX: Record<VirErrorCodeName, string> = {
  INTERNAL_ERROR: 'internal error: ',
  INVALID_ARG: 'invalid argument: ',
  OPERATION_FAILED: 'operation failed: ',
  // A system error's text is its own (virReportSystemError: the message, then strerror).
  SYSTEM_ERROR: '',
  OPERATION_INVALID: 'Requested operation is not valid: ',
  CONFIG_UNSUPPORTED: 'unsupported configuration: ',
  OPERATION_TIMEOUT: 'Timed out during operation: ',
  NO_DOMAIN_SNAPSHOT: 'Domain snapshot not found: ',
  ARGUMENT_UNSUPPORTED: 'argument unsupported: ',
  OVERFLOW: 'numerical overflow: ',
  BLOCK_COPY_ACTIVE: 'block copy still active: ',
  OPERATION_UNSUPPORTED: 'Operation not supported: ',
};

/** A libvirt-style error: `message` is exactly what virsh prints after `error: `. */
export class VirError extends QmpBaseError {
  readonly virCode: number;
  constructor(readonly kind: VirErrorCodeName, detail: string, options?: { cause?: unknown }) {
    super(`VIR_ERR_${kind}`, VIR_PREFIX[kind] + detail, options);
    this.virCode = VirErrorCode[kind];
  }
}
