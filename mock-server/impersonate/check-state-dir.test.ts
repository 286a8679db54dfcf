import { chmod, chown, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../startup-error.js';
import { checkStateDir } from './check-state-dir.js';
import { loadOrCreateLocalCa } from './local-ca.js';

const me = process.getuid?.();
const scratch = async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'wom-state-')), 'state');
  await mkdir(dir, { mode: 0o700 });
  return dir;
};

/** A self-signed certificate and a key in PEM; small keys, as only their pairing matters here. */
function pem(): { certificate: string; key: string } {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 512 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.sign(keys.privateKey);
  return { certificate: forge.pki.certificateToPem(certificate), key: forge.pki.privateKeyToPem(keys.privateKey) };
}

describe('the state directory of --impersonate (issue 12)', () => {
  it.skipIf(me === undefined)('refuses a directory that belongs to another user', async () => {
    const dir = await scratch();
    await expect(checkStateDir(dir, (me as number) + 1)).rejects.toThrow(/belongs to another user/);
  });

  it.skipIf(me !== 0)('refuses a CA file that belongs to another user (needs root to give it away)', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'ca.pem'), 'x', { mode: 0o644 });
    await chown(join(dir, 'ca.pem'), 65534, 65534);
    await expect(checkStateDir(dir)).rejects.toThrow(/ca\.pem belongs to another user \(uid 65534\)/);
  });

  it('refuses a CA certificate that group or others can write', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'ca.pem'), 'x');
    await chmod(join(dir, 'ca.pem'), 0o666);
    await expect(checkStateDir(dir)).rejects.toThrow(/ca\.pem is writable by group or others \(mode 0666\)/);
  });

  it('accepts a directory that does not exist yet, and its own 0700 one with a 0600 key', async () => {
    await expect(checkStateDir(join(await scratch(), 'new'))).resolves.toBeUndefined();
    const dir = await scratch();
    await writeFile(join(dir, 'ca-key.pem'), 'k', { mode: 0o600 });
    await expect(checkStateDir(dir)).resolves.toBeUndefined();
  });

  it('refuses a CA whose key is not the certificate’s, in one line', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'ca.pem'), pem().certificate, { mode: 0o644 });
    await writeFile(join(dir, 'ca-key.pem'), pem().key, { mode: 0o600 });
    const refused = loadOrCreateLocalCa(dir);
    await expect(refused).rejects.toBeInstanceOf(StartupError);
    await expect(refused).rejects.toThrow(/ca-key\.pem is not the key of \S+ca\.pem: remove the state directory/);
  });
});
