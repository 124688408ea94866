// Routes of the scoring feature, spread into the shell's router under /cham-diem.
import type { RouteObject } from 'react-router';
import { ScoringHome } from './ScoringHome.tsx';
import { AssessmentPage } from './AssessmentPage.tsx';
import { RankingPage } from './RankingPage.tsx';
import { ProgressPage } from './ProgressPage.tsx';
import { ScorecardEditorPage, ScorecardsPage } from './ScorecardsPage.tsx';

export const scoringRoutes: RouteObject[] = [
  { path: 'cham-diem', element: <ScoringHome /> },
  { path: 'cham-diem/ho-so/:id', element: <AssessmentPage /> },
  { path: 'cham-diem/xep-loai', element: <RankingPage /> },
  { path: 'cham-diem/tien-do', element: <ProgressPage /> },
  { path: 'cham-diem/bo-tieu-chi', element: <ScorecardsPage /> },
  { path: 'cham-diem/bo-tieu-chi/:id', element: <ScorecardEditorPage /> },
];
