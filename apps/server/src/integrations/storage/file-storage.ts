import { randomBytes } from 'node:crypto';
import { decryptFile, encryptFile } from '../../lib/file-crypto.ts';

/**
 * Where ID photos live. The default keeps ciphertext in PostgreSQL (db-file-storage.ts) so
 * several API instances share it; an S3-compatible adapter would implement the same three
 * methods. Keys are random and nothing here has a public URL: files go out only through
 * routes that check who is asking.
 */
export interface FileStorage {
  put(key: string, data: Buffer, at: Date): Promise<void>;
  get(key: string): Promise<Buffer | undefined>;
  delete(keys: string[]): Promise<void>;
}

/** A fresh random storage key (128 bits, URL-safe). */
export function newFileKey(): string {
  return randomBytes(16).toString('base64url');
}

/** Wraps any storage so that only AES-256-GCM ciphertext reaches it. */
export function encryptedStorage(inner: FileStorage, key: Buffer): FileStorage {
  return {
    put: (k, data, at) => inner.put(k, encryptFile(key, k, data), at),
    async get(k) {
      const sealed = await inner.get(k);
      return sealed ? decryptFile(key, k, sealed) : undefined;
    },
    delete: (keys) => inner.delete(keys),
  };
}
