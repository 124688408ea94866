// Prints one plain closing line, "N passed, N failed, N skipped", that CI systems read in any language.
// A file whose hooks or imports fail has no failed test of its own (its tests show as skipped), so it
// counts as one failure: the line never says "0 failed" for a red run.
// Above it, the slowest files with their project: CI has a 30-minute budget and this is where it goes.
import type { Reporter, TestModule } from 'vitest/node';

const SLOWEST_SHOWN = 15;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      let failedHere = 0;
      for (const test of m.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      if (failedHere === 0 && (m.state() === 'failed' || m.errors().length > 0)) failedHere = 1;
      failed += failedHere;
    }
    const timed = modules
      .map((m) => {
        const d = m.diagnostic();
        return { file: m.relativeModuleId, project: m.project.name, ms: d.collectDuration + d.setupDuration + d.duration };
      })
      .sort((a, b) => b.ms - a.ms);
    const totalMs = timed.reduce((sum, t) => sum + t.ms, 0);
    if (timed.length > 1) {
      process.stdout.write(`\nSlowest files (of ${timed.length}, ${Math.round(totalMs / 1000)} s in all):\n`);
      for (const t of timed.slice(0, SLOWEST_SHOWN)) {
        process.stdout.write(`  ${(t.ms / 1000).toFixed(1).padStart(7)} s  ${t.project.padEnd(11)} ${t.file}\n`);
      }
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
