// Every module's sweep cases. A module with routes adds one line here.
import type { SweepModule } from './sweep.ts';
import { platformSweep } from '../modules/platform.sweep.ts';
import { plansSweep } from '../modules/plans/plans.sweep.ts';
import { reportsSweep } from '../modules/reports/reports.sweep.ts';
import { scoringSweep } from '../modules/scoring/scoring.sweep.ts';
import { notificationsSweep } from '../modules/notifications/notifications.sweep.ts';
import { remindersSweep } from '../modules/reminders/reminders.sweep.ts';
import { dashboardsSweep } from '../modules/dashboards/dashboards.sweep.ts';
import { kpiSweep } from '../modules/kpi/kpi.sweep.ts';
import { movementSweep } from '../modules/movement/movement.sweep.ts';
import { importsSweep } from '../modules/imports/imports.sweep.ts';
import { dialoguesSweep } from '../modules/dialogues/dialogues.sweep.ts';
import { complaintsSweep } from '../modules/complaints/complaints.sweep.ts';

export const SWEEP_MODULES: SweepModule[] = [
  platformSweep,
  plansSweep,
  reportsSweep,
  scoringSweep,
  notificationsSweep,
  remindersSweep,
  dashboardsSweep,
  kpiSweep,
  movementSweep,
  importsSweep,
  dialoguesSweep,
  complaintsSweep,
];
