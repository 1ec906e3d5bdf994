/** A failed Databricks API call, with what is needed to decide what to do next. */
export class DatabricksError extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly method: string;
  readonly path: string;
  constructor(status: number, errorCode: string, message: string, method: string, path: string) {
    super(`${method} ${path}: ${status} ${errorCode}: ${message}`);
    this.name = 'DatabricksError';
    this.status = status;
    this.errorCode = errorCode;
    this.method = method;
    this.path = path;
  }

  /**
   * Not found, however the endpoint says it: 404, RESOURCE_DOES_NOT_EXIST, or (jobs/get,
   * clusters/get) `400 INVALID_PARAMETER_VALUE` "… does not exist".
   */
  get isNotFound(): boolean {
    return (
      this.status === 404 ||
      this.errorCode === 'RESOURCE_DOES_NOT_EXIST' ||
      (this.status === 400 &&
        this.errorCode === 'INVALID_PARAMETER_VALUE' &&
        /does not exist/i.test(this.message))
    );
  }

  get isAlreadyExists(): boolean {
    return (
      this.errorCode === 'RESOURCE_ALREADY_EXISTS' ||
      this.errorCode === 'RESOURCE_CONFLICT' ||
      this.status === 409
    );
  }
}

/**
 * A create whose outcome is unknown: the connection dropped or the server failed after it may have
 * acted. Retrying blindly could make a duplicate; the caller must look the object up first.
 */
export class AmbiguousWriteError extends Error {
  override readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    this.name = 'AmbiguousWriteError';
    this.cause = cause;
  }
}

/** The workspace could not be reached at all (DNS, refused, TLS): nothing was sent. */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
}
