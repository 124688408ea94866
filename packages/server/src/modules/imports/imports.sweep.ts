// How the authorisation sweep reaches the import jobs as an outsider. Starting a job for a unit is
// checked like drafting its plan; a job itself is seen only by the person who started it (anyone
// else: 404 import.job_not_found, tested in jobs.db.test.ts).
import type { SweepModule } from '../../testing/sweep.ts';

export const importsSweep: SweepModule = {
  name: 'imports',
  cases: {
    startImportJob: { kind: 'target', query: (ids) => `kind=plan&issuerUnitId=${ids.sttttId}`, multipart: true },
    getImportJob: { kind: 'self', why: 'only the person who started the job sees it' },
    cancelImportJob: { kind: 'self', why: 'only the person who started the job may cancel it' },
  },
};
