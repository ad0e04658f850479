import { and, desc, eq, gt, like } from 'drizzle-orm';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sessions, users } from '../../../db/schema';
import type { ConnectedSession, NetworkStatus } from '../../contract/network';
import type { Role } from '../../contract/roles';
import type { Handlers, PrepareCtx } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readMachineConfig, writeMachineConfig } from '../machine/config';
import { authorityFile, describeCertificate, ensureCertificate, lanAddresses } from './certificate';
import { readServing } from './hostMode';
import { AUTHORITY_DOWNLOAD } from '../http/trust';

/** How much of a session's token hash names it on the page. */
const ID_LENGTH = 16;

function connected(ctx: PrepareCtx): ConnectedSession[] {
  return ctx.db
    .select({ hash: sessions.tokenHash, userName: users.displayName, role: users.role, address: sessions.address, device: sessions.device, since: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(gt(sessions.expiresAt, ctx.now().toISOString()))
    .orderBy(desc(sessions.lastSeenAt))
    .all()
    .map(({ hash, ...s }) => ({ ...s, id: hash.slice(0, ID_LENGTH), role: s.role as Role, self: hash === ctx.sessionHash }));
}

function status(ctx: PrepareCtx): NetworkStatus {
  const dataDir = path.dirname(ctx.sqlite.name);
  const certFile = authorityFile(dataDir);
  const addresses = lanAddresses();
  const certificate = fs.existsSync(certFile) ? describeCertificate(fs.readFileSync(certFile, 'utf8')) : null;
  const { lan } = readMachineConfig(dataDir);
  const serving = readServing(dataDir);
  const servingPort = serving && !serving.problem ? serving.port : null;
  return {
    host: {
      enabled: lan.enabled,
      port: lan.port,
      servingPort,
      problem: serving?.problem ?? null,
      urls: servingPort === null ? [] : [os.hostname(), ...addresses].map((name) => `https://${name}:${servingPort}/`),
    },
    certificate: certificate && { fingerprint: certificate.fingerprint, notAfter: certificate.notAfter },
    addresses,
    hostName: os.hostname(),
    sessions: connected(ctx),
  };
}

export const networkHandlers: Handlers<'network.status' | 'network.trust' | 'network.setHost' | 'network.endSession'> = {
  'network.status': (_input, ctx) => status(ctx),
  'network.trust': (_input, ctx) => {
    const file = authorityFile(path.dirname(ctx.sqlite.name));
    if (!fs.existsSync(file)) return null;
    const pem = fs.readFileSync(file, 'utf8');
    const { fingerprint, notAfter } = describeCertificate(pem);
    return { fingerprint, sha1: new crypto.X509Certificate(pem).fingerprint, notAfter, file: AUTHORITY_DOWNLOAD };
  },
  'network.setHost': {
    // The certificate is made before the switch, so the page shows its fingerprint as soon as it is on.
    prepare: async ({ enabled }, ctx) => {
      if (enabled) await ensureCertificate(path.dirname(ctx.sqlite.name));
    },
    run: ({ enabled, port }, ctx) => {
      const dataDir = path.dirname(ctx.sqlite.name);
      const config = readMachineConfig(dataDir);
      writeMachineConfig(dataDir, { ...config, lan: { enabled, port } });
      ctx.audit({ action: enabled ? 'host_on' : 'host_off', entity: 'network', entityId: null, before: config.lan, after: { enabled, port } });
      return status(ctx);
    },
  },
  'network.endSession': ({ id }, ctx) => {
    const session = ctx.db
      .select({ hash: sessions.tokenHash, userName: users.displayName, address: sessions.address })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(like(sessions.tokenHash, `${id.slice(0, ID_LENGTH)}%`)))
      .get();
    if (!session) throw new AppError('not_found');
    ctx.db.delete(sessions).where(eq(sessions.tokenHash, session.hash)).run();
    ctx.audit({ action: 'end_session', entity: 'session', entityId: null, after: { user: session.userName, address: session.address } });
    return null;
  },
};
