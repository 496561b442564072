import { Failure } from '../../../core/failures';

/**
 * A plan the writer cannot put into XML: a fault of the plan's builder, not of the workbook. The
 * catalogue's `plan-unwritable` (severity internal); the problem is said in English, for the
 * bug report, and stays the error's message.
 */
export function refusePlan(problem: string): Failure {
  return new Failure('plan-unwritable', { problem });
}
