import type { trust as zh } from '../zh/trust';

export const trust: typeof zh = {
  title: 'Install this office’s certificate',
  intro: 'The office’s host PC encrypts what phones and other PCs exchange with it using a certificate of its own. Install it once on each phone or PC and the app no longer shows “not secure”.',
  firstWarning: 'The first time, the browser says “Not secure” or “Your connection is not private”: the certificate is not installed yet. Once you are sure the address is the office host’s, choose Advanced → Proceed, then follow the steps below.',
  compare: 'While installing, compare the certificate’s fingerprint with the one the host shows under Settings → Network:',
  sha1: 'Fingerprint as Windows shows it (SHA-1):',
  download: 'Download the certificate',
  open: 'Installed: open the app',
  notServing: 'Other PCs and phones open this page: turn host mode on at the host (Settings → Network) and scan the QR code there with the phone.',
  noCertificate: 'The host has no certificate yet: the administrator turns host mode on at the host under Settings → Network.',
  platforms: { android: 'Android phone', ios: 'iPhone / iPad', windows: 'Windows PC' },
  steps: {
    android: [
      'Tap “Download the certificate” above; it is saved to Downloads.',
      'Open Settings, search for “certificate” and choose “Install certificates” or “Install from storage” (often Security → More security settings → Encryption & credentials).',
      'Choose “CA certificate”, “Install anyway” at the warning, then the downloaded “帮扶生管理系统-本机证书.crt”.',
      'It is then listed under Trusted credentials → User: open it to compare the SHA-256 fingerprint.',
      'Back in the browser, tap “Installed: open the app” below.',
    ],
    ios: [
      'Open this page in Safari (browsers inside apps such as WeChat cannot install certificates), tap “Download the certificate” and “Allow” the configuration profile.',
      'Open Settings, tap “Profile Downloaded” at the top (or General → VPN & Device Management), choose the 帮扶生管理系统 certificate, tap Install and enter the passcode.',
      'Then in Settings → General → About → Certificate Trust Settings, switch on the 帮扶生管理系统 certificate.',
      'Back in Safari, tap “Installed: open the app” below.',
    ],
    windows: [
      'Click “Download the certificate”, open the downloaded .crt and compare the thumbprint (SHA-1) under Details.',
      'Click “Install Certificate”, choose “Current User”, Next.',
      'Choose “Place all certificates in the following store”, Browse, “Trusted Root Certification Authorities”, Next, Finish; answer Yes to the security warning.',
      'Close every browser window and open it again (Edge and Chrome use Windows’ certificates), then this page and “Installed: open the app”.',
    ],
  },
};
