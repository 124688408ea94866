// The S3-compatible bucket (AWS S3, MinIO, Ceph RGW, SeaweedFS, Garage …): what several app instances
// share. Every failure is one of two things to the caller: the object is not there
// (StorageObjectMissingError), or the store cannot serve now (StorageUnavailableError → 503 with
// Retry-After). Timeouts are short so a hung store answers "retry later" instead of holding requests.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { StorageObjectMissingError, StorageUnavailableError, type FileStorage } from './storage.ts';

export interface S3Settings {
  /** e.g. http://minio.noi-bo:9000; undefined: AWS itself, by region. */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  /** Both or neither; neither: the AWS default chain (environment, instance role). */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** http://host/bucket/key instead of http://bucket.host/key: what most self-hosted stores need. */
  forcePathStyle: boolean;
  /** Prepended to every key, so one bucket can hold several installations. */
  prefix: string;
}

interface S3ErrorShape {
  name?: string;
  $metadata?: { httpStatusCode?: number };
}

function isMissing(err: unknown): boolean {
  const e = err as S3ErrorShape | null;
  // A missing bucket is a wrong configuration, not a missing file.
  if (e?.name === 'NoSuchBucket') return false;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

export class S3FileStorage implements FileStorage {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(
    private readonly settings: S3Settings,
    opts: { connectionTimeoutMs?: number; requestTimeoutMs?: number; maxAttempts?: number } = {},
  ) {
    this.client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings.forcePathStyle,
      ...(settings.accessKeyId && settings.secretAccessKey
        ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
        : {}),
      maxAttempts: opts.maxAttempts ?? 2,
      requestHandler: { connectionTimeout: opts.connectionTimeoutMs ?? 3_000, requestTimeout: opts.requestTimeoutMs ?? 30_000 },
      // Checksums only when the operation requires them: several S3-compatible stores reject the newer trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private objectKey(key: string): string {
    return this.settings.prefix + key;
  }

  private unavailable(err: unknown, what: string): StorageUnavailableError {
    const e = err as S3ErrorShape & { message?: string };
    const status = e?.$metadata?.httpStatusCode;
    return new StorageUnavailableError(`S3 ${what}: ${e?.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}: ${e?.message ?? ''}`, {
      cause: err,
    });
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    try {
      await this.client.send(
        new PutObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key), Body: data, ContentType: contentType }),
      );
    } catch (err) {
      throw this.unavailable(err, 'put');
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
      if (!res.Body) throw new StorageObjectMissingError(key);
      return Buffer.from(await res.Body.transformToByteArray());
    } catch (err) {
      if (err instanceof StorageObjectMissingError) throw err;
      if (isMissing(err)) throw new StorageObjectMissingError(key);
      throw this.unavailable(err, 'get');
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw this.unavailable(err, 'head');
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
    } catch (err) {
      if (isMissing(err)) return;
      throw this.unavailable(err, 'delete');
    }
  }

  /** The bucket answers and lets us in (HEAD bucket). */
  async probe(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (err) {
      throw this.unavailable(err, `bucket ${this.settings.bucket}`);
    }
  }

  /** Closes the client's sockets (tests, shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}
