import type { RendererArea } from '../area';
import { connectTexts, type ConnectTexts } from './texts';

/**
 * What this PC is (first start, the office host it connects to): shown around the app rather than
 * inside it (./ConnectGate.tsx), so it has no routes; an area for its texts.
 */
export const connectArea = {
  routes: [],
  texts: { zh: { connect: connectTexts.zh }, en: { connect: connectTexts.en } },
} satisfies RendererArea<{ connect: ConnectTexts }>;
