import type { BackendArea } from '../area';
import { reportingHandlers } from './handlers';

/** 统计报表: the yearly 进展情况表 and the lists behind its figures. It only reads; its exports are logged as 统计报表. */
export const reportingArea: BackendArea<keyof typeof reportingHandlers> = {
  handlers: reportingHandlers,
};
