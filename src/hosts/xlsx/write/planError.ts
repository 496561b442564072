/**
 * A plan the writer cannot write (a bad range, a name clash): a fault of the code that built the
 * plan, not of the user's file, so it is not turned into the file's one-line error.
 */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}
