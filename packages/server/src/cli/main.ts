import { exitCodeForError, runCli } from './commands.ts';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => process.exit(exitCodeForError(err)),
);
