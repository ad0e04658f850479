/** vitest setup file: each test file's temp folders go when the file's tests end. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp';

afterAll(removeTempDirs);
