import type { RouteObject } from 'react-router';
import { MovementPage } from './MovementPage.tsx';

export const movementRoutes: RouteObject[] = [{ path: 'dan-van-kheo', element: <MovementPage /> }];
