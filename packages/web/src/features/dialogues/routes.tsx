import type { RouteObject } from 'react-router';
import { DialoguesPage } from './DialoguesPage.tsx';

export const dialoguesRoutes: RouteObject[] = [{ path: 'doi-thoai', element: <DialoguesPage /> }];
