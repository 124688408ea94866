// Routes of the scoring feature, spread into the shell's router under /cham-diem; each page is loaded
// with its route.
import type { RouteObject } from 'react-router';

const assessmentPage = async () => ({ Component: (await import('./AssessmentPage.tsx')).AssessmentPage });
const scorecardsPage = async () => ({ Component: (await import('./ScorecardsPage.tsx')).ScorecardsPage });
const scorecardEditorPage = async () => ({ Component: (await import('./ScorecardsPage.tsx')).ScorecardEditorPage });

export const scoringRoutes: RouteObject[] = [
  { path: 'cham-diem', lazy: async () => ({ Component: (await import('./ScoringHome.tsx')).ScoringHome }) },
  { path: 'cham-diem/ho-so/:id', lazy: assessmentPage },
  { path: 'cham-diem/xep-loai', lazy: async () => ({ Component: (await import('./RankingPage.tsx')).RankingPage }) },
  { path: 'cham-diem/tien-do', lazy: async () => ({ Component: (await import('./ProgressPage.tsx')).ProgressPage }) },
  { path: 'cham-diem/bo-tieu-chi', lazy: scorecardsPage },
  { path: 'cham-diem/bo-tieu-chi/:id', lazy: scorecardEditorPage },
];
