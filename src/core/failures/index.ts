export { FAILURES, failureSpecs } from './catalogue';
export type { FailureId, FailureSeverity, FailureSource, FailureSpec } from './catalogue';
export { asFailure, Failure, isFailure } from './failure';
export type { FailureOptions, FailureParam } from './failure';
