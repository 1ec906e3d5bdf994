/** A Databricks-style error response: `{"error_code": …, "message": …}` with an HTTP status. */
export class ApiFailure extends Error {
  readonly status: number;
  readonly errorCode: string;
  constructor(status: number, errorCode: string, message: string) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }
}

export const notFound = (message: string) => new ApiFailure(404, 'RESOURCE_DOES_NOT_EXIST', message);
/** `jobs/get` and `clusters/get` answer a missing id with 400, not 404, as the real API does. */
export const invalid = (message: string) => new ApiFailure(400, 'INVALID_PARAMETER_VALUE', message);
export const exists = (message: string) => new ApiFailure(400, 'RESOURCE_ALREADY_EXISTS', message);
export const invalidState = (message: string) => new ApiFailure(400, 'INVALID_STATE', message);
