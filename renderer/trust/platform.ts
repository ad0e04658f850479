/** The page's address in the app (hash routing): what the host's QR code opens. */
export const TRUST_HASH = '#/trust';

export const PLATFORMS = ['android', 'ios', 'windows'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The device the page was opened on, whose steps come first; iPadOS calls itself a Mac with a touch screen. */
export function platformOf(userAgent: string, touchPoints = 0): Platform {
  if (/Android/i.test(userAgent)) return 'android';
  if (/iPhone|iPad|iPod/i.test(userAgent) || (/Macintosh/i.test(userAgent) && touchPoints > 1)) return 'ios';
  return 'windows';
}

/** A SHA-256 fingerprint in lines of 8 bytes: easier to compare by eye than one long line, and it fits a phone. */
export function fingerprintLines(fingerprint: string): string[] {
  const bytes = fingerprint.split(':');
  return Array.from({ length: Math.ceil(bytes.length / 8) }, (_, i) => bytes.slice(i * 8, i * 8 + 8).join(':'));
}
