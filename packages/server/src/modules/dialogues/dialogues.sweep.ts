// Sweep cases for citizen dialogues: a dialogue of the STTTT office with one conclusion; outsiders get
// 403 on it and an empty list.
import type { SweepModule } from '../../testing/sweep.ts';

export const dialoguesSweep: SweepModule = {
  name: 'dialogues',
  async prepare({ t, ids }) {
    const officer = await t.login('stttt.canbo');
    const unitId = await t.unitId('TN.STTTT');
    const d = await officer.call('saveDialogue', {
      body: { unitId, heldOn: '2025-03-01', place: 'Hội trường Sở', chair: 'Giám đốc Sở', attendance: 40, topics: ['Chuyển đổi số'] },
    });
    ids.dialogueId = d.data.id;
    ids.dialogueUnitId = unitId;
    const withConclusion = await officer.call('saveDialogueConclusion', {
      params: { id: d.data.id },
      body: { content: 'Hướng dẫn người dân cài đặt ứng dụng', assigneeUnitId: unitId, dueDate: '2025-04-01' },
    });
    ids.dialogueConclusionId = withConclusion.data.conclusions[0]!.id;
  },
  cases: {
    listDialogues: { kind: 'scoped-list', why: 'dialogues of the caller’s subtrees', mustNotContain: (ids) => ids.dialogueId! },
    saveDialogue: {
      kind: 'target',
      body: (ids) => ({
        id: ids.dialogueId,
        unitId: ids.dialogueUnitId,
        heldOn: '2025-03-01',
        place: 'Đổi',
        chair: 'Đổi',
        attendance: 1,
      }),
    },
    saveDialogueConclusion: {
      kind: 'target',
      params: (ids) => ({ id: ids.dialogueId! }),
      body: (ids) => ({ content: 'Kết luận', assigneeUnitId: ids.dialogueUnitId, dueDate: '2025-04-01' }),
    },
    closeDialogue: { kind: 'target', params: (ids) => ({ id: ids.dialogueId! }), body: () => ({}) },
    reopenDialogue: { kind: 'target', params: (ids) => ({ id: ids.dialogueId! }), body: () => ({ reason: 'Sửa biên bản' }) },
    updateConclusionStatus: {
      kind: 'target',
      params: (ids) => ({ id: ids.dialogueConclusionId! }),
      body: () => ({ status: 'done', on: '2025-03-20' }),
    },
    exportDialoguesXlsx: { kind: 'target', query: (ids) => `unitId=${ids.dialogueUnitId}` },
  },
};
