// The commands behind `npm run dvcq -- <command>`: administration without the web client. Commands that touch an
// embedded database refuse to run while the server holds it (PGlite is one process per directory).
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { formatDateVi, isLocalDate, localDateInProvince } from '@dvcq/domain';
import { API_MODULES, messageFor, type ApiModule } from '@dvcq/shared';
import { passwordProblem } from '../modules/auth/password-policy.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { openConfiguredDatabase, type OpenedDatabase } from '../bootstrap.ts';
import { DataDirBusyError } from '../db/data-dir-lock.ts';
import { AppError } from '../errors.ts';
import { createOrgRepository } from '../modules/org/org.repository.ts';
import { importUnits } from '../modules/org/import.usecases.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';
import { insertApiToken, insertUser } from '../modules/users/users.usecases.ts';
import type { SystemContext } from '../modules/audit/audit.recorder.ts';
import { BackupError, restoreBackup, writeBackup } from '../ops/backup.ts';
import { createStorage, describeStorage } from '../storage/create.ts';
import { StorageUnavailableError } from '../storage/storage.ts';
import { isEmptyDatabase, loadDemoData } from '../demo/load-demo.ts';

const HELP = `DVCQ — lệnh quản trị

Cách dùng: npm run dvcq -- <lệnh> [tuỳ chọn]

  migrate                              Tạo/cập nhật lược đồ cơ sở dữ liệu
  create-admin --username U [--full-name "Họ tên"] [--password P] [--unit MÃ_ĐƠN_VỊ]
                                       Tạo tài khoản quản trị (mặc định ở đơn vị gốc); không nhập mật khẩu thì sinh ngẫu nhiên
  import-units <tệp.csv> [--dry-run]   Nhập danh sách đơn vị từ CSV (UTF-8, có thể có BOM, tiêu đề tiếng Việt)
  create-token <tên đăng nhập> [--name "Tên"] [--expires YYYY-MM-DD] [--read] [--modules plans,reports]
                                       Cấp mã truy cập API cho người dùng (in ra một lần)
  backup <tệp>                         Sao lưu toàn bộ dữ liệu và mọi tệp đính kèm ra một tệp (.json.gz)
  restore <tệp>                        Khôi phục dữ liệu và tệp đính kèm từ tệp sao lưu (thay thế toàn bộ dữ liệu hiện có;
                                       tệp đính kèm vào kho đang cấu hình: FILES_DIR hoặc bucket S3)
  load-demo                            Nạp dữ liệu mẫu vào cơ sở dữ liệu trống
  import-doc <tệp> [--json]            Đọc một kế hoạch/báo cáo (.docx, .pdf, .txt) và in kết quả trích xuất

Biến môi trường: DATABASE_URL (PostgreSQL; nếu không có thì dùng CSDL nhúng trong DATA_DIR, mặc định ./data); xem bảng cấu hình trong README.md.`;

const system = (): SystemContext => ({ label: 'Dòng lệnh quản trị', now: new Date() });

async function withDatabase<T>(command: string, fn: (db: OpenedDatabase) => Promise<T>): Promise<T> {
  const opened = await openConfiguredDatabase(loadConfig(), command);
  try {
    return await fn(opened);
  } finally {
    await opened.close();
  }
}

function fail(message: string): never {
  throw new CliError(message);
}
class CliError extends Error {}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return 0;

    case 'import-doc': {
      // Reads a file only: no database, so it also works while the server runs.
      const { runImportDoc } = await import('@dvcq/extractor/src/cli.ts');
      return runImportDoc(rest);
    }

    case 'migrate':
      return withDatabase(command, async ({ database }) => {
        const [row] = await database.query<{ n: number }>('select count(*)::int as n from schema_migrations');
        console.log(`Lược đồ dữ liệu đã cập nhật (${row?.n ?? 0} migration).`);
        return 0;
      });

    case 'load-demo':
      return withDatabase(command, async ({ database }) => {
        if (!(await isEmptyDatabase(database))) fail('Cơ sở dữ liệu đã có dữ liệu; chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống.');
        await loadDemoData(database);
        console.log('Đã nạp dữ liệu mẫu tỉnh Tây Ninh.');
        return 0;
      });

    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          'full-name': { type: 'string' },
          password: { type: 'string' },
          unit: { type: 'string' },
          email: { type: 'string' },
        },
      });
      const username = values.username ?? fail('Thiếu --username.');
      const generated = !values.password;
      const password = values.password ?? `Dv${randomBytes(9).toString('base64url')}9a`;
      const problem = passwordProblem(password, { username });
      if (problem === 'weak') fail(messageFor('auth.weak_password'));
      if (problem === 'common') fail(messageFor('auth.common_password'));
      return withDatabase(command, async ({ database }) => {
        const org = createOrgRepository(database.db);
        const unit = values.unit ? await org.findUnitByCode(values.unit) : await org.findRoot();
        if (!unit)
          fail(
            values.unit
              ? `Không tìm thấy đơn vị có mã ${values.unit}.`
              : 'Chưa có đơn vị gốc. Hãy nhập danh sách đơn vị trước (import-units).',
          );
        await createUsersRepository(database.db).transaction((tx) =>
          insertUser(tx, system(), {
            username,
            fullName: values['full-name'] ?? 'Quản trị hệ thống',
            email: values.email ?? null,
            password,
            roles: [{ role: 'admin', unitId: unit.id }],
            mustChangePassword: generated,
          }),
        );
        console.log(`Đã tạo tài khoản quản trị "${username}" tại ${unit.name}.`);
        if (generated) console.log(`Mật khẩu tạm thời (phải đổi khi đăng nhập lần đầu): ${password}`);
        return 0;
      });
    }

    case 'import-units': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { 'dry-run': { type: 'boolean' } } });
      const file = positionals[0] ?? fail('Thiếu đường dẫn tệp CSV.');
      const csv = readFileSync(file, 'utf8');
      return withDatabase(command, async ({ database }) => {
        const org = createOrgRepository(database.db);
        const preview = await importUnits(org, system(), csv, false);
        for (const row of preview.rows.filter((r) => r.errors.length)) {
          console.error(`Dòng ${row.row} (${row.code || 'không mã'}): ${row.errors.join(' ')}`);
        }
        console.log(`Thêm mới: ${preview.createCount}, cập nhật: ${preview.updateCount}, lỗi: ${preview.errorCount}.`);
        if (preview.errorCount) fail('Chưa ghi dữ liệu nào vì tệp còn lỗi.');
        if (values['dry-run']) return 0;
        await importUnits(org, system(), csv, true);
        console.log('Đã ghi danh sách đơn vị.');
        return 0;
      });
    }

    case 'create-token': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { name: { type: 'string' }, expires: { type: 'string' }, read: { type: 'boolean' }, modules: { type: 'string' } },
      });
      const modules = values.modules ? values.modules.split(',').map((m) => m.trim()) : null;
      const unknown = modules?.filter((m) => !(API_MODULES as readonly string[]).includes(m)) ?? [];
      if (unknown.length || modules?.length === 0) fail(`Phân hệ không có: ${unknown.join(', ')}. Dùng: ${API_MODULES.join(', ')}.`);
      const username = positionals[0] ?? fail('Thiếu tên đăng nhập.');
      if (values.expires && !isLocalDate(values.expires)) fail('Ngày hết hạn phải là ngày có thật, dạng YYYY-MM-DD.');
      return withDatabase(command, async ({ database }) => {
        const users = createUsersRepository(database.db);
        const user = (await users.findUserByUsername(username)) ?? fail(`Không tìm thấy người dùng "${username}".`);
        if (user.disabledAt) fail(`Tài khoản "${username}" đã bị vô hiệu hoá.`);
        const created = await users.transaction((tx) =>
          insertApiToken(tx, system(), user.id, values.name ?? `Tích hợp (${formatDateVi(localDateInProvince(new Date()))})`, {
            expiresOn: values.expires ?? null,
            scope: values.read ? 'read' : 'full',
            modules: modules as ApiModule[] | null,
          }),
        );
        console.log(created.token);
        return 0;
      });
    }

    case 'backup': {
      const file = rest[0] ?? fail('Thiếu đường dẫn tệp sao lưu.');
      const config = loadConfig();
      return withDatabase(command, async ({ database }) => {
        // Written beside the target and renamed at the end: an interrupted backup never looks like a good one.
        const partial = `${file}.partial`;
        let summary;
        try {
          summary = await writeBackup(database, createStorage(config), createWriteStream(partial));
        } catch (err) {
          rmSync(partial, { force: true });
          throw err;
        }
        renameSync(partial, file);
        console.log(
          `Đã sao lưu ${summary.rows} dòng dữ liệu và ${summary.files} tệp đính kèm (từ ${describeStorage(config)}) vào ${file} (${Math.ceil(statSync(file).size / 1024)} KB).`,
        );
        if (summary.missingFiles.length) {
          console.error(
            `CẢNH BÁO: ${summary.missingFiles.length} tệp đính kèm có trong cơ sở dữ liệu nhưng không còn trong kho lưu trữ, không sao lưu được: ${summary.missingFiles.slice(0, 20).join(', ')}${summary.missingFiles.length > 20 ? ', …' : ''}`,
          );
        }
        return 0;
      });
    }

    case 'restore': {
      const file = rest[0] ?? fail('Thiếu đường dẫn tệp sao lưu.');
      if (!existsSync(file)) fail(`Không tìm thấy tệp sao lưu ${file}.`);
      const config = loadConfig();
      return withDatabase(command, async ({ database }) => {
        const { rows, tables, files, missingFiles } = await restoreBackup(database, createStorage(config), createReadStream(file));
        console.log(`Đã khôi phục ${rows} dòng dữ liệu vào ${tables} bảng và ${files} tệp đính kèm vào ${describeStorage(config)}.`);
        if (missingFiles.length) {
          console.error(
            `CẢNH BÁO: ${missingFiles.length} tệp đính kèm không có trong bản sao lưu lẫn kho lưu trữ (bản sao lưu cũ, tạo trước khi sao lưu kèm tệp?): ${missingFiles.slice(0, 20).join(', ')}${missingFiles.length > 20 ? ', …' : ''}`,
          );
        }
        return 0;
      });
    }

    default:
      console.error(`Lệnh không hợp lệ: ${command}\n`);
      console.error(HELP);
      return 2;
  }
}

/** Turns an expected failure into a Vietnamese message and exit code 2; anything else is a bug. */
export function exitCodeForError(err: unknown): number {
  if (err instanceof ConfigError) {
    console.error(err.message);
    return 2;
  }
  if (err instanceof CliError || err instanceof DataDirBusyError || err instanceof BackupError || err instanceof AppError) {
    console.error(`Lỗi: ${err.message}`);
    return 2;
  }
  if (err instanceof StorageUnavailableError) {
    console.error(
      `Lỗi: kho lưu trữ tệp không truy cập được (${err.message}). Hãy kiểm tra cấu hình STORAGE/S3_* hoặc FILES_DIR rồi chạy lại.`,
    );
    return 2;
  }
  if (err instanceof Error && (err as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`Lỗi: không tìm thấy tệp ${(err as NodeJS.ErrnoException).path}.`);
    return 2;
  }
  console.error(err);
  return 1;
}
