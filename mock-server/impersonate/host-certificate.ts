import forge from 'node-forge';
import { WECHAT_HOSTS } from '../../contract/wechat-hosts.js';
import type { LocalCa } from './local-ca.js';
import { randomSerial } from './random-serial.js';

/** A server certificate and its key, in PEM, as node:tls takes them. */
export interface HostCertificate {
  readonly cert: string;
  readonly key: string;
}

const LEAF_DAYS = 365;

/**
 * A certificate for all of WeChat's login hosts, signed by the local CA. It is made afresh at each
 * start and kept in memory only: the CA is the one thing users trust, and the one thing stored.
 */
export function issueHostCertificate(ca: LocalCa): HostCertificate {
  const caCertificate = forge.pki.certificateFromPem(ca.certificatePem);
  const caKey = forge.pki.privateKeyFromPem(ca.keyPem);
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = randomSerial();
  certificate.validity.notBefore = new Date(Date.now() - 60_000);
  certificate.validity.notAfter = new Date(Date.now() + LEAF_DAYS * 86_400_000);
  certificate.setSubject([{ name: 'commonName', value: WECHAT_HOSTS[0] ?? 'open.weixin.qq.com' }]);
  certificate.setIssuer(caCertificate.subject.attributes);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: WECHAT_HOSTS.map((value) => ({ type: 2, value })) },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCertificate.generateSubjectKeyIdentifier().getBytes() },
  ]);
  certificate.sign(caKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(certificate), key: forge.pki.privateKeyToPem(keys.privateKey) };
}
