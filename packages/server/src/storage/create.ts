// The storage the configuration names: the server, the CLI (backup, restore) and the tests open it the same way.
import type { Config } from '../config.ts';
import { S3FileStorage } from './s3.ts';
import { LocalFileStorage, type FileStorage } from './storage.ts';

export function createStorage(config: Pick<Config, 'storage' | 's3' | 'filesDir'>): FileStorage {
  if (config.storage === 's3') {
    if (!config.s3) throw new Error('STORAGE=s3 without S3 settings');
    return new S3FileStorage(config.s3);
  }
  return new LocalFileStorage(config.filesDir);
}

/** Where files are, for messages to an administrator (no secrets). */
export function describeStorage(config: Pick<Config, 'storage' | 's3' | 'filesDir'>): string {
  if (config.storage === 's3' && config.s3) {
    return `bucket S3 "${config.s3.bucket}"${config.s3.endpoint ? ` tại ${config.s3.endpoint}` : ''}${config.s3.prefix ? `, tiền tố ${config.s3.prefix}` : ''}`;
  }
  return `thư mục ${config.filesDir}`;
}
