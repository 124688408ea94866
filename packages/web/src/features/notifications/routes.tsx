import type { RouteObject } from 'react-router';
import { PreferencesPage } from './PreferencesPage.tsx';

export const notificationRoutes: RouteObject[] = [{ path: 'thong-bao/cai-dat', element: <PreferencesPage /> }];
