import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { ResponseRecordAction } from '../../../../../src/shared/resolver-contract';

/** Records one response action; the error to show, or null once saved. Its own file, so the workspace's parts need not import the workspace. */
export type RecordResponse = (action: ResponseRecordAction) => Promise<ErrorBody | null>;
