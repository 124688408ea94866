import type { RouteObject } from 'react-router';
import { ReminderLogPage } from './ReminderLogPage.tsx';

export const reminderRoutes: RouteObject[] = [{ path: 'nhac-han', element: <ReminderLogPage /> }];
