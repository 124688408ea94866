import { describe, expect, it } from 'vitest';
import { conclusionDueBeforeDialogue, dialogueCloseProblem } from './closing.ts';

describe('closing a dialogue', () => {
  it('closes once every conclusion has an open assignee unit, and only once', () => {
    expect(dialogueCloseProblem(false, [{ assigneeUnitOpen: true }, { assigneeUnitOpen: true }])).toBeNull();
    expect(dialogueCloseProblem(false, [])).toBeNull();
    expect(dialogueCloseProblem(false, [{ assigneeUnitOpen: true }, { assigneeUnitOpen: false }])).toBe('conclusion_unassigned');
    expect(dialogueCloseProblem(true, [{ assigneeUnitOpen: true }])).toBe('already_closed');
  });

  it('names the earliest conclusion a later dialogue day would leave due before the dialogue', () => {
    const cs = [
      { id: 'a', dueDate: '2026-06-30' },
      { id: 'b', dueDate: '2026-05-31' },
    ];
    expect(conclusionDueBeforeDialogue('2026-05-31', cs)).toBeNull();
    expect(conclusionDueBeforeDialogue('2026-06-01', cs)?.id).toBe('b');
    expect(conclusionDueBeforeDialogue('2026-07-15', cs)?.id).toBe('b');
  });
});
