import type { FastifyInstance } from 'fastify';
import crypto from 'node:crypto';

/** Where the host serves its authority (relative to the app's address), for the 安装证书 page's download button. */
export const AUTHORITY_DOWNLOAD = 'trust/bangfu-ca.crt';

/**
 * The host's authority as a .crt file (DER), the form Windows, Android and iOS each install from
 * a download. Served before anyone signs in (a phone needs it first); it is a public certificate,
 * only its key is secret.
 */
export function serveAuthority(app: FastifyInstance, authority: string) {
  const der = Buffer.from(new crypto.X509Certificate(authority).raw);
  app.get(`/${AUTHORITY_DOWNLOAD}`, (_request, reply) =>
    reply
      .header('Content-Type', 'application/x-x509-ca-cert')
      .header('Content-Disposition', `attachment; filename="bangfu-ca.crt"; filename*=UTF-8''${encodeURIComponent('帮扶生管理系统-本机证书.crt')}`)
      .header('Cache-Control', 'no-cache')
      .send(der),
  );
}
