// A real S3-compatible server for tests (s3rver from npm: the S3 REST API over HTTP, objects in a temporary
// directory), on 127.0.0.1 at a random port. It can be stopped and started again on the same port with the
// same objects, to test outages and recovery.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { S3FileStorage, type S3Settings } from '../storage/s3.ts';

export interface TestS3Server {
  endpoint: string;
  port: number;
  bucket: string;
  settings(extra?: Partial<S3Settings>): S3Settings;
  /** A storage client on this server (closed by close()). */
  storage(extra?: Partial<S3Settings>, opts?: ConstructorParameters<typeof S3FileStorage>[1]): S3FileStorage;
  /** The server goes away (connections refused); objects are kept. */
  stop(): Promise<void>;
  /** Back on the same port with the same objects. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startS3Server(bucket = 'dvcq-test'): Promise<TestS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'dvcq-s3-'));
  let port = 0;
  let server: S3rver | null = null;
  const clients: S3FileStorage[] = [];
  const start = async () => {
    const s = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket }] });
    port = (await s.run()).port;
    server = s;
  };
  const stop = async () => {
    await server?.close();
    server = null;
  };
  await start();
  const endpoint = `http://127.0.0.1:${port}`;
  const settings = (extra: Partial<S3Settings> = {}): S3Settings => ({
    endpoint,
    region: 'us-east-1',
    bucket,
    // s3rver's fixed development credentials
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix: '',
    ...extra,
  });
  return {
    endpoint,
    port,
    bucket,
    settings,
    storage(extra, opts) {
      const client = new S3FileStorage(settings(extra), opts);
      clients.push(client);
      return client;
    },
    stop,
    start,
    async close() {
      for (const c of clients) c.destroy();
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
