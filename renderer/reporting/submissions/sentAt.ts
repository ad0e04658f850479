import { chinaToday } from '../../../electron/contract/dates';
import { formatDateTime } from '../../format';

/** The day a submission was sent, as the office counts days (China time). */
export const sentOn = (submittedAt: string): string => chinaToday(new Date(submittedAt));

/** When a submission was sent, to the minute. */
export const sentAt = (submittedAt: string): string => formatDateTime(submittedAt);
