/** A User-Agent as a person names the device: the system and the browser, enough to tell a phone from the office PC. */
export function deviceName(userAgent: string | null): string | null {
  if (!userAgent) return null;
  // The desktop app on another PC names that PC (electron/backend/client/remote.ts).
  const desktop = /^BangfuDesktop\/\S+ \(([^;)]+)/.exec(userAgent);
  if (desktop) return `${desktop[1]} · App`;
  const system =
    /iPhone|iPad/.exec(userAgent)?.[0] ??
    (/Android/.test(userAgent) ? 'Android' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null);
  const browser = /Electron/.test(userAgent)
    ? 'App'
    : /MicroMessenger/.test(userAgent)
      ? 'WeChat'
      : /Edg\//.test(userAgent)
        ? 'Edge'
        : /Chrome\//.test(userAgent)
          ? 'Chrome'
          : /Firefox\//.test(userAgent)
            ? 'Firefox'
            : /Safari\//.test(userAgent)
              ? 'Safari'
              : null;
  return [system, browser].filter(Boolean).join(' · ') || userAgent.slice(0, 40);
}
