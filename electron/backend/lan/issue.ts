import { AsnConvert } from '@peculiar/asn1-schema';
import { GeneralName, GeneralSubtree, GeneralSubtrees, id_ce_nameConstraints, NameConstraints } from '@peculiar/asn1-x509';
import * as x509 from '@peculiar/x509';
import crypto from 'node:crypto';

/**
 * The two certificates of host mode, made with a kept X.509 library (@peculiar/x509) rather than
 * hand-built ASN.1: the office's own small certificate authority, which phones and browsers are
 * asked to trust once, and the host's server certificate it signs (re-signed whenever the PC's
 * addresses change, so nobody installs anything again).
 */
x509.cryptoProvider.set(crypto.webcrypto as unknown as Crypto);

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface Issued {
  key: string;
  cert: string;
}

export interface Names {
  dns: string[];
  ips: string[];
}

/**
 * What the authority may vouch for: the names and private address ranges an office network uses,
 * and the networks this PC is on now (campuses often have public addresses). A phone that trusts it
 * therefore trusts nothing else it could sign: should its key ever leak with a data folder, it cannot
 * stand in for a bank's or anyone's web site.
 */
export interface Scope {
  dns: string[];
  /** CIDR, e.g. 192.168.0.0/16 */
  ipRanges: string[];
}

const serial = () => crypto.randomBytes(16).toString('hex').replace(/^[89a-f]/, '1'); // positive, as DER wants

async function newKeys(): Promise<CryptoKeyPair> {
  return (await crypto.webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function keysOf(pem: string): Promise<CryptoKeyPair> {
  const privateKey = crypto.createPrivateKey(pem);
  const der = (type: 'pkcs8' | 'spki') =>
    type === 'pkcs8' ? privateKey.export({ type, format: 'der' }) : crypto.createPublicKey(privateKey).export({ type, format: 'der' });
  const subtle = crypto.webcrypto.subtle;
  return {
    privateKey: (await subtle.importKey('pkcs8', der('pkcs8'), EC, true, ['sign'])) as CryptoKey,
    publicKey: (await subtle.importKey('spki', der('spki'), EC, true, ['verify'])) as CryptoKey,
  };
}

async function pemOfKey(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await crypto.webcrypto.subtle.exportKey('pkcs8', key as unknown as crypto.webcrypto.CryptoKey));
  return crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** PEM ending in a newline, as files and chains (one certificate after another) want it. */
const pemOf = (cert: x509.X509Certificate) => `${cert.toString('pem').trimEnd()}\n`;

function nameConstraints(scope: Scope): x509.Extension {
  const subtree = (base: GeneralName) => new GeneralSubtree({ base });
  const permitted = new GeneralSubtrees([
    ...scope.dns.map((dNSName) => subtree(new GeneralName({ dNSName }))),
    ...scope.ipRanges.map((iPAddress) => subtree(new GeneralName({ iPAddress }))),
  ]);
  return new x509.Extension(id_ce_nameConstraints, true, AsnConvert.serialize(new NameConstraints({ permittedSubtrees: permitted })));
}

/** What an authority made here may sign for, read back from its name constraints; null when it has none. */
export function scopeOf(authority: string): Scope | null {
  const extension = new x509.X509Certificate(authority).getExtension(id_ce_nameConstraints);
  const permitted = extension && AsnConvert.parse(extension.value, NameConstraints).permittedSubtrees;
  if (!permitted) return null;
  const bases = [...permitted].map((s) => s.base);
  return { dns: bases.flatMap((b) => (b.dNSName ? [b.dNSName] : [])), ipRanges: bases.flatMap((b) => (b.iPAddress ? [b.iPAddress] : [])) };
}

/** The office's authority: signs server certificates only (no intermediates), within `scope`. */
export async function makeAuthority(commonName: string, scope: Scope, notBefore: Date, notAfter: Date): Promise<Issued> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: [{ CN: [commonName] }],
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: SIGNING,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      nameConstraints(scope),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { key: await pemOfKey(keys.privateKey), cert: pemOf(cert) };
}

/**
 * The host's server certificate, signed by the authority, for `names`. Its key is kept when one is
 * given, so that a re-signed certificate (new addresses) leaves the key's hash (SPKI) unchanged.
 */
export async function issueServer(authority: Issued, names: Names, notBefore: Date, notAfter: Date, keyPem?: string): Promise<Issued> {
  const keys = keyPem ? await keysOf(keyPem) : await newKeys();
  const ca = new x509.X509Certificate(authority.cert);
  const caKeys = await keysOf(authority.key);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: [{ CN: [names.dns.find((n) => n !== 'localhost') ?? names.ips[0] ?? 'localhost'] }],
    issuer: ca.subject,
    notBefore,
    notAfter,
    publicKey: keys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: SIGNING,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([...names.dns.map((value) => ({ type: 'dns' as const, value })), ...names.ips.map((value) => ({ type: 'ip' as const, value }))]),
      await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  return { key: keyPem ?? (await pemOfKey(keys.privateKey)), cert: pemOf(cert) };
}
